# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.context_engineering_plan_all import ContextEngineeringPlanAll
    from ..models.context_engineering_plan_last_n_messages import ContextEngineeringPlanLastNMessages
    from ..models.context_engineering_plan_none import ContextEngineeringPlanNone
    from ..models.context_engineering_plan_previous_assistant_messages import (
        ContextEngineeringPlanPreviousAssistantMessages,
    )
    from ..models.context_engineering_plan_user_and_assistant_messages import (
        ContextEngineeringPlanUserAndAssistantMessages,
    )
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.unknown_variants import UnknownContextEngineeringPlan
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["HandoffDestinationAssistant"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class HandoffDestinationAssistant(Model):
    """HandoffDestinationAssistant

    Attributes:
        type_:
        context_engineering_plan: This is the plan for manipulating the message context before handing off the call to the next
            assistant.
        assistant_name: This is the assistant to transfer the call to. You must provide either assistantName or assistantId.
        assistant_id: This is the assistant id to transfer the call to. You must provide either assistantName or
            assistantId.
        assistant: This is a transient assistant to transfer the call to. You may provide a transient assistant in the
            response  `handoff-destination-request` in a dynamic handoff.
        variable_extraction_plan: This is the variable extraction plan for the handoff tool.
        assistant_overrides: These are the assistant overrides to apply to the destination assistant.
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "HandoffDestinationAssistant"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contextEngineeringPlan", "context_engineering_plan"),
        ("assistantName", "assistant_name"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("assistantOverrides", "assistant_overrides"),
        ("description", "description"),
    )

    type_: Literal["assistant"]
    context_engineering_plan: (
        ContextEngineeringPlanLastNMessages
        | ContextEngineeringPlanNone
        | ContextEngineeringPlanAll
        | ContextEngineeringPlanUserAndAssistantMessages
        | ContextEngineeringPlanPreviousAssistantMessages
        | UnknownContextEngineeringPlan
        | Unset
    ) = UNSET
    assistant_name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ContextEngineeringPlan = _h.alternatives("ContextEngineeringPlan")


def _load_HandoffDestinationAssistant(
    data: dict[str, Any], strict: bool
) -> HandoffDestinationAssistant | dict[str, Any]:
    """HandoffDestinationAssistant from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "assistant" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "contextEngineeringPlan" in data:
        v = data["contextEngineeringPlan"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_ContextEngineeringPlan[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "assistantName" in data:
        v = data["assistantName"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p4 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("CreateAssistantDTO", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "variableExtractionPlan" in data:
        v = data["variableExtractionPlan"]
        p5 = _FAST["VariableExtractionPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("VariableExtractionPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p6 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("AssistantOverrides", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_HandoffDestinationAssistant:
            return HandoffDestinationAssistant(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = HandoffDestinationAssistant(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_HandoffDestinationAssistant}
            return obj
    return {
        "type": p0,
        "contextEngineeringPlan": p1,
        "assistantName": p2,
        "assistantId": p3,
        "assistant": p4,
        "variableExtractionPlan": p5,
        "assistantOverrides": p6,
        "description": p7,
    }


_KNOWN_HandoffDestinationAssistant = frozenset(
    (
        "type",
        "contextEngineeringPlan",
        "assistantName",
        "assistantId",
        "assistant",
        "variableExtractionPlan",
        "assistantOverrides",
        "description",
    )
)


def _to_dict_HandoffDestinationAssistant(self: HandoffDestinationAssistant) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.context_engineering_plan
    if v is not UNSET:
        out["contextEngineeringPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_name
    if v is not UNSET:
        out["assistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.variable_extraction_plan
    if v is not UNSET:
        out["variableExtractionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


HandoffDestinationAssistant._fast_load = _load_HandoffDestinationAssistant
setattr(HandoffDestinationAssistant, "to_dict", _to_dict_HandoffDestinationAssistant)  # noqa: B010 - replaces Model.to_dict
