from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateLangfuseCredentialDTO"]


@_attrs_define(repr=False)
class CreateLangfuseCredentialDTO(Model):
    """CreateLangfuseCredentialDTO

    Attributes:
        provider:
        public_key: The public key for Langfuse project. Eg: pk-lf-...
        api_key: The secret key for Langfuse project. Eg: sk-lf-... .This is not returned in the API.
        api_url: The host URL for Langfuse project. Eg: https://cloud.langfuse.com
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateLangfuseCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("publicKey", "public_key"),
        ("apiKey", "api_key"),
        ("apiUrl", "api_url"),
        ("name", "name"),
    )

    provider: Literal["langfuse"]
    public_key: str
    api_key: str
    api_url: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
