from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_llm_model_metadata_send_mode import CustomLLMModelMetadataSendMode
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["WorkflowCustomModel"]


@_attrs_define(repr=False)
class WorkflowCustomModel(Model):
    """WorkflowCustomModel

    Attributes:
        provider: This is the provider of the model (`custom-llm`).
        url: These is the URL we'll use for the OpenAI client's `baseURL`. Ex. https://openrouter.ai/api/v1
        model: This is the name of the model. Ex. cognitivecomputations/dolphin-mixtral-8x7b
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
        metadata_send_mode:
        headers: Any JSON object: free-form data the API stores and returns as given.
        timeout_seconds: This sets the timeout for the connection to the custom provider without needing to stream any tokens
            back. Default is 20 seconds.
        temperature: This is the temperature of the model.
        max_tokens: This is the max tokens of the model.
    """

    _schema: ClassVar[str] = "WorkflowCustomModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("url", "url"),
        ("model", "model"),
        ("messages", "messages"),
        ("metadataSendMode", "metadata_send_mode"),
        ("headers", "headers"),
        ("timeoutSeconds", "timeout_seconds"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
    )

    provider: Literal["custom-llm"]
    url: str
    model: str
    messages: list[OpenAIMessage] | Unset = UNSET
    metadata_send_mode: CustomLLMModelMetadataSendMode | Unset = UNSET
    headers: dict[str, Any] | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
