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
from ..types import UNSET, Unset

__all__ = ["AWSStsAuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AWSStsAuthenticationPlan(Model):
    """AWSStsAuthenticationPlan

    Attributes:
        type_: This is the type of authentication plan
        role_arn: This is the role ARN for the AWS credential
        external_id: Optional external ID for additional security in the role trust policy.
    """

    _schema: ClassVar[str] = "AWSStsAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("roleArn", "role_arn"),
        ("externalId", "external_id"),
    )

    type_: Literal["aws-sts"]
    role_arn: str
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AWSStsAuthenticationPlan(data: dict[str, Any], strict: bool) -> AWSStsAuthenticationPlan | dict[str, Any]:
    """AWSStsAuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "aws-sts" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "roleArn" in data:
        v = data["roleArn"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "externalId" in data:
        v = data["externalId"]
        p2 = v if type(v) is str and len(v) <= 256 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AWSStsAuthenticationPlan:
            return AWSStsAuthenticationPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AWSStsAuthenticationPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AWSStsAuthenticationPlan}
            return obj
    return {"type": p0, "roleArn": p1, "externalId": p2}


_KNOWN_AWSStsAuthenticationPlan = frozenset(("type", "roleArn", "externalId"))


def _to_dict_AWSStsAuthenticationPlan(self: AWSStsAuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.role_arn
    if v is not UNSET:
        out["roleArn"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.external_id
    if v is not UNSET:
        out["externalId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AWSStsAuthenticationPlan._fast_load = _load_AWSStsAuthenticationPlan
setattr(AWSStsAuthenticationPlan, "to_dict", _to_dict_AWSStsAuthenticationPlan)  # noqa: B010 - replaces Model.to_dict
