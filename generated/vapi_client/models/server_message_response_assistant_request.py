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


__all__ = ["ServerMessageResponseAssistantRequest"]


@_attrs_define(repr=False)
class ServerMessageResponseAssistantRequest(Model):
    """Reply to an assistant-request, within 7.5 seconds: exactly one of assistantId, assistant, assistantOverrides,
    squadId, squad, or error.

    Attributes:
        assistant_id: ID of a saved assistant to answer the call.
        assistant: Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.
        assistant_overrides: Assistant settings that replace the chosen assistant's values for a single call.
        squad_id: ID of a saved squad to answer the call.
        squad: A group of assistants that can hand a call over to one another.
        error: Message spoken to the caller when no assistant can take the call.
    """

    _schema: ClassVar[str] = "ServerMessageResponseAssistantRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("error", "error"),
    )

    assistant_id: str | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: OverrideAssistantDTO | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
