from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["DeveloperMessage"]


@_attrs_define(repr=False)
class DeveloperMessage(Model):
    """DeveloperMessage

    Attributes:
        role: This is the role of the message author
        content: This is the content of the developer message
        name: This is an optional name for the participant
        metadata: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "DeveloperMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
        ("metadata", "metadata"),
    )

    role: Literal["developer"]
    content: str
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
