from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["GcpKey"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
