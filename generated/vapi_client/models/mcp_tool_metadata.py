from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_metadata_protocol import McpToolMetadataProtocol


__all__ = ["McpToolMetadata"]


@_attrs_define(repr=False)
class McpToolMetadata(Model):
    """McpToolMetadata

    Attributes:
        protocol:
    """

    _schema: ClassVar[str] = "McpToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("protocol", "protocol"),)

    protocol: McpToolMetadataProtocol | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
