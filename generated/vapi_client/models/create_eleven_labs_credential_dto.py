from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eleven_labs_credential_dto_api_url import CreateElevenLabsCredentialDTOApiUrl


__all__ = ["CreateElevenLabsCredentialDTO"]


@_attrs_define(repr=False)
class CreateElevenLabsCredentialDTO(Model):
    """CreateElevenLabsCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        api_url:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateElevenLabsCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("apiUrl", "api_url"),
        ("name", "name"),
    )

    provider: Literal["11labs"]
    api_key: str
    api_url: CreateElevenLabsCredentialDTOApiUrl | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
