from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compliance_override import ComplianceOverride
    from ..models.create_structured_output_dto_type import CreateStructuredOutputDTOType
    from ..models.ended_reason_condition import EndedReasonCondition
    from ..models.json_schema import JsonSchema
    from ..models.min_call_duration_condition import MinCallDurationCondition
    from ..models.min_messages_condition import MinMessagesCondition
    from ..models.unknown_variants import UnknownCreateStructuredOutputDTOConditions, UnknownWorkflowModel
    from ..models.workflow_anthropic_bedrock_model import WorkflowAnthropicBedrockModel
    from ..models.workflow_anthropic_model import WorkflowAnthropicModel
    from ..models.workflow_custom_model import WorkflowCustomModel
    from ..models.workflow_google_model import WorkflowGoogleModel
    from ..models.workflow_open_ai_model import WorkflowOpenAIModel


__all__ = ["CreateStructuredOutputDTO"]


@_attrs_define(repr=False)
class CreateStructuredOutputDTO(Model):
    """CreateStructuredOutputDTO

    Attributes:
        name: This is the name of the structured output.
        schema:
        type_:
        regex: This is the regex pattern to match against the transcript.

            Only used when type is 'regex'. Supports both raw patterns (e.g. '\\d+') and
            regex literal format (e.g. '/\\d+/gi'). Uses RE2 syntax for safety.

            The result depends on the schema type:
            - boolean: true if the pattern matches, false otherwise
            - string: the first match or first capture group
            - number/integer: the first match parsed as a number
            - array: all matches
        model:
        compliance_plan:
        conditions: These are the conditions that gate the execution of this structured output. Every condition must
            pass for the structured output to run (AND semantics). When omitted or empty, no user-defined
            conditions gate this output. Send null to clear a previously saved gate.
        description: This is the description of what the structured output extracts.

            Use this to provide context about what data will be extracted and how it will be used.
        assistant_ids: These are the assistant IDs that this structured output is linked to.

            When linked to assistants, this structured output will be available for extraction during those
            assistant's calls.
        workflow_ids: These are the workflow IDs that this structured output is linked to.

            When linked to workflows, this structured output will be available for extraction during those
            workflow's execution.
    """

    _schema: ClassVar[str] = "CreateStructuredOutputDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("schema", "schema"),
        ("type", "type_"),
        ("regex", "regex"),
        ("model", "model"),
        ("compliancePlan", "compliance_plan"),
        ("conditions", "conditions"),
        ("description", "description"),
        ("assistantIds", "assistant_ids"),
        ("workflowIds", "workflow_ids"),
    )

    name: str
    schema: JsonSchema
    type_: CreateStructuredOutputDTOType | Unset = UNSET
    regex: str | Unset = UNSET
    model: (
        WorkflowOpenAIModel
        | WorkflowAnthropicModel
        | WorkflowAnthropicBedrockModel
        | WorkflowGoogleModel
        | WorkflowCustomModel
        | UnknownWorkflowModel
        | Unset
    ) = UNSET
    compliance_plan: ComplianceOverride | Unset = UNSET
    conditions: (
        list[
            MinMessagesCondition
            | MinCallDurationCondition
            | EndedReasonCondition
            | UnknownCreateStructuredOutputDTOConditions
        ]
        | None
        | Unset
    ) = UNSET
    description: str | Unset = UNSET
    assistant_ids: list[str] | Unset = UNSET
    workflow_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
