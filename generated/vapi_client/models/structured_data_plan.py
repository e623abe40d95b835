# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


__all__ = ["StructuredDataPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        schema: This is the schema of the structured data. The output is stored in `call.analysis.structuredData`.

            Complete guide on JSON Schema can be found [here](https://ajv.js.org/json-schema.html#json-data-
            type).
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_StructuredDataPlan(data: dict[str, Any], strict: bool) -> StructuredDataPlan | dict[str, Any]:
    """StructuredDataPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "messages" in data:
        v = data["messages"]
        p0 = v[:] if type(v) is list and all(type(e) is dict for e in v) else _S
        if p0 is _S:
            slow = True
    if "enabled" in data:
        v = data["enabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if "schema" in data:
        v = data["schema"]
        p2 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("JsonSchema", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 60 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_StructuredDataPlan:
            return StructuredDataPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = StructuredDataPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_StructuredDataPlan}
            return obj
    return {"messages": p0, "enabled": p1, "schema": p2, "timeoutSeconds": p3}


_KNOWN_StructuredDataPlan = frozenset(("messages", "enabled", "schema", "timeoutSeconds"))


def _to_dict_StructuredDataPlan(self: StructuredDataPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = _h.fresh(v)
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.schema
    if v is not UNSET:
        out["schema"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


StructuredDataPlan._fast_load = _load_StructuredDataPlan
setattr(StructuredDataPlan, "to_dict", _to_dict_StructuredDataPlan)  # noqa: B010 - replaces Model.to_dict
