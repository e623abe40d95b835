from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["OAuth2AuthenticationPlan"]


@_attrs_define(repr=False)
class OAuth2AuthenticationPlan(Model):
    """OAuth2AuthenticationPlan

    Attributes:
        type_:
        url: This is the OAuth2 URL.
        client_id: This is the OAuth2 client ID.
        client_secret: This is the OAuth2 client secret.
        scope: This is the scope of the OAuth2 token.
    """

    _schema: ClassVar[str] = "OAuth2AuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("url", "url"),
        ("clientId", "client_id"),
        ("clientSecret", "client_secret"),
        ("scope", "scope"),
    )

    type_: Literal["oauth2"]
    url: str
    client_id: str
    client_secret: str
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
