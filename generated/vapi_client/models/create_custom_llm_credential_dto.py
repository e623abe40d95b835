from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_2_authentication_plan import OAuth2AuthenticationPlan


__all__ = ["CreateCustomLLMCredentialDTO"]


@_attrs_define(repr=False)
class CreateCustomLLMCredentialDTO(Model):
    """CreateCustomLLMCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        authentication_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCustomLLMCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("authenticationPlan", "authentication_plan"),
        ("name", "name"),
    )

    provider: Literal["custom-llm"]
    api_key: str
    authentication_plan: OAuth2AuthenticationPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
