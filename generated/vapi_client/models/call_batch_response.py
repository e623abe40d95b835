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
    from ..models.call import Call
    from ..models.call_batch_error import CallBatchError
    from ..models.subscription_limits import SubscriptionLimits


__all__ = ["CallBatchResponse"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CallBatchResponse(Model):
    """CallBatchResponse

    Attributes:
        results: This is the list of calls that were created.
        errors: This is the list of calls that failed to be created.
        subscription_limits: Subscription limits at the end of this batch
    """

    _schema: ClassVar[str] = "CallBatchResponse"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("results", "results"),
        ("errors", "errors"),
        ("subscriptionLimits", "subscription_limits"),
    )

    results: list[Call]
    errors: list[CallBatchError]
    subscription_limits: SubscriptionLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CallBatchResponse_items_6 = _h.Items(("model", "Call"))
_CallBatchResponse_items_12 = _h.Items(("model", "CallBatchError"))


def _load_CallBatchResponse(data: dict[str, Any], strict: bool) -> CallBatchResponse | dict[str, Any]:
    """CallBatchResponse from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "results" in data:
        v = data["results"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["Call"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("Call", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_CallBatchResponse_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "errors" in data:
        v = data["errors"]
        if type(v) is list:
            resume11 = False
            out9: list[Any] = []
            for e7 in v:
                x8 = _FAST["CallBatchError"](e7, strict) if type(e7) is dict else _S
                if type(x8) is dict:  # loaded in part: the generic loader finishes it
                    x8 = _R("CallBatchError", x8)
                if x8 is _S or type(x8) is _R:
                    resume11 = True
                out9.append(x8)
            p1 = _R(_CallBatchResponse_items_12, out9) if resume11 else out9
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "subscriptionLimits" in data:
        v = data["subscriptionLimits"]
        p2 = _FAST["SubscriptionLimits"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("SubscriptionLimits", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallBatchResponse:
            return CallBatchResponse(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallBatchResponse(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallBatchResponse}
            return obj
    return {"results": p0, "errors": p1, "subscriptionLimits": p2}


_KNOWN_CallBatchResponse = frozenset(("results", "errors", "subscriptionLimits"))


def _to_dict_CallBatchResponse(self: CallBatchResponse) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.subscription_limits
    if v is not UNSET:
        out["subscriptionLimits"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.results
    if v is not UNSET:
        out["results"] = (
            [i13.to_dict() if hasattr(i13, "to_dict") else _h.fresh(i13) for i13 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.errors
    if v is not UNSET:
        out["errors"] = (
            [i14.to_dict() if hasattr(i14, "to_dict") else _h.fresh(i14) for i14 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallBatchResponse._fast_load = _load_CallBatchResponse
setattr(CallBatchResponse, "to_dict", _to_dict_CallBatchResponse)  # noqa: B010 - replaces Model.to_dict
