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
    from ..models.success_evaluation_plan_rubric import SuccessEvaluationPlanRubric, _SuccessEvaluationPlanRubricValues


__all__ = ["SuccessEvaluationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SuccessEvaluationPlan(Model):
    """SuccessEvaluationPlan

    Attributes:
        rubric: This enforces the rubric of the evaluation. The output is stored in
            `call.analysis.successEvaluation`.

            Options include:
            - 'NumericScale': A scale of 1 to 10.
            - 'DescriptiveScale': A scale of Excellent, Good, Fair, Poor.
            - 'Checklist': A checklist of criteria and their status.
            - 'Matrix': A grid that evaluates multiple criteria across different performance levels.
            - 'PercentageScale': A scale of 0% to 100%.
            - 'LikertScale': A scale of Strongly Agree, Agree, Neutral, Disagree, Strongly Disagree.
            - 'AutomaticRubric': Automatically break down evaluation into several criteria, each with its own
            score.
            - 'PassFail': A simple 'true' if call passed, 'false' if not.

            Default is 'PassFail'.
        messages: These are the messages used to generate the success evaluation.

            @default: ```
            [
              {
                "role": "system",
                "content": "You are an expert call evaluator. You will be given a transcript of a call and the
            system prompt of the AI participant. Determine if the call was successful based on the objectives
            inferred from the system prompt. DO NOT return anything except the
            result.\\n\\nRubric:\\\\n{{rubric}}\\n\\nOnly respond with the result."
              },
              {
                "role": "user",
                "content": "Here is the transcript:\\n\\n{{transcript}}\\n\\n"
              },
              {
                "role": "user",
                "content": "Here was the system prompt of the call:\\n\\n{{systemPrompt}}\\n\\n. Here is the
            ended reason of the call:\\n\\n{{endedReason}}\\n\\n"
              }
            ]```

            You can customize by providing any messages you want.

            Here are the template variables available:
            - {{transcript}}: the transcript of the call from `call.artifact.transcript`- {{systemPrompt}}: the
            system prompt of the call from `assistant.model.messages[type=system].content`- {{messages}}: the
            messages of the call from `assistant.model.messages`- {{rubric}}: the rubric of the success
            evaluation from `successEvaluationPlan.rubric`- {{endedReason}}: the ended reason of the call from
            `call.endedReason`
        enabled: This determines whether a success evaluation is generated and stored in
            `call.analysis.successEvaluation`. Defaults to true.

            Usage:
            - If you want to disable the success evaluation, set this to false.

            @default true
        timeout_seconds: This is how long the request is tried before giving up. When request times out,
            `call.analysis.successEvaluation` will be empty.

            Usage:
            - To guarantee the success evaluation is generated, set this value high. Note, this will delay the
            end of call report in cases where model is slow to respond.

            @default 5 seconds
    """

    _schema: ClassVar[str] = "SuccessEvaluationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rubric", "rubric"),
        ("messages", "messages"),
        ("enabled", "enabled"),
        ("timeoutSeconds", "timeout_seconds"),
    )

    rubric: SuccessEvaluationPlanRubric | _SuccessEvaluationPlanRubricValues | Unset = UNSET
    messages: list[dict[str, Any]] | Unset = UNSET
    enabled: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SuccessEvaluationPlan(data: dict[str, Any], strict: bool) -> SuccessEvaluationPlan | dict[str, Any]:
    """SuccessEvaluationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "rubric" in data:
        v = data["rubric"]
        p0 = _MEMBERS["SuccessEvaluationPlanRubric"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and not strict:
            p0 = _h.open_member("SuccessEvaluationPlanRubric", v)
        if p0 is _S:
            slow = True
    if "messages" in data:
        v = data["messages"]
        p1 = v[:] if type(v) is list and all(type(e) is dict for e in v) else _S
        if p1 is _S:
            slow = True
    if "enabled" in data:
        v = data["enabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 60 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SuccessEvaluationPlan:
            return SuccessEvaluationPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SuccessEvaluationPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SuccessEvaluationPlan}
            return obj
    return {"rubric": p0, "messages": p1, "enabled": p2, "timeoutSeconds": p3}


_KNOWN_SuccessEvaluationPlan = frozenset(("rubric", "messages", "enabled", "timeoutSeconds"))


def _to_dict_SuccessEvaluationPlan(self: SuccessEvaluationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.rubric
    if v is not UNSET:
        out["rubric"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = _h.fresh(v)
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SuccessEvaluationPlan._fast_load = _load_SuccessEvaluationPlan
setattr(SuccessEvaluationPlan, "to_dict", _to_dict_SuccessEvaluationPlan)  # noqa: B010 - replaces Model.to_dict
