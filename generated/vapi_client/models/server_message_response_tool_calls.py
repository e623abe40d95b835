from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_result import ToolCallResult


__all__ = ["ServerMessageResponseToolCalls"]


@_attrs_define(repr=False)
class ServerMessageResponseToolCalls(Model):
    """ServerMessageResponseToolCalls

    Attributes:
        results: These are the results of the "tool-calls" message.
        error: This is the error message if the tool call was not successful.
    """

    _schema: ClassVar[str] = "ServerMessageResponseToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("results", "results"),
        ("error", "error"),
    )

    results: list[ToolCallResult] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
