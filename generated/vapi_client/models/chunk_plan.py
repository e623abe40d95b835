from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan_punctuation_boundaries import ChunkPlanPunctuationBoundaries
    from ..models.format_plan import FormatPlan


__all__ = ["ChunkPlan"]


@_attrs_define(repr=False)
class ChunkPlan(Model):
    """ChunkPlan

    Attributes:
        enabled: This determines whether the model output is chunked before being sent to the voice provider. Default
            `true`.

            Usage:
            - To rely on the voice provider's audio generation logic, set this to `false`.
            - If seeing issues with quality, set this to `true`.

            If disabled, Vapi-provided audio control tokens like <flush /> will not work.

            @default true
        min_characters: This is the minimum number of characters in a chunk.

            Usage:
            - To increase quality, set this to a higher value.
            - To decrease latency, set this to a lower value.

            @default 30
        punctuation_boundaries: These are the punctuations that are considered valid boundaries for a chunk to be created.

            Usage:
            - To increase quality, constrain to fewer boundaries.
            - To decrease latency, enable all.

            Default is automatically set to balance the trade-off between quality and latency based on the
            provider.
        format_plan:
    """

    _schema: ClassVar[str] = "ChunkPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("minCharacters", "min_characters"),
        ("punctuationBoundaries", "punctuation_boundaries"),
        ("formatPlan", "format_plan"),
    )

    enabled: bool | Unset = UNSET
    min_characters: float | Unset = UNSET
    punctuation_boundaries: list[ChunkPlanPunctuationBoundaries] | Unset = UNSET
    format_plan: FormatPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
