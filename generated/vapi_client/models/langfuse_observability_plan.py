# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["LangfuseObservabilityPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class LangfuseObservabilityPlan(Model):
    """LangfuseObservabilityPlan

    Attributes:
        provider:
        tags: This is an array of tags to be added to the Langfuse trace. Tags allow you to categorize and filter
            traces. https://langfuse.com/docs/tracing-features/tags
        prompt_name: The name of a Langfuse prompt to link generations to. This enables tracking which prompt version was
            used for each generation. https://langfuse.com/docs/prompt-management/features/link-to-traces
        prompt_version: The version number of the Langfuse prompt to link generations to. Used together with promptName to
            identify the exact prompt version. https://langfuse.com/docs/prompt-management/features/link-to-
            traces
        trace_name: Custom name for the Langfuse trace. Supports Liquid templates.

            Available variables:
            - {{ call.id }} - Call UUID
            - {{ call.type }} - 'inboundPhoneCall', 'outboundPhoneCall', 'webCall'
            - {{ assistant.name }} - Assistant name
            - {{ assistant.id }} - Assistant ID

            Example: "{{ assistant.name }} - {{ call.type }}"

            Defaults to call ID if not provided.
        metadata: This is a JSON object that will be added to the Langfuse trace. Traces can be enriched with metadata
            to better understand your users, application, and experiments. https://langfuse.com/docs/tracing-
            features/metadata
            By default it includes the call metadata, assistant metadata, and assistant overrides.
    """

    _schema: ClassVar[str] = "LangfuseObservabilityPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("tags", "tags"),
        ("promptName", "prompt_name"),
        ("promptVersion", "prompt_version"),
        ("traceName", "trace_name"),
        ("metadata", "metadata"),
    )

    provider: Literal["langfuse"]
    tags: list[str]
    prompt_name: str | Unset = UNSET
    prompt_version: float | Unset = UNSET
    trace_name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_LangfuseObservabilityPlan(data: dict[str, Any], strict: bool) -> LangfuseObservabilityPlan | dict[str, Any]:
    """LangfuseObservabilityPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "langfuse" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "tags" in data:
        v = data["tags"]
        p1 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "promptName" in data:
        v = data["promptName"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "promptVersion" in data:
        v = data["promptVersion"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 else _S
        if p3 is _S:
            slow = True
    if "traceName" in data:
        v = data["traceName"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p5 = v if type(v) is dict else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_LangfuseObservabilityPlan:
            return LangfuseObservabilityPlan(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = LangfuseObservabilityPlan(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_LangfuseObservabilityPlan}
            return obj
    return {"provider": p0, "tags": p1, "promptName": p2, "promptVersion": p3, "traceName": p4, "metadata": p5}


_KNOWN_LangfuseObservabilityPlan = frozenset(
    ("provider", "tags", "promptName", "promptVersion", "traceName", "metadata")
)


def _to_dict_LangfuseObservabilityPlan(self: LangfuseObservabilityPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prompt_name
    if v is not UNSET:
        out["promptName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prompt_version
    if v is not UNSET:
        out["promptVersion"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.trace_name
    if v is not UNSET:
        out["traceName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tags
    if v is not UNSET:
        out["tags"] = _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


LangfuseObservabilityPlan._fast_load = _load_LangfuseObservabilityPlan
setattr(LangfuseObservabilityPlan, "to_dict", _to_dict_LangfuseObservabilityPlan)  # noqa: B010 - replaces Model.to_dict
