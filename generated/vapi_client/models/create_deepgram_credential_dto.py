from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateDeepgramCredentialDTO"]


@_attrs_define(repr=False)
class CreateDeepgramCredentialDTO(Model):
    """CreateDeepgramCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        api_url: This can be used to point to an onprem Deepgram instance. Defaults to api.deepgram.com.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateDeepgramCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("apiUrl", "api_url"),
        ("name", "name"),
    )

    provider: Literal["deepgram"]
    api_key: str
    api_url: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
