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
    from ..models.compliance_override import ComplianceOverride
    from ..models.create_structured_output_dto_type import (
        CreateStructuredOutputDTOType,
        _CreateStructuredOutputDTOTypeValues,
    )
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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateStructuredOutputDTO(Model):
    """CreateStructuredOutputDTO

    Attributes:
        name: This is the name of the structured output.
        schema: This is the JSON Schema definition for the structured output.

            This is required when creating a structured output. Defines the structure and validation rules for
            the data that will be extracted. Supports all JSON Schema features including:
            - Objects and nested properties
            - Arrays and array validation
            - String, number, boolean, and null types
            - Enums and const values
            - Validation constraints (min/max, patterns, etc.)
            - Composition with allOf, anyOf, oneOf
        type_: This is the type of structured output.

            - 'ai': Uses an LLM to extract structured data from the conversation (default).
            - 'regex': Uses a regex pattern to extract data from the transcript without an LLM.

            Defaults to 'ai' if not specified.
        regex: This is the regex pattern to match against the transcript.

            Only used when type is 'regex'. Supports both raw patterns (e.g. '\\d+') and
            regex literal format (e.g. '/\\d+/gi'). Uses RE2 syntax for safety.

            The result depends on the schema type:
            - boolean: true if the pattern matches, false otherwise
            - string: the first match or first capture group
            - number/integer: the first match parsed as a number
            - array: all matches
        model: This is the model that will be used to extract the structured output.

            To provide your own custom system and user prompts for structured output extraction, populate the
            messages array with your system and user messages. You can specify liquid templating in your system
            and user messages.
            Between the system or user messages, you must reference either 'transcript' or 'messages' with the
            `{{}}` syntax to access the conversation history.
            Between the system or user messages, you must reference a variation of the structured output with
            the `{{}}` syntax to access the structured output definition.
            i.e.:
            `{{structuredOutput}}`
            `{{structuredOutput.name}}`
            `{{structuredOutput.description}}`
            `{{structuredOutput.schema}}`

            If model is not specified, GPT-4.1 will be used by default for extraction, utilizing default system
            and user prompts.
            If messages or required fields are not specified, the default system and user prompts will be used.
        compliance_plan: Compliance configuration for this output. Only enable overrides if no sensitive data will be stored.
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
    type_: CreateStructuredOutputDTOType | _CreateStructuredOutputDTOTypeValues | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_WorkflowModel = _h.alternatives("WorkflowModel")
_alternatives_CreateStructuredOutputDTOConditions = _h.alternatives("CreateStructuredOutputDTOConditions")
_CreateStructuredOutputDTO_items_10 = _h.Items(("union", "CreateStructuredOutputDTOConditions"))


def _load_CreateStructuredOutputDTO(data: dict[str, Any], strict: bool) -> CreateStructuredOutputDTO | dict[str, Any]:
    """CreateStructuredOutputDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str and len(v) <= 40 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "schema" in data:
        v = data["schema"]
        p1 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("JsonSchema", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "type" in data:
        v = data["type"]
        p2 = _MEMBERS["CreateStructuredOutputDTOType"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CreateStructuredOutputDTOType", v)
        if p2 is _S:
            slow = True
    if "regex" in data:
        v = data["regex"]
        p3 = v if type(v) is str and len(v) <= 1000 else _S
        if p3 is _S:
            slow = True
    if "model" in data:
        v = data["model"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_WorkflowModel[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p4 = _S
        else:
            p4 = alternative2[1](v, strict)
            if type(p4) is dict:
                p4 = _R(alternative2[0], p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "compliancePlan" in data:
        v = data["compliancePlan"]
        p5 = _FAST["ComplianceOverride"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("ComplianceOverride", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "conditions" in data:
        v = data["conditions"]
        if v is None:
            p6 = None
        else:
            if type(v) is list:
                resume7 = False
                out5: list[Any] = []
                for e3 in v:
                    tag8 = e3.get("type") if type(e3) is dict else None
                    alternative9 = (
                        _alternatives_CreateStructuredOutputDTOConditions[tag8] if type(tag8) is str else None
                    )
                    if alternative9 is None:  # not an object, or a tag this spec does not know
                        x4 = _S
                    else:
                        x4 = alternative9[1](e3, strict)
                        if type(x4) is dict:
                            x4 = _R(alternative9[0], x4)
                    if x4 is _S or type(x4) is _R:
                        resume7 = True
                    out5.append(x4)
                p6 = _R(_CreateStructuredOutputDTO_items_10, out5) if resume7 else out5
            else:
                p6 = _S
        if p6 is _S or type(p6) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "assistantIds" in data:
        v = data["assistantIds"]
        p8 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p8 is _S:
            slow = True
    if "workflowIds" in data:
        v = data["workflowIds"]
        p9 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p9 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateStructuredOutputDTO:
            return CreateStructuredOutputDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateStructuredOutputDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateStructuredOutputDTO}
            return obj
    return {
        "name": p0,
        "schema": p1,
        "type": p2,
        "regex": p3,
        "model": p4,
        "compliancePlan": p5,
        "conditions": p6,
        "description": p7,
        "assistantIds": p8,
        "workflowIds": p9,
    }


_KNOWN_CreateStructuredOutputDTO = frozenset(
    (
        "name",
        "schema",
        "type",
        "regex",
        "model",
        "compliancePlan",
        "conditions",
        "description",
        "assistantIds",
        "workflowIds",
    )
)


def _to_dict_CreateStructuredOutputDTO(self: CreateStructuredOutputDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.regex
    if v is not UNSET:
        out["regex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.compliance_plan
    if v is not UNSET:
        out["compliancePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.conditions
    if v is not UNSET:
        out["conditions"] = (
            [i11.to_dict() if hasattr(i11, "to_dict") else _h.fresh(i11) for i11 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.schema
    if v is not UNSET:
        out["schema"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_ids
    if v is not UNSET:
        out["assistantIds"] = _h.fresh(v)
    v = self.workflow_ids
    if v is not UNSET:
        out["workflowIds"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateStructuredOutputDTO._fast_load = _load_CreateStructuredOutputDTO
setattr(CreateStructuredOutputDTO, "to_dict", _to_dict_CreateStructuredOutputDTO)  # noqa: B010 - replaces Model.to_dict
