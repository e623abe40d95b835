# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.call_hook_filter import CallHookFilter
    from ..models.message_add_hook_action import MessageAddHookAction
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownCallHookCallEndingDo


__all__ = ["CallHookCallEnding"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_CallHookCallEndingDo = _h.alternatives("CallHookCallEndingDo")
_CallHookCallEnding_items_8 = _h.Items(("union", "CallHookCallEndingDo"))
_CallHookCallEnding_items_14 = _h.Items(("model", "CallHookFilter"))


def _load_CallHookCallEnding(data: dict[str, Any], strict: bool) -> CallHookCallEnding | dict[str, Any]:
    """CallHookCallEnding from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "on" in data:
        v = data["on"]
        p0 = v if type(v) is str and v == "call.ending" else _S
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
                alternative7 = _alternatives_CallHookCallEndingDo[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_CallHookCallEnding_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "filters" in data:
        v = data["filters"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["CallHookFilter"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("CallHookFilter", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p2 = _R(_CallHookCallEnding_items_14, out11) if resume13 else out11
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallHookCallEnding:
            return CallHookCallEnding(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallHookCallEnding(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallHookCallEnding}
            return obj
    return {"on": p0, "do": p1, "filters": p2}


_KNOWN_CallHookCallEnding = frozenset(("on", "do", "filters"))


def _to_dict_CallHookCallEnding(self: CallHookCallEnding) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.on
    if v is not UNSET:
        out["on"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.do
    if v is not UNSET:
        out["do"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.filters
    if v is not UNSET:
        out["filters"] = (
            [i16.to_dict() if hasattr(i16, "to_dict") else _h.fresh(i16) for i16 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallHookCallEnding._fast_load = _load_CallHookCallEnding
setattr(CallHookCallEnding, "to_dict", _to_dict_CallHookCallEnding)  # noqa: B010 - replaces Model.to_dict
