from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_hook_filter import CallHookFilter
    from ..models.message_add_hook_action import MessageAddHookAction
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownCallHookCallEndingDo


__all__ = ["CallHookCallEnding"]


@_attrs_define(repr=False)
class CallHookCallEnding(Model):
    """CallHookCallEnding

    Attributes:
        on: This is the event that triggers this hook
        do: This is the set of actions to perform when the hook triggers
        filters: This is the set of filters that must match for the hook to trigger
    """

    _schema: ClassVar[str] = "CallHookCallEnding"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
        ("filters", "filters"),
    )

    on: Literal["call.ending"]
    do: list[ToolCallHookAction | MessageAddHookAction | UnknownCallHookCallEndingDo]
    filters: list[CallHookFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
