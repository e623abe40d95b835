from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


__all__ = ["StructuredDataPlan"]


@_attrs_define(repr=False)
class StructuredDataPlan(Model):
    """StructuredDataPlan

    Attributes:
        messages: These are the messages used to generate the structured data.

            @default: ```
            [
              {
                "role": "system",
                "content": "You are an expert data extractor. You will be given a transcript of a call. Extract
            structured data per the JSON Schema. DO NOT return anything except the structured data.\\n\\nJson
            Schema:\\\\n{{schema}}\\n\\nOnly respond with the JSON."
              },
              {
                "role": "user",
                "content": "Here is the transcript:\\n\\n{{transcript}}\\n\\n. Here is the ended reason of the
            call:\\n\\n{{endedReason}}\\n\\n"
              }
            ]```

            You can customize by providing any messages you want.

            Here are the template variables available:
            - {{transcript}}: the transcript of the call from `call.artifact.transcript`- {{systemPrompt}}: the
            system prompt of the call from `assistant.model.messages[type=system].content`- {{messages}}: the
            messages of the call from `assistant.model.messages`- {{schema}}: the schema of the structured data
            from `structuredDataPlan.schema`- {{endedReason}}: the ended reason of the call from
            `call.endedReason`
        enabled: This determines whether structured data is generated and stored in `call.analysis.structuredData`.
            Defaults to false.

            Usage:
            - If you want to extract structured data, set this to true and provide a `schema`.

            @default false
        schema:
        timeout_seconds: This is how long the request is tried before giving up. When request times out,
            `call.analysis.structuredData` will be empty.

            Usage:
            - To guarantee the structured data is generated, set this value high. Note, this will delay the end
            of call report in cases where model is slow to respond.

            @default 5 seconds
    """

    _schema: ClassVar[str] = "StructuredDataPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("enabled", "enabled"),
        ("schema", "schema"),
        ("timeoutSeconds", "timeout_seconds"),
    )

    messages: list[dict[str, Any]] | Unset = UNSET
    enabled: bool | Unset = UNSET
    schema: JsonSchema | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
