# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["SummaryPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SummaryPlan(Model):
    """SummaryPlan

    Attributes:
        messages: These are the messages used to generate the summary.

            @default: ```
            [
              {
                "role": "system",
                "content": "You are an expert note-taker. You will be given a transcript of a call. Summarize
            the call in 2-3 sentences. DO NOT return anything except the summary."
              },
              {
                "role": "user",
                "content": "Here is the transcript:\\n\\n{{transcript}}\\n\\n. Here is the ended reason of the
            call:\\n\\n{{endedReason}}\\n\\n"
              }
            ]```

            You can customize by providing any messages you want.

            Here are the template variables available:
            - {{transcript}}: The transcript of the call from `call.artifact.transcript`
            - {{systemPrompt}}: The system prompt of the call from
            `assistant.model.messages[type=system].content`
            - {{messages}}: The messages of the call from `assistant.model.messages`
            - {{endedReason}}: The ended reason of the call from `call.endedReason`
        enabled: This determines whether a summary is generated and stored in `call.analysis.summary`. Defaults to
            true.

            Usage:
            - If you want to disable the summary, set this to false.

            @default true
        timeout_seconds: This is how long the request is tried before giving up. When request times out,
            `call.analysis.summary` will be empty.

            Usage:
            - To guarantee the summary is generated, set this value high. Note, this will delay the end of call
            report in cases where model is slow to respond.

            @default 5 seconds
    """

    _schema: ClassVar[str] = "SummaryPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("enabled", "enabled"),
        ("timeoutSeconds", "timeout_seconds"),
    )

    messages: list[dict[str, Any]] | Unset = UNSET
    enabled: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SummaryPlan(data: dict[str, Any], strict: bool) -> SummaryPlan | dict[str, Any]:
    """SummaryPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
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
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 60 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SummaryPlan:
            return SummaryPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SummaryPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SummaryPlan}
            return obj
    return {"messages": p0, "enabled": p1, "timeoutSeconds": p2}


_KNOWN_SummaryPlan = frozenset(("messages", "enabled", "timeoutSeconds"))


def _to_dict_SummaryPlan(self: SummaryPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = _h.fresh(v)
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SummaryPlan._fast_load = _load_SummaryPlan
setattr(SummaryPlan, "to_dict", _to_dict_SummaryPlan)  # noqa: B010 - replaces Model.to_dict
