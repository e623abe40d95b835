from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


@_attrs_define(repr=False)
class HandoffDestinationSquad(Model):
    """HandoffDestinationSquad

    Attributes:
        type_:
        context_engineering_plan:
        squad_id: This is the squad id to transfer the call to.
        squad:
        entry_assistant_name: This is the name of the entry assistant to start with when handing off to the squad.
            If not provided, the first member of the squad will be used.
        variable_extraction_plan:
        squad_overrides:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
