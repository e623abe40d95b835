from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bearer_authentication_plan import BearerAuthenticationPlan
    from ..models.hmac_authentication_plan import HMACAuthenticationPlan
    from ..models.o_auth_2_authentication_plan import OAuth2AuthenticationPlan
    from ..models.public_key_encryption_plan import PublicKeyEncryptionPlan
    from ..models.unknown_variants import UnknownAuthenticationPlan, UnknownEncryptionPlan


__all__ = ["CreateCustomCredentialDTO"]


@_attrs_define(repr=False)
class CreateCustomCredentialDTO(Model):
    """CreateCustomCredentialDTO

    Attributes:
        provider:
        authentication_plan:
        encryption_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCustomCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("authenticationPlan", "authentication_plan"),
        ("encryptionPlan", "encryption_plan"),
        ("name", "name"),
    )

    provider: Literal["custom-credential"]
    authentication_plan: (
        OAuth2AuthenticationPlan | HMACAuthenticationPlan | BearerAuthenticationPlan | UnknownAuthenticationPlan
    )
    encryption_plan: PublicKeyEncryptionPlan | UnknownEncryptionPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
