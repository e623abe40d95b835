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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_customer_dto import CreateCustomerDTO


__all__ = ["CallBatchError"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CallBatchError(Model):
    """CallBatchError

    Attributes:
        customer:
        error:
    """

    _schema: ClassVar[str] = "CallBatchError"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer", "customer"),
        ("error", "error"),
    )

    customer: CreateCustomerDTO
    error: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CallBatchError(data: dict[str, Any], strict: bool) -> CallBatchError | dict[str, Any]:
    """CallBatchError from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "customer" in data:
        v = data["customer"]
        p0 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p0) is dict:  # loaded in part: the generic loader finishes it
            p0 = _R("CreateCustomerDTO", p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "error" in data:
        v = data["error"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallBatchError:
            return CallBatchError(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallBatchError(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallBatchError}
            return obj
    return {"customer": p0, "error": p1}


_KNOWN_CallBatchError = frozenset(("customer", "error"))


def _to_dict_CallBatchError(self: CallBatchError) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallBatchError._fast_load = _load_CallBatchError
setattr(CallBatchError, "to_dict", _to_dict_CallBatchError)  # noqa: B010 - replaces Model.to_dict
