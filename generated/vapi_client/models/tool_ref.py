from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ToolRef"]


@_attrs_define(repr=False)
class ToolRef(Model):
    """ToolRef

    Attributes:
        tool_id: This is the unique identifier of the tool whose version is being pinned.
        version: Public version label of the tool, e.g. "v3"
    """

    _schema: ClassVar[str] = "ToolRef"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("toolId", "tool_id"),
        ("version", "version"),
    )

    tool_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
