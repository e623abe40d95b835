from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.override_assistant_dto import OverrideAssistantDTO


__all__ = ["CreateWebCallDTO"]


@_attrs_define(repr=False)
class CreateWebCallDTO(Model):
    """Request body for starting a call from a browser or app.

    Attributes:
        sip_enabled: Whether the web call can also be joined through a SIP URI.
        metadata: Arbitrary key-value data stored with the call for your own use.
        assistant_id: ID of a saved assistant to run the call with.
        assistant: Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.
        assistant_overrides: Assistant settings that replace the chosen assistant's values for a single call.
        squad_id: ID of a saved squad of assistants to run the call with.
        squad: A group of assistants that can hand a call over to one another.
    """

    _schema: ClassVar[str] = "CreateWebCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("sipEnabled", "sip_enabled"),
        ("metadata", "metadata"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
    )

    sip_enabled: bool | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: OverrideAssistantDTO | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
