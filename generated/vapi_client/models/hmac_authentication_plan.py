# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmac_authentication_plan_algorithm import (
        HMACAuthenticationPlanAlgorithm,
        _HMACAuthenticationPlanAlgorithmValues,
    )
    from ..models.hmac_authentication_plan_signature_encoding import (
        HMACAuthenticationPlanSignatureEncoding,
        _HMACAuthenticationPlanSignatureEncodingValues,
    )


__all__ = ["HMACAuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class HMACAuthenticationPlan(Model):
    """HMACAuthenticationPlan

    Attributes:
        type_:
        secret_key: This is the HMAC secret key used to sign requests.
        algorithm: This is the HMAC algorithm to use for signing.
        signature_header: This is the header name where the signature will be sent. Defaults to 'x-signature'.
        timestamp_header: This is the header name where the timestamp will be sent. Defaults to 'x-timestamp'.
        signature_prefix: This is the prefix for the signature. For example, 'sha256=' for GitHub-style signatures.
        include_timestamp: Whether to include a timestamp in the signature payload. Defaults to true.
        payload_format: Custom payload format. Use {body} for request body, {timestamp} for timestamp, {method} for HTTP
            method, {url} for URL, {svix-id} for unique message ID. Defaults to '{timestamp}.{body}'.
        message_id_header: This is the header name where the unique message ID will be sent. Used for Svix-style webhooks.
        signature_encoding: The encoding format for the signature. Defaults to 'hex'.
        secret_is_base_64: Whether the secret key is base64-encoded and should be decoded before use. Defaults to false.
    """

    _schema: ClassVar[str] = "HMACAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("secretKey", "secret_key"),
        ("algorithm", "algorithm"),
        ("signatureHeader", "signature_header"),
        ("timestampHeader", "timestamp_header"),
        ("signaturePrefix", "signature_prefix"),
        ("includeTimestamp", "include_timestamp"),
        ("payloadFormat", "payload_format"),
        ("messageIdHeader", "message_id_header"),
        ("signatureEncoding", "signature_encoding"),
        ("secretIsBase64", "secret_is_base_64"),
    )

    type_: Literal["hmac"]
    secret_key: str
    algorithm: HMACAuthenticationPlanAlgorithm | _HMACAuthenticationPlanAlgorithmValues
    signature_header: str | Unset = UNSET
    timestamp_header: str | Unset = UNSET
    signature_prefix: str | Unset = UNSET
    include_timestamp: bool | Unset = UNSET
    payload_format: str | Unset = UNSET
    message_id_header: str | Unset = UNSET
    signature_encoding: (
        HMACAuthenticationPlanSignatureEncoding | _HMACAuthenticationPlanSignatureEncodingValues | Unset
    ) = UNSET
    secret_is_base_64: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_HMACAuthenticationPlan(data: dict[str, Any], strict: bool) -> HMACAuthenticationPlan | dict[str, Any]:
    """HMACAuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "hmac" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "secretKey" in data:
        v = data["secretKey"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "algorithm" in data:
        v = data["algorithm"]
        p2 = _MEMBERS["HMACAuthenticationPlanAlgorithm"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and not strict:
            p2 = _h.open_member("HMACAuthenticationPlanAlgorithm", v)
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "signatureHeader" in data:
        v = data["signatureHeader"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "timestampHeader" in data:
        v = data["timestampHeader"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "signaturePrefix" in data:
        v = data["signaturePrefix"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "includeTimestamp" in data:
        v = data["includeTimestamp"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "payloadFormat" in data:
        v = data["payloadFormat"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "messageIdHeader" in data:
        v = data["messageIdHeader"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "signatureEncoding" in data:
        v = data["signatureEncoding"]
        p9 = _MEMBERS["HMACAuthenticationPlanSignatureEncoding"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and not strict:
            p9 = _h.open_member("HMACAuthenticationPlanSignatureEncoding", v)
        if p9 is _S:
            slow = True
    if "secretIsBase64" in data:
        v = data["secretIsBase64"]
        p10 = v if (v is True or v is False) else _S
        if p10 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_HMACAuthenticationPlan:
            return HMACAuthenticationPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = HMACAuthenticationPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_HMACAuthenticationPlan}
            return obj
    return {
        "type": p0,
        "secretKey": p1,
        "algorithm": p2,
        "signatureHeader": p3,
        "timestampHeader": p4,
        "signaturePrefix": p5,
        "includeTimestamp": p6,
        "payloadFormat": p7,
        "messageIdHeader": p8,
        "signatureEncoding": p9,
        "secretIsBase64": p10,
    }


_KNOWN_HMACAuthenticationPlan = frozenset(
    (
        "type",
        "secretKey",
        "algorithm",
        "signatureHeader",
        "timestampHeader",
        "signaturePrefix",
        "includeTimestamp",
        "payloadFormat",
        "messageIdHeader",
        "signatureEncoding",
        "secretIsBase64",
    )
)


def _to_dict_HMACAuthenticationPlan(self: HMACAuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.secret_key
    if v is not UNSET:
        out["secretKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.algorithm
    if v is not UNSET:
        out["algorithm"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.signature_header
    if v is not UNSET:
        out["signatureHeader"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.timestamp_header
    if v is not UNSET:
        out["timestampHeader"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.signature_prefix
    if v is not UNSET:
        out["signaturePrefix"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.include_timestamp
    if v is not UNSET:
        out["includeTimestamp"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.payload_format
    if v is not UNSET:
        out["payloadFormat"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.message_id_header
    if v is not UNSET:
        out["messageIdHeader"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.signature_encoding
    if v is not UNSET:
        out["signatureEncoding"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.secret_is_base_64
    if v is not UNSET:
        out["secretIsBase64"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


HMACAuthenticationPlan._fast_load = _load_HMACAuthenticationPlan
setattr(HMACAuthenticationPlan, "to_dict", _to_dict_HMACAuthenticationPlan)  # noqa: B010 - replaces Model.to_dict
