from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["Oauth2AuthenticationSession"]


@_attrs_define(repr=False)
class Oauth2AuthenticationSession(Model):
    """Oauth2AuthenticationSession

    Attributes:
        access_token: This is the OAuth2 access token.
        expires_at: This is the OAuth2 access token expiration.
        refresh_token: This is the OAuth2 refresh token.
    """

    _schema: ClassVar[str] = "Oauth2AuthenticationSession"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("accessToken", "access_token"),
        ("expiresAt", "expires_at"),
        ("refreshToken", "refresh_token"),
    )

    access_token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
