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
    from ..models.backoff_plan import BackoffPlan


__all__ = ["Server"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        headers: These are the headers to include in the request.

            Each key-value pair represents a header name and its value.

            Note: Specifying an Authorization header here will override the authorization provided by the
            `credentialId` (if provided). This is an anti-pattern and should be avoided outside of edge case
            scenarios.
        backoff_plan: This is the backoff plan if the request fails. Defaults to undefined (the request will not be
            retried).

            @default undefined (the request will not be retried)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Server(data: dict[str, Any], strict: bool) -> Server | dict[str, Any]:
    """Server from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 300 else _S
        if p0 is _S:
            slow = True
    if "credentialId" in data:
        v = data["credentialId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "staticIpAddressesEnabled" in data:
        v = data["staticIpAddressesEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "encryptedPaths" in data:
        v = data["encryptedPaths"]
        p3 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p3 is _S:
            slow = True
    if "url" in data:
        v = data["url"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "headers" in data:
        v = data["headers"]
        p5 = v if type(v) is dict else _S
        if p5 is _S:
            slow = True
    if "backoffPlan" in data:
        v = data["backoffPlan"]
        p6 = _FAST["BackoffPlan"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("BackoffPlan", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Server:
            return Server(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Server(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Server}
            return obj
    return {
        "timeoutSeconds": p0,
        "credentialId": p1,
        "staticIpAddressesEnabled": p2,
        "encryptedPaths": p3,
        "url": p4,
        "headers": p5,
        "backoffPlan": p6,
    }


_KNOWN_Server = frozenset(
    ("timeoutSeconds", "credentialId", "staticIpAddressesEnabled", "encryptedPaths", "url", "headers", "backoffPlan")
)


def _to_dict_Server(self: Server) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.credential_id
    if v is not UNSET:
        out["credentialId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.static_ip_addresses_enabled
    if v is not UNSET:
        out["staticIpAddressesEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.encrypted_paths
    if v is not UNSET:
        out["encryptedPaths"] = _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.headers
    if v is not UNSET:
        out["headers"] = _h.fresh(v)
    v = self.backoff_plan
    if v is not UNSET:
        out["backoffPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Server._fast_load = _load_Server
setattr(Server, "to_dict", _to_dict_Server)  # noqa: B010 - replaces Model.to_dict
