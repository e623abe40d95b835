from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_azure_credential_dto_region import CreateAzureCredentialDTORegion
    from ..models.create_azure_open_ai_credential_dto_models import CreateAzureOpenAICredentialDTOModels


__all__ = ["CreateAzureOpenAICredentialDTO"]


@_attrs_define(repr=False)
class CreateAzureOpenAICredentialDTO(Model):
    """CreateAzureOpenAICredentialDTO

    Attributes:
        provider:
        region:
        models:
        open_ai_key: This is not returned in the API.
        open_ai_endpoint:
        ocp_apim_subscription_key: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAzureOpenAICredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("region", "region"),
        ("models", "models"),
        ("openAIKey", "open_ai_key"),
        ("openAIEndpoint", "open_ai_endpoint"),
        ("ocpApimSubscriptionKey", "ocp_apim_subscription_key"),
        ("name", "name"),
    )

    provider: Literal["azure-openai"]
    region: CreateAzureCredentialDTORegion
    models: list[CreateAzureOpenAICredentialDTOModels]
    open_ai_key: str
    open_ai_endpoint: str
    ocp_apim_subscription_key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
