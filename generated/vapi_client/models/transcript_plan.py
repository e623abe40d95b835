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

__all__ = ["TranscriptPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TranscriptPlan(Model):
    """TranscriptPlan

    Attributes:
        enabled: This determines whether the transcript is stored in `call.artifact.transcript`. Defaults to true.

            @default true
        assistant_name: This is the name of the assistant in the transcript. Defaults to 'AI'.

            Usage:
            - If you want to change the name of the assistant in the transcript, set this. Example, here is what
            the transcript would look like with `assistantName` set to 'Buyer':
            ```
            User: Hello, how are you?
            Buyer: I'm fine.
            User: Do you want to buy a car?
            Buyer: No.
            ```

            @default 'AI'
        user_name: This is the name of the user in the transcript. Defaults to 'User'.

            Usage:
            - If you want to change the name of the user in the transcript, set this. Example, here is what the
            transcript would look like with `userName` set to 'Seller':
            ```
            Seller: Hello, how are you?
            AI: I'm fine.
            Seller: Do you want to buy a car?
            AI: No.
            ```

            @default 'User'
    """

    _schema: ClassVar[str] = "TranscriptPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("assistantName", "assistant_name"),
        ("userName", "user_name"),
    )

    enabled: bool | Unset = UNSET
    assistant_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TranscriptPlan(data: dict[str, Any], strict: bool) -> TranscriptPlan | dict[str, Any]:
    """TranscriptPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "assistantName" in data:
        v = data["assistantName"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "userName" in data:
        v = data["userName"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TranscriptPlan:
            return TranscriptPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TranscriptPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TranscriptPlan}
            return obj
    return {"enabled": p0, "assistantName": p1, "userName": p2}


_KNOWN_TranscriptPlan = frozenset(("enabled", "assistantName", "userName"))


def _to_dict_TranscriptPlan(self: TranscriptPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_name
    if v is not UNSET:
        out["assistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.user_name
    if v is not UNSET:
        out["userName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TranscriptPlan._fast_load = _load_TranscriptPlan
setattr(TranscriptPlan, "to_dict", _to_dict_TranscriptPlan)  # noqa: B010 - replaces Model.to_dict
