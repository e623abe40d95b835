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
    from ..models.tool_call_result import ToolCallResult


__all__ = ["ServerMessageResponseToolCalls"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseToolCalls(Model):
    """ServerMessageResponseToolCalls

    Attributes:
        results: These are the results of the "tool-calls" message.
        error: This is the error message if the tool call was not successful.
    """

    _schema: ClassVar[str] = "ServerMessageResponseToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("results", "results"),
        ("error", "error"),
    )

    results: list[ToolCallResult] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ServerMessageResponseToolCalls_items_6 = _h.Items(("model", "ToolCallResult"))


def _load_ServerMessageResponseToolCalls(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseToolCalls | dict[str, Any]:
    """ServerMessageResponseToolCalls from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "results" in data:
        v = data["results"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["ToolCallResult"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("ToolCallResult", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_ServerMessageResponseToolCalls_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "error" in data:
        v = data["error"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseToolCalls:
            return ServerMessageResponseToolCalls(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseToolCalls(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseToolCalls
            }
            return obj
    return {"results": p0, "error": p1}


_KNOWN_ServerMessageResponseToolCalls = frozenset(("results", "error"))


def _to_dict_ServerMessageResponseToolCalls(self: ServerMessageResponseToolCalls) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.results
    if v is not UNSET:
        out["results"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseToolCalls._fast_load = _load_ServerMessageResponseToolCalls
setattr(ServerMessageResponseToolCalls, "to_dict", _to_dict_ServerMessageResponseToolCalls)  # noqa: B010 - replaces Model.to_dict
