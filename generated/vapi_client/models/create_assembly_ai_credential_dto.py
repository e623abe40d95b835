from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateAssemblyAICredentialDTO"]


@_attrs_define(repr=False)
class CreateAssemblyAICredentialDTO(Model):
    """CreateAssemblyAICredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAssemblyAICredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("name", "name"),
    )

    provider: Literal["assembly-ai"]
    api_key: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
