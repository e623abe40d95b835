from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.create_customer_dto import CreateCustomerDTO


__all__ = ["CallBatchError"]


@_attrs_define(repr=False)
class CallBatchError(Model):
    """CallBatchError

    Attributes:
        customer:
        error:
    """

    _schema: ClassVar[str] = "CallBatchError"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer", "customer"),
        ("error", "error"),
    )

    customer: CreateCustomerDTO
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
