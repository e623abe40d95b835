# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["ToolCallResultMessageWarning"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolCallResultMessageWarning(Model):
    """ToolCallResultMessageWarning

    Attributes:
        type_: The kind of warning. Currently:
            - `oversized-tool-response`: the tool's serialized response exceeded the
              recommended size and is likely to bloat the model context, increasing
              latency and risking truncation of earlier instructions.
        token_count: The estimated number of tokens in the serialized tool response.
        threshold: The threshold (in tokens) above which the warning is raised.
    """

    _schema: ClassVar[str] = "ToolCallResultMessageWarning"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("tokenCount", "token_count"),
        ("threshold", "threshold"),
    )

    type_: Literal["oversized-tool-response"]
    token_count: float
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolCallResultMessageWarning(
    data: dict[str, Any], strict: bool
) -> ToolCallResultMessageWarning | dict[str, Any]:
    """ToolCallResultMessageWarning from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "oversized-tool-response" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "tokenCount" in data:
        v = data["tokenCount"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "threshold" in data:
        v = data["threshold"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolCallResultMessageWarning:
            return ToolCallResultMessageWarning(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolCallResultMessageWarning(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolCallResultMessageWarning}
            return obj
    return {"type": p0, "tokenCount": p1, "threshold": p2}


_KNOWN_ToolCallResultMessageWarning = frozenset(("type", "tokenCount", "threshold"))


def _to_dict_ToolCallResultMessageWarning(self: ToolCallResultMessageWarning) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.token_count
    if v is not UNSET:
        out["tokenCount"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.threshold
    if v is not UNSET:
        out["threshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolCallResultMessageWarning._fast_load = _load_ToolCallResultMessageWarning
setattr(ToolCallResultMessageWarning, "to_dict", _to_dict_ToolCallResultMessageWarning)  # noqa: B010 - replaces Model.to_dict
