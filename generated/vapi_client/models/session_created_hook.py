from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownSessionCreatedHookDo


__all__ = ["SessionCreatedHook"]


@_attrs_define(repr=False)
class SessionCreatedHook(Model):
    """SessionCreatedHook

    Attributes:
        on: This is the event that triggers this hook
        do: This is the set of actions to perform when the hook triggers.
        name: Optional name for this hook instance.
            If no name is provided, the hook will be auto generated as UUID.

            @default UUID
    """

    _schema: ClassVar[str] = "SessionCreatedHook"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
        ("name", "name"),
    )

    on: Literal["session.created"]
    do: list[ToolCallHookAction | UnknownSessionCreatedHookDo]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
