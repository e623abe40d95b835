from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth_2_authentication_session import Oauth2AuthenticationSession


__all__ = ["CreateGoHighLevelMCPCredentialDTO"]


@_attrs_define(repr=False)
class CreateGoHighLevelMCPCredentialDTO(Model):
    """CreateGoHighLevelMCPCredentialDTO

    Attributes:
        provider:
        authentication_session:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateGoHighLevelMCPCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("authenticationSession", "authentication_session"),
        ("name", "name"),
    )

    provider: Literal["ghl.oauth2-authorization"]
    authentication_session: Oauth2AuthenticationSession
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
