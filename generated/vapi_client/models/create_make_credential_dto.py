from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateMakeCredentialDTO"]


@_attrs_define(repr=False)
class CreateMakeCredentialDTO(Model):
    """CreateMakeCredentialDTO

    Attributes:
        provider:
        team_id: Team ID
        region: Region of your application. For example: eu1, eu2, us1, us2
        api_key: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateMakeCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("teamId", "team_id"),
        ("region", "region"),
        ("apiKey", "api_key"),
        ("name", "name"),
    )

    provider: Literal["make"]
    team_id: str
    region: str
    api_key: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
