from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.handoff_destination_assistant import HandoffDestinationAssistant
    from ..models.transfer_destination_assistant import TransferDestinationAssistant


__all__ = ["SquadMemberDTO"]


@_attrs_define(repr=False)
class SquadMemberDTO(Model):
    """SquadMemberDTO

    Attributes:
        assistant_version: This is the assistant version (e.g. `v3`) to pin for this squad member. When set, the call uses
            the snapshot from `assistant_version` (by `(assistantId, version)`) instead of the latest. Valid
            only with `assistantId`; rejected with inline `assistant`. Omit to follow the latest version.
        assistant_destinations:
        assistant_id: This is the assistant that will be used for the call. To use a transient assistant, use `assistant`
            instead.
        assistant:
        assistant_overrides:
    """

    _schema: ClassVar[str] = "SquadMemberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantVersion", "assistant_version"),
        ("assistantDestinations", "assistant_destinations"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
    )

    assistant_version: str | None | Unset = UNSET
    assistant_destinations: list[TransferDestinationAssistant | HandoffDestinationAssistant] | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
