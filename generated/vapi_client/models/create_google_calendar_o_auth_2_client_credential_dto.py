from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateGoogleCalendarOAuth2ClientCredentialDTO"]


@_attrs_define(repr=False)
class CreateGoogleCalendarOAuth2ClientCredentialDTO(Model):
    """CreateGoogleCalendarOAuth2ClientCredentialDTO

    Attributes:
        provider:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateGoogleCalendarOAuth2ClientCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("name", "name"),
    )

    provider: Literal["google.calendar.oauth2-client"]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
