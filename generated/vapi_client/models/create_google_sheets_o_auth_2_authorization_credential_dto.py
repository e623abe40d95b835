from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateGoogleSheetsOAuth2AuthorizationCredentialDTO"]


@_attrs_define(repr=False)
class CreateGoogleSheetsOAuth2AuthorizationCredentialDTO(Model):
    """CreateGoogleSheetsOAuth2AuthorizationCredentialDTO

    Attributes:
        provider:
        authorization_id: The authorization ID for the OAuth2 authorization
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateGoogleSheetsOAuth2AuthorizationCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("authorizationId", "authorization_id"),
        ("name", "name"),
    )

    provider: Literal["google.sheets.oauth2-authorization"]
    authorization_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
