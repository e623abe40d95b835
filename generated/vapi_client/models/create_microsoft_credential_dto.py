from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateMicrosoftCredentialDTO"]


@_attrs_define(repr=False)
class CreateMicrosoftCredentialDTO(Model):
    """CreateMicrosoftCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        region: Azure region for the Speech resource. Defaults to `eastus` when omitted. MAI-Voice-2 is preview and
            region-limited.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateMicrosoftCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("region", "region"),
        ("name", "name"),
    )

    provider: Literal["microsoft"]
    api_key: str
    region: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
