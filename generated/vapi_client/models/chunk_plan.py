# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan_punctuation_boundaries import (
        ChunkPlanPunctuationBoundaries,
        _ChunkPlanPunctuationBoundariesValues,
    )
    from ..models.format_plan import FormatPlan


__all__ = ["ChunkPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        format_plan: This is the plan for formatting the chunk before it is sent to the voice provider.
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
    punctuation_boundaries: list[ChunkPlanPunctuationBoundaries | _ChunkPlanPunctuationBoundariesValues] | Unset = UNSET
    format_plan: FormatPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ChunkPlan_items_6 = _h.Items(("enum", "ChunkPlanPunctuationBoundaries", False))


def _load_ChunkPlan(data: dict[str, Any], strict: bool) -> ChunkPlan | dict[str, Any]:
    """ChunkPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "minCharacters" in data:
        v = data["minCharacters"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 80 else _S
        if p1 is _S:
            slow = True
    if "punctuationBoundaries" in data:
        v = data["punctuationBoundaries"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["ChunkPlanPunctuationBoundaries"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("ChunkPlanPunctuationBoundaries", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_ChunkPlan_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "formatPlan" in data:
        v = data["formatPlan"]
        p3 = _FAST["FormatPlan"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("FormatPlan", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ChunkPlan:
            return ChunkPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ChunkPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ChunkPlan}
            return obj
    return {"enabled": p0, "minCharacters": p1, "punctuationBoundaries": p2, "formatPlan": p3}


_KNOWN_ChunkPlan = frozenset(("enabled", "minCharacters", "punctuationBoundaries", "formatPlan"))


def _to_dict_ChunkPlan(self: ChunkPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.min_characters
    if v is not UNSET:
        out["minCharacters"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.punctuation_boundaries
    if v is not UNSET:
        out["punctuationBoundaries"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.format_plan
    if v is not UNSET:
        out["formatPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ChunkPlan._fast_load = _load_ChunkPlan
setattr(ChunkPlan, "to_dict", _to_dict_ChunkPlan)  # noqa: B010 - replaces Model.to_dict
