# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_metadata_protocol import McpToolMetadataProtocol, _McpToolMetadataProtocolValues


__all__ = ["McpToolMetadata"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class McpToolMetadata(Model):
    """McpToolMetadata

    Attributes:
        protocol: This is the protocol used for MCP communication. Defaults to Streamable HTTP.
    """

    _schema: ClassVar[str] = "McpToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("protocol", "protocol"),)

    protocol: McpToolMetadataProtocol | _McpToolMetadataProtocolValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_McpToolMetadata(data: dict[str, Any], strict: bool) -> McpToolMetadata | dict[str, Any]:
    """McpToolMetadata from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "protocol" in data:
        v = data["protocol"]
        p0 = _MEMBERS["McpToolMetadataProtocol"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and not strict:
            p0 = _h.open_member("McpToolMetadataProtocol", v)
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_McpToolMetadata:
            return McpToolMetadata(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = McpToolMetadata(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_McpToolMetadata}
            return obj
    return {"protocol": p0}


_KNOWN_McpToolMetadata = frozenset(("protocol",))


def _to_dict_McpToolMetadata(self: McpToolMetadata) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.protocol
    if v is not UNSET:
        out["protocol"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


McpToolMetadata._fast_load = _load_McpToolMetadata
setattr(McpToolMetadata, "to_dict", _to_dict_McpToolMetadata)  # noqa: B010 - replaces Model.to_dict
