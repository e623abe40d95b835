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

__all__ = ["AWSIAMCredentialsAuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AWSIAMCredentialsAuthenticationPlan(Model):
    """AWSIAMCredentialsAuthenticationPlan

    Attributes:
        type_:
        aws_access_key_id: AWS Access Key ID. This is not returned in the API.
        aws_secret_access_key: AWS Secret Access Key. This is not returned in the API.
    """

    _schema: ClassVar[str] = "AWSIAMCredentialsAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("awsAccessKeyId", "aws_access_key_id"),
        ("awsSecretAccessKey", "aws_secret_access_key"),
    )

    type_: Literal["aws-iam"]
    aws_access_key_id: str
    aws_secret_access_key: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AWSIAMCredentialsAuthenticationPlan(
    data: dict[str, Any], strict: bool
) -> AWSIAMCredentialsAuthenticationPlan | dict[str, Any]:
    """AWSIAMCredentialsAuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "aws-iam" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "awsAccessKeyId" in data:
        v = data["awsAccessKeyId"]
        p1 = v if type(v) is str and len(v) <= 128 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "awsSecretAccessKey" in data:
        v = data["awsSecretAccessKey"]
        p2 = v if type(v) is str and len(v) <= 256 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_AWSIAMCredentialsAuthenticationPlan:
            return AWSIAMCredentialsAuthenticationPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AWSIAMCredentialsAuthenticationPlan(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_AWSIAMCredentialsAuthenticationPlan
            }
            return obj
    return {"type": p0, "awsAccessKeyId": p1, "awsSecretAccessKey": p2}


_KNOWN_AWSIAMCredentialsAuthenticationPlan = frozenset(("type", "awsAccessKeyId", "awsSecretAccessKey"))


def _to_dict_AWSIAMCredentialsAuthenticationPlan(self: AWSIAMCredentialsAuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.aws_access_key_id
    if v is not UNSET:
        out["awsAccessKeyId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.aws_secret_access_key
    if v is not UNSET:
        out["awsSecretAccessKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AWSIAMCredentialsAuthenticationPlan._fast_load = _load_AWSIAMCredentialsAuthenticationPlan
setattr(AWSIAMCredentialsAuthenticationPlan, "to_dict", _to_dict_AWSIAMCredentialsAuthenticationPlan)  # noqa: B010 - replaces Model.to_dict
