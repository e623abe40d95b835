from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.message_add_hook_action import MessageAddHookAction
    from ..models.say_hook_action import SayHookAction
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownDo


__all__ = ["CallHookModelResponseTimeout"]


@_attrs_define(repr=False)
class CallHookModelResponseTimeout(Model):
    """CallHookModelResponseTimeout

    Attributes:
        on: This is the event that triggers this hook
        do: This is the set of actions to perform when the hook triggers
    """

    _schema: ClassVar[str] = "CallHookModelResponseTimeout"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
    )

    on: Literal["model.response.timeout"]
    do: list[SayHookAction | ToolCallHookAction | MessageAddHookAction | UnknownDo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
