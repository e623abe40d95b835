from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_edge_condition import AIEdgeCondition
    from ..models.unknown_variants import UnknownEdgeCondition


__all__ = ["Edge"]


@_attrs_define(repr=False)
class Edge(Model):
    """Edge

    Attributes:
        from_:
        to:
        condition:
        metadata: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "Edge"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("from", "from_"),
        ("to", "to"),
        ("condition", "condition"),
        ("metadata", "metadata"),
    )

    from_: str
    to: str
    condition: AIEdgeCondition | UnknownEdgeCondition | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
