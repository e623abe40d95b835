from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["LangfuseObservabilityPlan"]


@_attrs_define(repr=False)
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
        metadata: Any JSON object: free-form data the API stores and returns as given.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
