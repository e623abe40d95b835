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
    from ..models.open_ai_message import OpenAIMessage
    from ..models.workflow_open_ai_model_model import WorkflowOpenAIModelModel, _WorkflowOpenAIModelModelValues


__all__ = ["WorkflowOpenAIModel"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class WorkflowOpenAIModel(Model):
    """WorkflowOpenAIModel

    Attributes:
        provider: This is the provider of the model (`openai`).
        model: This is the OpenAI model that will be used.

            When using Vapi OpenAI or your own Azure Credentials, you have the option to specify the region for
            the selected model. This shouldn't be specified unless you have a specific reason to do so. Vapi
            will automatically find the fastest region that make sense.
            This is helpful when you are required to comply with Data Residency rules. Learn more about Azure
            regions here https://azure.microsoft.com/en-us/explore/global-infrastructure/data-residency/.
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
        temperature: This is the temperature of the model.
        max_tokens: This is the max tokens of the model.
    """

    _schema: ClassVar[str] = "WorkflowOpenAIModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("messages", "messages"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
    )

    provider: Literal["openai"]
    model: WorkflowOpenAIModelModel | _WorkflowOpenAIModelModelValues
    messages: list[OpenAIMessage] | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_WorkflowOpenAIModel_items_6 = _h.Items(("model", "OpenAIMessage"))


def _load_WorkflowOpenAIModel(data: dict[str, Any], strict: bool) -> WorkflowOpenAIModel | dict[str, Any]:
    """WorkflowOpenAIModel from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "openai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["WorkflowOpenAIModelModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("WorkflowOpenAIModelModel", v)
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
            p2 = _R(_WorkflowOpenAIModel_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 2 else _S
        if p3 is _S:
            slow = True
    if "maxTokens" in data:
        v = data["maxTokens"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 10000 else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_WorkflowOpenAIModel:
            return WorkflowOpenAIModel(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = WorkflowOpenAIModel(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_WorkflowOpenAIModel}
            return obj
    return {"provider": p0, "model": p1, "messages": p2, "temperature": p3, "maxTokens": p4}


_KNOWN_WorkflowOpenAIModel = frozenset(("provider", "model", "messages", "temperature", "maxTokens"))


def _to_dict_WorkflowOpenAIModel(self: WorkflowOpenAIModel) -> dict[str, Any]:
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


WorkflowOpenAIModel._fast_load = _load_WorkflowOpenAIModel
setattr(WorkflowOpenAIModel, "to_dict", _to_dict_WorkflowOpenAIModel)  # noqa: B010 - replaces Model.to_dict
