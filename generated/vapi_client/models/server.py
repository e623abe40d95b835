from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backoff_plan import BackoffPlan


__all__ = ["Server"]


@_attrs_define(repr=False)
class Server(Model):
    """Server

    Attributes:
        timeout_seconds: This is the timeout in seconds for the request. Defaults to 20 seconds.

            @default 20
        credential_id: The credential ID for server authentication
        static_ip_addresses_enabled: If enabled, requests will originate from a static set of IPs owned and managed by Vapi.

            @default false
        encrypted_paths: This is the paths to encrypt in the request body if credentialId and encryptionPlan are defined.
        url: This is where the request will be sent.
        headers: Any JSON object: free-form data the API stores and returns as given.
        backoff_plan:
    """

    _schema: ClassVar[str] = "Server"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("timeoutSeconds", "timeout_seconds"),
        ("credentialId", "credential_id"),
        ("staticIpAddressesEnabled", "static_ip_addresses_enabled"),
        ("encryptedPaths", "encrypted_paths"),
        ("url", "url"),
        ("headers", "headers"),
        ("backoffPlan", "backoff_plan"),
    )

    timeout_seconds: float | Unset = UNSET
    credential_id: str | Unset = UNSET
    static_ip_addresses_enabled: bool | Unset = UNSET
    encrypted_paths: list[str] | Unset = UNSET
    url: str | Unset = UNSET
    headers: dict[str, Any] | Unset = UNSET
    backoff_plan: BackoffPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
