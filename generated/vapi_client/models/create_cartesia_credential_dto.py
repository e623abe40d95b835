from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateCartesiaCredentialDTO"]


@_attrs_define(repr=False)
class CreateCartesiaCredentialDTO(Model):
    """CreateCartesiaCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        api_url: This can be used to point to an onprem Cartesia instance. Defaults to api.cartesia.ai.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCartesiaCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("apiUrl", "api_url"),
        ("name", "name"),
    )

    provider: Literal["cartesia"]
    api_key: str
    api_url: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
