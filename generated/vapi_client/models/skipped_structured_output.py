# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.ended_reason_condition import EndedReasonCondition
    from ..models.min_call_duration_condition import MinCallDurationCondition
    from ..models.min_messages_condition import MinMessagesCondition
    from ..models.unknown_variants import UnknownCreateStructuredOutputDTOConditions


__all__ = ["SkippedStructuredOutput"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SkippedStructuredOutput(Model):
    """SkippedStructuredOutput

    Attributes:
        name: This is the name of the structured output that was skipped.
        unmet_condition: This is the first condition that was not met. Conditions use AND semantics, so
            evaluation stops as soon as one condition does not pass.
    """

    _schema: ClassVar[str] = "SkippedStructuredOutput"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("unmetCondition", "unmet_condition"),
    )

    name: str
    unmet_condition: (
        MinMessagesCondition
        | MinCallDurationCondition
        | EndedReasonCondition
        | UnknownCreateStructuredOutputDTOConditions
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_CreateStructuredOutputDTOConditions = _h.alternatives("CreateStructuredOutputDTOConditions")


def _load_SkippedStructuredOutput(data: dict[str, Any], strict: bool) -> SkippedStructuredOutput | dict[str, Any]:
    """SkippedStructuredOutput from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "unmetCondition" in data:
        v = data["unmetCondition"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_CreateStructuredOutputDTOConditions[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_SkippedStructuredOutput:
            return SkippedStructuredOutput(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SkippedStructuredOutput(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SkippedStructuredOutput}
            return obj
    return {"name": p0, "unmetCondition": p1}


_KNOWN_SkippedStructuredOutput = frozenset(("name", "unmetCondition"))


def _to_dict_SkippedStructuredOutput(self: SkippedStructuredOutput) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.unmet_condition
    if v is not UNSET:
        out["unmetCondition"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SkippedStructuredOutput._fast_load = _load_SkippedStructuredOutput
setattr(SkippedStructuredOutput, "to_dict", _to_dict_SkippedStructuredOutput)  # noqa: B010 - replaces Model.to_dict
