# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["Mono"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Mono(Model):
    """Mono

    Attributes:
        combined_url: This is the combined recording url for the call. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        assistant_url: This is the mono recording url for the assistant. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        customer_url: This is the mono recording url for the customer. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
    """

    _schema: ClassVar[str] = "Mono"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("combinedUrl", "combined_url"),
        ("assistantUrl", "assistant_url"),
        ("customerUrl", "customer_url"),
    )

    combined_url: str | Unset = UNSET
    assistant_url: str | Unset = UNSET
    customer_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Mono(data: dict[str, Any], strict: bool) -> Mono | dict[str, Any]:
    """Mono from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "combinedUrl" in data:
        v = data["combinedUrl"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "assistantUrl" in data:
        v = data["assistantUrl"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "customerUrl" in data:
        v = data["customerUrl"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Mono:
            return Mono(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Mono(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Mono}
            return obj
    return {"combinedUrl": p0, "assistantUrl": p1, "customerUrl": p2}


_KNOWN_Mono = frozenset(("combinedUrl", "assistantUrl", "customerUrl"))


def _to_dict_Mono(self: Mono) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.combined_url
    if v is not UNSET:
        out["combinedUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_url
    if v is not UNSET:
        out["assistantUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.customer_url
    if v is not UNSET:
        out["customerUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Mono._fast_load = _load_Mono
setattr(Mono, "to_dict", _to_dict_Mono)  # noqa: B010 - replaces Model.to_dict
