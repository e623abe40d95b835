# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.anthropic_bedrock_model_model import AnthropicBedrockModelModel, _AnthropicBedrockModelModelValues
    from ..models.anthropic_thinking_config import AnthropicThinkingConfig
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["WorkflowAnthropicBedrockModel"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class WorkflowAnthropicBedrockModel(Model):
    """WorkflowAnthropicBedrockModel

    Attributes:
        provider: This is the provider of the model (`anthropic-bedrock`).
        model: This is the specific model that will be used.
        messages: These are the messages used to customize the prompt used for structured output extraction.

            When provided, these messages replace the default prompts. Message contents support LiquidJS
            templating with the following variables:
            - `{{transcript}}` or `{{messages}}` to reference the conversation (one is required)
            - `{{structuredOutput.name}}`, `{{structuredOutput.description}}`, or `{{structuredOutput.schema}}`
            to reference the structured output definition (one is required)
            - `{{systemPrompt}}`, `{{callEndedReason}}`, `{{duration}}`, `{{startedAt}}`, `{{endedAt}}`, and any
            `assistantOverrides.variableValues`

            `{{messages}}` is the full message history including tool calls; `{{transcript}}` is the spoken text
            only, which uses significantly fewer tokens.

            If not provided, default system and user prompts are used.
        thinking: This is the optional configuration for Anthropic's thinking feature.

            - If provided, `maxTokens` must be greater than `thinking.budgetTokens`.
        temperature: This is the temperature of the model.
        max_tokens: This is the max tokens of the model.
    """

    _schema: ClassVar[str] = "WorkflowAnthropicBedrockModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("messages", "messages"),
        ("thinking", "thinking"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
    )

    provider: Literal["anthropic-bedrock"]
    model: AnthropicBedrockModelModel | _AnthropicBedrockModelModelValues
    messages: list[OpenAIMessage] | Unset = UNSET
    thinking: AnthropicThinkingConfig | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_WorkflowAnthropicBedrockModel_items_6 = _h.Items(("model", "OpenAIMessage"))


def _load_WorkflowAnthropicBedrockModel(
    data: dict[str, Any], strict: bool
) -> WorkflowAnthropicBedrockModel | dict[str, Any]:
    """WorkflowAnthropicBedrockModel from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "anthropic-bedrock" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["AnthropicBedrockModelModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("AnthropicBedrockModelModel", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["OpenAIMessage"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("OpenAIMessage", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_WorkflowAnthropicBedrockModel_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "thinking" in data:
        v = data["thinking"]
        p3 = _FAST["AnthropicThinkingConfig"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("AnthropicThinkingConfig", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 2 else _S
        if p4 is _S:
            slow = True
    if "maxTokens" in data:
        v = data["maxTokens"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 10000 else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_WorkflowAnthropicBedrockModel:
            return WorkflowAnthropicBedrockModel(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = WorkflowAnthropicBedrockModel(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_WorkflowAnthropicBedrockModel}
            return obj
    return {"provider": p0, "model": p1, "messages": p2, "thinking": p3, "temperature": p4, "maxTokens": p5}


_KNOWN_WorkflowAnthropicBedrockModel = frozenset(
    ("provider", "model", "messages", "thinking", "temperature", "maxTokens")
)


def _to_dict_WorkflowAnthropicBedrockModel(self: WorkflowAnthropicBedrockModel) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.thinking
    if v is not UNSET:
        out["thinking"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.temperature
    if v is not UNSET:
        out["temperature"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_tokens
    if v is not UNSET:
        out["maxTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


WorkflowAnthropicBedrockModel._fast_load = _load_WorkflowAnthropicBedrockModel
setattr(WorkflowAnthropicBedrockModel, "to_dict", _to_dict_WorkflowAnthropicBedrockModel)  # noqa: B010 - replaces Model.to_dict
