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
from ..types import UNSET

__all__ = ["GcpKey"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GcpKey(Model):
    """GcpKey

    Attributes:
        type_: This is the type of the key. Most likely, this is "service_account".
        project_id: This is the ID of the Google Cloud project associated with this key.
        private_key_id: This is the unique identifier for the private key.
        private_key: This is the private key in PEM format.

            Note: This is not returned in the API.
        client_email: This is the email address associated with the service account.
        client_id: This is the unique identifier for the client.
        auth_uri: This is the URI for the auth provider's authorization endpoint.
        token_uri: This is the URI for the auth provider's token endpoint.
        auth_provider_x509_cert_url: This is the URL of the public x509 certificate for the auth provider.
        client_x509_cert_url: This is the URL of the public x509 certificate for the client.
        universe_domain: This is the domain associated with the universe this service account belongs to.
    """

    _schema: ClassVar[str] = "GcpKey"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("projectId", "project_id"),
        ("privateKeyId", "private_key_id"),
        ("privateKey", "private_key"),
        ("clientEmail", "client_email"),
        ("clientId", "client_id"),
        ("authUri", "auth_uri"),
        ("tokenUri", "token_uri"),
        ("authProviderX509CertUrl", "auth_provider_x509_cert_url"),
        ("clientX509CertUrl", "client_x509_cert_url"),
        ("universeDomain", "universe_domain"),
    )

    type_: str
    project_id: str
    private_key_id: str
    private_key: str
    client_email: str
    client_id: str
    auth_uri: str
    token_uri: str
    auth_provider_x509_cert_url: str
    client_x509_cert_url: str
    universe_domain: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GcpKey(data: dict[str, Any], strict: bool) -> GcpKey | dict[str, Any]:
    """GcpKey from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "projectId" in data:
        v = data["projectId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "privateKeyId" in data:
        v = data["privateKeyId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "privateKey" in data:
        v = data["privateKey"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "clientEmail" in data:
        v = data["clientEmail"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "clientId" in data:
        v = data["clientId"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    else:
        p5 = _S
        slow = True
    if "authUri" in data:
        v = data["authUri"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    else:
        p6 = _S
        slow = True
    if "tokenUri" in data:
        v = data["tokenUri"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    else:
        p7 = _S
        slow = True
    if "authProviderX509CertUrl" in data:
        v = data["authProviderX509CertUrl"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    else:
        p8 = _S
        slow = True
    if "clientX509CertUrl" in data:
        v = data["clientX509CertUrl"]
        p9 = v if type(v) is str else _S
        if p9 is _S:
            slow = True
    else:
        p9 = _S
        slow = True
    if "universeDomain" in data:
        v = data["universeDomain"]
        p10 = v if type(v) is str else _S
        if p10 is _S:
            slow = True
    else:
        p10 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_GcpKey:
            return GcpKey(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GcpKey(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GcpKey}
            return obj
    return {
        "type": p0,
        "projectId": p1,
        "privateKeyId": p2,
        "privateKey": p3,
        "clientEmail": p4,
        "clientId": p5,
        "authUri": p6,
        "tokenUri": p7,
        "authProviderX509CertUrl": p8,
        "clientX509CertUrl": p9,
        "universeDomain": p10,
    }


_KNOWN_GcpKey = frozenset(
    (
        "type",
        "projectId",
        "privateKeyId",
        "privateKey",
        "clientEmail",
        "clientId",
        "authUri",
        "tokenUri",
        "authProviderX509CertUrl",
        "clientX509CertUrl",
        "universeDomain",
    )
)


def _to_dict_GcpKey(self: GcpKey) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.project_id
    if v is not UNSET:
        out["projectId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.private_key_id
    if v is not UNSET:
        out["privateKeyId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.private_key
    if v is not UNSET:
        out["privateKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.client_email
    if v is not UNSET:
        out["clientEmail"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.client_id
    if v is not UNSET:
        out["clientId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.auth_uri
    if v is not UNSET:
        out["authUri"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.token_uri
    if v is not UNSET:
        out["tokenUri"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.auth_provider_x509_cert_url
    if v is not UNSET:
        out["authProviderX509CertUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.client_x509_cert_url
    if v is not UNSET:
        out["clientX509CertUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.universe_domain
    if v is not UNSET:
        out["universeDomain"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GcpKey._fast_load = _load_GcpKey
setattr(GcpKey, "to_dict", _to_dict_GcpKey)  # noqa: B010 - replaces Model.to_dict
