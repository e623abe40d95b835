from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_sts_authentication_plan import AWSStsAuthenticationPlan
    from ..models.awsiam_credentials_authentication_plan import AWSIAMCredentialsAuthenticationPlan
    from ..models.create_anthropic_bedrock_credential_dto_region import CreateAnthropicBedrockCredentialDTORegion
    from ..models.unknown_variants import UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan


__all__ = ["CreateAnthropicBedrockCredentialDTO"]


@_attrs_define(repr=False)
class CreateAnthropicBedrockCredentialDTO(Model):
    """CreateAnthropicBedrockCredentialDTO

    Attributes:
        provider:
        region:
        authentication_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAnthropicBedrockCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("region", "region"),
        ("authenticationPlan", "authentication_plan"),
        ("name", "name"),
    )

    provider: Literal["anthropic-bedrock"]
    region: CreateAnthropicBedrockCredentialDTORegion
    authentication_plan: (
        AWSIAMCredentialsAuthenticationPlan
        | AWSStsAuthenticationPlan
        | UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan
    )
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
