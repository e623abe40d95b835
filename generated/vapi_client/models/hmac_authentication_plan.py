from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmac_authentication_plan_algorithm import HMACAuthenticationPlanAlgorithm
    from ..models.hmac_authentication_plan_signature_encoding import HMACAuthenticationPlanSignatureEncoding


__all__ = ["HMACAuthenticationPlan"]


@_attrs_define(repr=False)
class HMACAuthenticationPlan(Model):
    """HMACAuthenticationPlan

    Attributes:
        type_:
        secret_key: This is the HMAC secret key used to sign requests.
        algorithm:
        signature_header: This is the header name where the signature will be sent. Defaults to 'x-signature'.
        timestamp_header: This is the header name where the timestamp will be sent. Defaults to 'x-timestamp'.
        signature_prefix: This is the prefix for the signature. For example, 'sha256=' for GitHub-style signatures.
        include_timestamp: Whether to include a timestamp in the signature payload. Defaults to true.
        payload_format: Custom payload format. Use {body} for request body, {timestamp} for timestamp, {method} for HTTP
            method, {url} for URL, {svix-id} for unique message ID. Defaults to '{timestamp}.{body}'.
        message_id_header: This is the header name where the unique message ID will be sent. Used for Svix-style webhooks.
        signature_encoding:
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
    algorithm: HMACAuthenticationPlanAlgorithm
    signature_header: str | Unset = UNSET
    timestamp_header: str | Unset = UNSET
    signature_prefix: str | Unset = UNSET
    include_timestamp: bool | Unset = UNSET
    payload_format: str | Unset = UNSET
    message_id_header: str | Unset = UNSET
    signature_encoding: HMACAuthenticationPlanSignatureEncoding | Unset = UNSET
    secret_is_base_64: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
