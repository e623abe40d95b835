from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["SonioxContextGeneralItem"]


@_attrs_define(repr=False)
class SonioxContextGeneralItem(Model):
    """SonioxContextGeneralItem

    Attributes:
        key: The key describing the type of context (e.g., "domain", "topic", "doctor", "organization").
        value: The value for the context key (e.g., "Healthcare", "Diabetes management consultation").
    """

    _schema: ClassVar[str] = "SonioxContextGeneralItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("value", "value"),
    )

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
