from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["UpdateCallDTO"]


@_attrs_define(repr=False)
class UpdateCallDTO(Model):
    """UpdateCallDTO

    Attributes:
        name: This is the name of the call. This is just for your own reference.
    """

    _schema: ClassVar[str] = "UpdateCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("name", "name"),)

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
