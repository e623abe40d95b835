from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_model_model import AnthropicModelModel
    from ..models.anthropic_thinking_config import AnthropicThinkingConfig
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["WorkflowAnthropicModel"]


@_attrs_define(repr=False)
class WorkflowAnthropicModel(Model):
    """WorkflowAnthropicModel

    Attributes:
        provider: This is the provider of the model (`anthropic`).
        model:
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
        thinking:
        temperature: This is the temperature of the model.
        max_tokens: This is the max tokens of the model.
    """

    _schema: ClassVar[str] = "WorkflowAnthropicModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("messages", "messages"),
        ("thinking", "thinking"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
    )

    provider: Literal["anthropic"]
    model: AnthropicModelModel
    messages: list[OpenAIMessage] | Unset = UNSET
    thinking: AnthropicThinkingConfig | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
