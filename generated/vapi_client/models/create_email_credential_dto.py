from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateEmailCredentialDTO"]


@_attrs_define(repr=False)
class CreateEmailCredentialDTO(Model):
    """CreateEmailCredentialDTO

    Attributes:
        provider:
        email: The recipient email address for alerts
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateEmailCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("email", "email"),
        ("name", "name"),
    )

    provider: Literal["email"]
    email: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
