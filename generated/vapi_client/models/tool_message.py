from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ToolMessage"]


@_attrs_define(repr=False)
class ToolMessage(Model):
    """ToolMessage

    Attributes:
        role: This is the role of the message author
        content: This is the content of the tool message
        tool_call_id: This is the ID of the tool call this message is responding to
        name: This is an optional name for the participant
        metadata: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "ToolMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("tool_call_id", "tool_call_id"),
        ("name", "name"),
        ("metadata", "metadata"),
    )

    role: Literal["tool"]
    content: str
    tool_call_id: str
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
