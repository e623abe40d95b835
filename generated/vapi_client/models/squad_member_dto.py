from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_transfer_destination import AssistantTransferDestination
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.override_assistant_dto import OverrideAssistantDTO


__all__ = ["SquadMemberDTO"]


@_attrs_define(repr=False)
class SquadMemberDTO(Model):
    """One assistant in a squad, with the other assistants it may transfer to.

    Attributes:
        assistant_id: ID of a saved assistant used as this squad member.
        assistant: Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.
        assistant_overrides: Assistant settings that replace the chosen assistant's values for a single call.
        assistant_destinations: Other squad assistants this member may hand the call over to.
    """

    _schema: ClassVar[str] = "SquadMemberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("assistantDestinations", "assistant_destinations"),
    )

    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: OverrideAssistantDTO | Unset = UNSET
    assistant_destinations: list[AssistantTransferDestination] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
