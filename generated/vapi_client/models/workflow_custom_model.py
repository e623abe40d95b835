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
    from ..models.custom_llm_model_metadata_send_mode import (
        CustomLLMModelMetadataSendMode,
        _CustomLLMModelMetadataSendModeValues,
    )
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["WorkflowCustomModel"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        metadata_send_mode: This determines whether metadata is sent in requests to the custom provider.

            - `off` will not send any metadata. payload will look like `{ messages }`
            - `variable` will send `assistant.metadata` as a variable on the payload. payload will look like `{
            messages, metadata }`
            - `destructured` will send `assistant.metadata` fields directly on the payload. payload will look
            like `{ messages, ...metadata }`

            Further, `variable` and `destructured` will send `call`, `phoneNumber`, and `customer` objects in
            the payload.

            Default is `variable`.
        headers: These are the headers we'll use for the OpenAI client's `headers`.
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
    metadata_send_mode: CustomLLMModelMetadataSendMode | _CustomLLMModelMetadataSendModeValues | Unset = UNSET
    headers: dict[str, Any] | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_WorkflowCustomModel_items_6 = _h.Items(("model", "OpenAIMessage"))


def _load_WorkflowCustomModel(data: dict[str, Any], strict: bool) -> WorkflowCustomModel | dict[str, Any]:
    """WorkflowCustomModel from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "custom-llm" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "url" in data:
        v = data["url"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p2 = v if type(v) is str and len(v) <= 100 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
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
            p3 = _R(_WorkflowCustomModel_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "metadataSendMode" in data:
        v = data["metadataSendMode"]
        p4 = _MEMBERS["CustomLLMModelMetadataSendMode"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and not strict:
            p4 = _h.open_member("CustomLLMModelMetadataSendMode", v)
        if p4 is _S:
            slow = True
    if "headers" in data:
        v = data["headers"]
        p5 = v if type(v) is dict else _S
        if p5 is _S:
            slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 20 and v <= 600 else _S
        if p6 is _S:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 2 else _S
        if p7 is _S:
            slow = True
    if "maxTokens" in data:
        v = data["maxTokens"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 10000 else _S
        if p8 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_WorkflowCustomModel:
            return WorkflowCustomModel(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = WorkflowCustomModel(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_WorkflowCustomModel}
            return obj
    return {
        "provider": p0,
        "url": p1,
        "model": p2,
        "messages": p3,
        "metadataSendMode": p4,
        "headers": p5,
        "timeoutSeconds": p6,
        "temperature": p7,
        "maxTokens": p8,
    }


_KNOWN_WorkflowCustomModel = frozenset(
    (
        "provider",
        "url",
        "model",
        "messages",
        "metadataSendMode",
        "headers",
        "timeoutSeconds",
        "temperature",
        "maxTokens",
    )
)


def _to_dict_WorkflowCustomModel(self: WorkflowCustomModel) -> dict[str, Any]:
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
    v = self.metadata_send_mode
    if v is not UNSET:
        out["metadataSendMode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.headers
    if v is not UNSET:
        out["headers"] = _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


WorkflowCustomModel._fast_load = _load_WorkflowCustomModel
setattr(WorkflowCustomModel, "to_dict", _to_dict_WorkflowCustomModel)  # noqa: B010 - replaces Model.to_dict
