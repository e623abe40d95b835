# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.tavus_conversation_properties import TavusConversationProperties


__all__ = ["TavusVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TavusVoice(Model):
    """TavusVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        persona_id: This is the unique identifier for the persona that the replica will use in the conversation.
        callback_url: This is the url that will receive webhooks with updates regarding the conversation state.
        conversation_name: This is the name for the conversation.
        conversational_context: This is the context that will be appended to any context provided in the persona, if one is
            provided.
        custom_greeting: This is the custom greeting that the replica will give once a participant joines the conversation.
        properties: These are optional properties used to customize the conversation.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "TavusVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("personaId", "persona_id"),
        ("callbackUrl", "callback_url"),
        ("conversationName", "conversation_name"),
        ("conversationalContext", "conversational_context"),
        ("customGreeting", "custom_greeting"),
        ("properties", "properties"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["tavus"]
    voice_id: Literal["r52da2535a"] | str
    caching_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    persona_id: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    conversation_name: str | Unset = UNSET
    conversational_context: str | Unset = UNSET
    custom_greeting: str | Unset = UNSET
    properties: TavusConversationProperties | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TavusVoice_one_of_1 = _h.OneOf(("const", "r52da2535a"), ("string", {}))


def _load_TavusVoice(data: dict[str, Any], strict: bool) -> TavusVoice | dict[str, Any]:
    """TavusVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "tavus" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _TavusVoice_one_of_1(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "cachingEnabled" in data:
        v = data["cachingEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p3 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("ChunkPlan", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "personaId" in data:
        v = data["personaId"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "callbackUrl" in data:
        v = data["callbackUrl"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "conversationName" in data:
        v = data["conversationName"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "conversationalContext" in data:
        v = data["conversationalContext"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "customGreeting" in data:
        v = data["customGreeting"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "properties" in data:
        v = data["properties"]
        p9 = _FAST["TavusConversationProperties"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("TavusConversationProperties", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p10 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("FallbackPlan", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TavusVoice:
            return TavusVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TavusVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TavusVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "chunkPlan": p3,
        "personaId": p4,
        "callbackUrl": p5,
        "conversationName": p6,
        "conversationalContext": p7,
        "customGreeting": p8,
        "properties": p9,
        "fallbackPlan": p10,
    }


_KNOWN_TavusVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "chunkPlan",
        "personaId",
        "callbackUrl",
        "conversationName",
        "conversationalContext",
        "customGreeting",
        "properties",
        "fallbackPlan",
    )
)


def _to_dict_TavusVoice(self: TavusVoice) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.caching_enabled
    if v is not UNSET:
        out["cachingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice_id
    if v is not UNSET:
        out["voiceId"] = _h.dump_json(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.persona_id
    if v is not UNSET:
        out["personaId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.callback_url
    if v is not UNSET:
        out["callbackUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.conversation_name
    if v is not UNSET:
        out["conversationName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.conversational_context
    if v is not UNSET:
        out["conversationalContext"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.custom_greeting
    if v is not UNSET:
        out["customGreeting"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.properties
    if v is not UNSET:
        out["properties"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TavusVoice._fast_load = _load_TavusVoice
setattr(TavusVoice, "to_dict", _to_dict_TavusVoice)  # noqa: B010 - replaces Model.to_dict
