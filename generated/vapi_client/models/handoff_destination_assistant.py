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
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.unknown_variants import UnknownContextEngineeringPlan
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["HandoffDestinationAssistant"]


@_attrs_define(repr=False)
class HandoffDestinationAssistant(Model):
    """HandoffDestinationAssistant

    Attributes:
        type_:
        context_engineering_plan:
        assistant_name: This is the assistant to transfer the call to. You must provide either assistantName or assistantId.
        assistant_id: This is the assistant id to transfer the call to. You must provide either assistantName or
            assistantId.
        assistant:
        variable_extraction_plan:
        assistant_overrides:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
