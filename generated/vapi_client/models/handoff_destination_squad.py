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
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.unknown_variants import UnknownContextEngineeringPlan
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["HandoffDestinationSquad"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class HandoffDestinationSquad(Model):
    """HandoffDestinationSquad

    Attributes:
        type_:
        context_engineering_plan: This is the plan for manipulating the message context before handing off the call to the squad.
        squad_id: This is the squad id to transfer the call to.
        squad: This is a transient squad to transfer the call to.
        entry_assistant_name: This is the name of the entry assistant to start with when handing off to the squad.
            If not provided, the first member of the squad will be used.
        variable_extraction_plan: This is the variable extraction plan for the handoff tool.
        squad_overrides: These are the overrides to apply to the squad configuration.
            Maps to squad-level membersOverrides.
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "HandoffDestinationSquad"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contextEngineeringPlan", "context_engineering_plan"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("entryAssistantName", "entry_assistant_name"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("squadOverrides", "squad_overrides"),
        ("description", "description"),
    )

    type_: Literal["squad"]
    context_engineering_plan: (
        ContextEngineeringPlanLastNMessages
        | ContextEngineeringPlanNone
        | ContextEngineeringPlanAll
        | ContextEngineeringPlanUserAndAssistantMessages
        | ContextEngineeringPlanPreviousAssistantMessages
        | UnknownContextEngineeringPlan
        | Unset
    ) = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    entry_assistant_name: str | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ContextEngineeringPlan = _h.alternatives("ContextEngineeringPlan")


def _load_HandoffDestinationSquad(data: dict[str, Any], strict: bool) -> HandoffDestinationSquad | dict[str, Any]:
    """HandoffDestinationSquad from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "squad" else _S
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
    if "squadId" in data:
        v = data["squadId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "squad" in data:
        v = data["squad"]
        p3 = _FAST["CreateSquadDTO"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("CreateSquadDTO", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "entryAssistantName" in data:
        v = data["entryAssistantName"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "variableExtractionPlan" in data:
        v = data["variableExtractionPlan"]
        p5 = _FAST["VariableExtractionPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("VariableExtractionPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
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
        if data.keys() <= _KNOWN_HandoffDestinationSquad:
            return HandoffDestinationSquad(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = HandoffDestinationSquad(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_HandoffDestinationSquad}
            return obj
    return {
        "type": p0,
        "contextEngineeringPlan": p1,
        "squadId": p2,
        "squad": p3,
        "entryAssistantName": p4,
        "variableExtractionPlan": p5,
        "squadOverrides": p6,
        "description": p7,
    }


_KNOWN_HandoffDestinationSquad = frozenset(
    (
        "type",
        "contextEngineeringPlan",
        "squadId",
        "squad",
        "entryAssistantName",
        "variableExtractionPlan",
        "squadOverrides",
        "description",
    )
)


def _to_dict_HandoffDestinationSquad(self: HandoffDestinationSquad) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.context_engineering_plan
    if v is not UNSET:
        out["contextEngineeringPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_id
    if v is not UNSET:
        out["squadId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.squad
    if v is not UNSET:
        out["squad"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.entry_assistant_name
    if v is not UNSET:
        out["entryAssistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.variable_extraction_plan
    if v is not UNSET:
        out["variableExtractionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_overrides
    if v is not UNSET:
        out["squadOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


HandoffDestinationSquad._fast_load = _load_HandoffDestinationSquad
setattr(HandoffDestinationSquad, "to_dict", _to_dict_HandoffDestinationSquad)  # noqa: B010 - replaces Model.to_dict
