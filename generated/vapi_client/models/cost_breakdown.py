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
    from ..models.analysis_cost_breakdown import AnalysisCostBreakdown


__all__ = ["CostBreakdown"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CostBreakdown(Model):
    """CostBreakdown

    Attributes:
        transport: This is the cost of the transport provider, like Twilio or Vonage.
        stt: This is the cost of the speech-to-text service.
        llm: This is the cost of the language model.
        tts: This is the cost of the text-to-speech service.
        vapi: This is the cost of Vapi.
        chat: This is the cost of chat interactions.
        total: This is the total cost of the call.
        llm_prompt_tokens: This is the LLM prompt tokens used for the call.
        llm_completion_tokens: This is the LLM completion tokens used for the call.
        llm_cached_prompt_tokens: This is the LLM cached prompt tokens used for the call.
        tts_characters: This is the TTS characters used for the call.
        analysis_cost_breakdown: This is the cost of the analysis.
    """

    _schema: ClassVar[str] = "CostBreakdown"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("transport", "transport"),
        ("stt", "stt"),
        ("llm", "llm"),
        ("tts", "tts"),
        ("vapi", "vapi"),
        ("chat", "chat"),
        ("total", "total"),
        ("llmPromptTokens", "llm_prompt_tokens"),
        ("llmCompletionTokens", "llm_completion_tokens"),
        ("llmCachedPromptTokens", "llm_cached_prompt_tokens"),
        ("ttsCharacters", "tts_characters"),
        ("analysisCostBreakdown", "analysis_cost_breakdown"),
    )

    transport: float | Unset = UNSET
    stt: float | Unset = UNSET
    llm: float | Unset = UNSET
    tts: float | Unset = UNSET
    vapi: float | Unset = UNSET
    chat: float | Unset = UNSET
    total: float | Unset = UNSET
    llm_prompt_tokens: float | Unset = UNSET
    llm_completion_tokens: float | Unset = UNSET
    llm_cached_prompt_tokens: float | Unset = UNSET
    tts_characters: float | Unset = UNSET
    analysis_cost_breakdown: AnalysisCostBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CostBreakdown(data: dict[str, Any], strict: bool) -> CostBreakdown | dict[str, Any]:
    """CostBreakdown from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    slow = False
    if "transport" in data:
        v = data["transport"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "stt" in data:
        v = data["stt"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "llm" in data:
        v = data["llm"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "tts" in data:
        v = data["tts"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    if "vapi" in data:
        v = data["vapi"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "chat" in data:
        v = data["chat"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if "total" in data:
        v = data["total"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "llmPromptTokens" in data:
        v = data["llmPromptTokens"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    if "llmCompletionTokens" in data:
        v = data["llmCompletionTokens"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p8 is _S:
            slow = True
    if "llmCachedPromptTokens" in data:
        v = data["llmCachedPromptTokens"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p9 is _S:
            slow = True
    if "ttsCharacters" in data:
        v = data["ttsCharacters"]
        p10 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p10 is _S:
            slow = True
    if "analysisCostBreakdown" in data:
        v = data["analysisCostBreakdown"]
        p11 = _FAST["AnalysisCostBreakdown"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("AnalysisCostBreakdown", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CostBreakdown:
            return CostBreakdown(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CostBreakdown(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CostBreakdown}
            return obj
    return {
        "transport": p0,
        "stt": p1,
        "llm": p2,
        "tts": p3,
        "vapi": p4,
        "chat": p5,
        "total": p6,
        "llmPromptTokens": p7,
        "llmCompletionTokens": p8,
        "llmCachedPromptTokens": p9,
        "ttsCharacters": p10,
        "analysisCostBreakdown": p11,
    }


_KNOWN_CostBreakdown = frozenset(
    (
        "transport",
        "stt",
        "llm",
        "tts",
        "vapi",
        "chat",
        "total",
        "llmPromptTokens",
        "llmCompletionTokens",
        "llmCachedPromptTokens",
        "ttsCharacters",
        "analysisCostBreakdown",
    )
)


def _to_dict_CostBreakdown(self: CostBreakdown) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.transport
    if v is not UNSET:
        out["transport"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.stt
    if v is not UNSET:
        out["stt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.llm
    if v is not UNSET:
        out["llm"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tts
    if v is not UNSET:
        out["tts"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.vapi
    if v is not UNSET:
        out["vapi"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.chat
    if v is not UNSET:
        out["chat"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.total
    if v is not UNSET:
        out["total"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.llm_prompt_tokens
    if v is not UNSET:
        out["llmPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.llm_completion_tokens
    if v is not UNSET:
        out["llmCompletionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.llm_cached_prompt_tokens
    if v is not UNSET:
        out["llmCachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tts_characters
    if v is not UNSET:
        out["ttsCharacters"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.analysis_cost_breakdown
    if v is not UNSET:
        out["analysisCostBreakdown"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CostBreakdown._fast_load = _load_CostBreakdown
setattr(CostBreakdown, "to_dict", _to_dict_CostBreakdown)  # noqa: B010 - replaces Model.to_dict
