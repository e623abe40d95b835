from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateCustomerDTO"]


@_attrs_define(repr=False)
class CreateCustomerDTO(Model):
    """The person being called: phone number, name and optional extension.

    Attributes:
        number: Customer's phone number in E.164 format.
        name: Customer's name, for your records and for the assistant.
        extension: Extension dialled after the customer's line answers.
    """

    _schema: ClassVar[str] = "CreateCustomerDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("number", "number"),
        ("name", "name"),
        ("extension", "extension"),
    )

    number: str | Unset = UNSET
    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
