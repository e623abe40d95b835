# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_speech_timeout_options import CustomerSpeechTimeoutOptions
    from ..models.message_add_hook_action import MessageAddHookAction
    from ..models.say_hook_action import SayHookAction
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownDo


__all__ = ["CallHookCustomerSpeechTimeout"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CallHookCustomerSpeechTimeout(Model):
    """CallHookCustomerSpeechTimeout

    Attributes:
        on: Must be either "customer.speech.timeout" or match the pattern
            "customer.speech.timeout[property=value]"
        do: This is the set of actions to perform when the hook triggers
        options: This is the set of filters that must match for the hook to trigger
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Do = _h.alternatives("Do")
_CallHookCustomerSpeechTimeout_items_8 = _h.Items(("union", "Do"))


def _load_CallHookCustomerSpeechTimeout(
    data: dict[str, Any], strict: bool
) -> CallHookCustomerSpeechTimeout | dict[str, Any]:
    """CallHookCustomerSpeechTimeout from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "on" in data:
        v = data["on"]
        p0 = v if type(v) is str and len(v) <= 1000 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "do" in data:
        v = data["do"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_Do[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_CallHookCustomerSpeechTimeout_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "options" in data:
        v = data["options"]
        p2 = _FAST["CustomerSpeechTimeoutOptions"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("CustomerSpeechTimeoutOptions", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 1000 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallHookCustomerSpeechTimeout:
            return CallHookCustomerSpeechTimeout(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallHookCustomerSpeechTimeout(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallHookCustomerSpeechTimeout}
            return obj
    return {"on": p0, "do": p1, "options": p2, "name": p3}


_KNOWN_CallHookCustomerSpeechTimeout = frozenset(("on", "do", "options", "name"))


def _to_dict_CallHookCustomerSpeechTimeout(self: CallHookCustomerSpeechTimeout) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.on
    if v is not UNSET:
        out["on"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.do
    if v is not UNSET:
        out["do"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.options
    if v is not UNSET:
        out["options"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallHookCustomerSpeechTimeout._fast_load = _load_CallHookCustomerSpeechTimeout
setattr(CallHookCustomerSpeechTimeout, "to_dict", _to_dict_CallHookCustomerSpeechTimeout)  # noqa: B010 - replaces Model.to_dict
