from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_speech_timeout_options import CustomerSpeechTimeoutOptions
    from ..models.message_add_hook_action import MessageAddHookAction
    from ..models.say_hook_action import SayHookAction
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownDo


__all__ = ["CallHookCustomerSpeechTimeout"]


@_attrs_define(repr=False)
class CallHookCustomerSpeechTimeout(Model):
    """CallHookCustomerSpeechTimeout

    Attributes:
        on: Must be either "customer.speech.timeout" or match the pattern
            "customer.speech.timeout[property=value]"
        do: This is the set of actions to perform when the hook triggers
        options:
        name: This is the name of the hook, it can be set by the user to identify the hook.
            If no name is provided, the hook will be auto generated as UUID.

            @default UUID
    """

    _schema: ClassVar[str] = "CallHookCustomerSpeechTimeout"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
        ("options", "options"),
        ("name", "name"),
    )

    on: str
    do: list[SayHookAction | ToolCallHookAction | MessageAddHookAction | UnknownDo]
    options: CustomerSpeechTimeoutOptions | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
