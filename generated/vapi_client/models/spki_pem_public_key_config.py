from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SpkiPemPublicKeyConfig"]


@_attrs_define(repr=False)
class SpkiPemPublicKeyConfig(Model):
    """SpkiPemPublicKeyConfig

    Attributes:
        format_: The format of the public key.
        pem: The PEM-encoded public key.
        name: Optional name of the key for identification purposes.
    """

    _schema: ClassVar[str] = "SpkiPemPublicKeyConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format_"),
        ("pem", "pem"),
        ("name", "name"),
    )

    format_: Literal["spki-pem"]
    pem: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
