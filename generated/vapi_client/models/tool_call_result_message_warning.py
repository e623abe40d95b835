from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ToolCallResultMessageWarning"]


@_attrs_define(repr=False)
class ToolCallResultMessageWarning(Model):
    """ToolCallResultMessageWarning

    Attributes:
        type_: The kind of warning. Currently:
            - `oversized-tool-response`: the tool's serialized response exceeded the
              recommended size and is likely to bloat the model context, increasing
              latency and risking truncation of earlier instructions.
        token_count: The estimated number of tokens in the serialized tool response.
        threshold: The threshold (in tokens) above which the warning is raised.
    """

    _schema: ClassVar[str] = "ToolCallResultMessageWarning"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("tokenCount", "token_count"),
        ("threshold", "threshold"),
    )

    type_: Literal["oversized-tool-response"]
    token_count: float
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
