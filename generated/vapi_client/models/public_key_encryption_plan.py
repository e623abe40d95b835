from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.spki_pem_public_key_config import SpkiPemPublicKeyConfig
    from ..models.unknown_variants import UnknownPublicKey


__all__ = ["PublicKeyEncryptionPlan"]


@_attrs_define(repr=False)
class PublicKeyEncryptionPlan(Model):
    """PublicKeyEncryptionPlan

    Attributes:
        type_: The type of encryption plan.
        algorithm: The encryption algorithm to use.
        public_key:
    """

    _schema: ClassVar[str] = "PublicKeyEncryptionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("algorithm", "algorithm"),
        ("publicKey", "public_key"),
    )

    type_: Literal["public-key"]
    algorithm: Literal["RSA-OAEP-256"]
    public_key: SpkiPemPublicKeyConfig | UnknownPublicKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
