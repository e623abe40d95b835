# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_metric import ScorecardMetric


__all__ = ["CreateScorecardDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateScorecardDTO(Model):
    """CreateScorecardDTO

    Attributes:
        metrics: These are the metrics that will be used to evaluate the scorecard.
            Each metric will have a set of conditions and points that will be used to generate the score.
        name: This is the name of the scorecard. It is only for user reference and will not be used for any
            evaluation.
        description: This is the description of the scorecard. It is only for user reference and will not be used for any
            evaluation.
        assistant_ids: These are the assistant IDs that this scorecard is linked to.
            When linked to assistants, this scorecard will be available for evaluation during those assistants'
            calls.
    """

    _schema: ClassVar[str] = "CreateScorecardDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metrics", "metrics"),
        ("name", "name"),
        ("description", "description"),
        ("assistantIds", "assistant_ids"),
    )

    metrics: list[ScorecardMetric]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    assistant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CreateScorecardDTO_items_6 = _h.Items(("model", "ScorecardMetric"))


def _load_CreateScorecardDTO(data: dict[str, Any], strict: bool) -> CreateScorecardDTO | dict[str, Any]:
    """CreateScorecardDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "metrics" in data:
        v = data["metrics"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["ScorecardMetric"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("ScorecardMetric", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_CreateScorecardDTO_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    if "description" in data:
        v = data["description"]
        p2 = v if type(v) is str and len(v) <= 500 else _S
        if p2 is _S:
            slow = True
    if "assistantIds" in data:
        v = data["assistantIds"]
        p3 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateScorecardDTO:
            return CreateScorecardDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateScorecardDTO(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateScorecardDTO}
            return obj
    return {"metrics": p0, "name": p1, "description": p2, "assistantIds": p3}


_KNOWN_CreateScorecardDTO = frozenset(("metrics", "name", "description", "assistantIds"))


def _to_dict_CreateScorecardDTO(self: CreateScorecardDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metrics
    if v is not UNSET:
        out["metrics"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.assistant_ids
    if v is not UNSET:
        out["assistantIds"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateScorecardDTO._fast_load = _load_CreateScorecardDTO
setattr(CreateScorecardDTO, "to_dict", _to_dict_CreateScorecardDTO)  # noqa: B010 - replaces Model.to_dict
