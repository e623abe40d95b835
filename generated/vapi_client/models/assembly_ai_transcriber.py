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
    from ..models.assembly_ai_transcriber_language import (
        AssemblyAITranscriberLanguage,
        _AssemblyAITranscriberLanguageValues,
    )
    from ..models.assembly_ai_transcriber_language_codes import (
        AssemblyAITranscriberLanguageCodes,
        _AssemblyAITranscriberLanguageCodesValues,
    )
    from ..models.assembly_ai_transcriber_mode import AssemblyAITranscriberMode, _AssemblyAITranscriberModeValues
    from ..models.assembly_ai_transcriber_speech_model import (
        AssemblyAITranscriberSpeechModel,
        _AssemblyAITranscriberSpeechModelValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["AssemblyAITranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AssemblyAITranscriber(Model):
    """AssemblyAITranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        language: This is the language that will be set for the transcription.
        confidence_threshold: Transcripts below this confidence threshold will be discarded.

            @default 0.4
        format_turns: This enables formatting of transcripts.

            @default true
        end_of_turn_confidence_threshold: This is the end of turn confidence threshold. The minimum confidence that the end of turn is
            detected.
            Note: Only used if startSpeakingPlan.smartEndpointingPlan is not set.
            @min 0
            @max 1
            @default 0.7
        min_end_of_turn_silence_when_confident: This is the minimum end of turn silence when confident in milliseconds.
            Note: Only used if startSpeakingPlan.smartEndpointingPlan is not set.
            @default 160
        word_finalization_max_wait_time:
        max_turn_silence: This is the maximum turn silence time in milliseconds.
            Note: Only used if startSpeakingPlan.smartEndpointingPlan is not set.
            @default 400
        vad_assisted_endpointing_enabled: Use VAD to assist with endpointing decisions from the transcriber.
            When enabled, transcriber endpointing will be buffered if VAD detects the user is still speaking,
            preventing premature turn-taking.
            When disabled, transcriber endpointing will be used immediately regardless of VAD state, allowing
            for quicker but more aggressive turn-taking.
            Note: Only used if startSpeakingPlan.smartEndpointingPlan is not set.

            @default true
        mode: This is the transcription mode used by the `universal-3-5-pro` speech model. Only applies to the
            `universal-3-5-pro` speech model.

            @default 'balanced'
        prompt: This is a prompt that provides additional context to the transcription model. Only applies to the
            `universal-3-5-pro` speech model.
        agent_context: This is context about the voice agent that guides the transcription model. Only applies to the
            `universal-3-5-pro` speech model.
        language_codes: These are language codes used to steer automatic language detection. Only applies to the
            `universal-3-5-pro` speech model.
        speech_model: This is the speech model used for the streaming session.
            Keyterms prompting is supported on universal-streaming-english and universal-3-5-pro.
            universal-3-5-pro is AssemblyAI's most accurate voice-agent model.
            @default 'universal-streaming-english'
        realtime_url: The WebSocket URL that the transcriber connects to.
        word_boost: Add up to 2500 characters of custom vocabulary.
        keyterms_prompt: Keyterms prompting improves recognition accuracy for specific words and phrases.
            Can include up to 100 keyterms, each up to 50 characters.
            Costs an additional $0.04/hour on universal-streaming-english and is included at no extra cost on
            universal-3-5-pro.
        end_utterance_silence_threshold: The duration of the end utterance silence threshold in milliseconds.
        disable_partial_transcripts: Disable partial transcripts.
            Set to `true` to not receive partial transcripts. Defaults to `false`.
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
    """

    _schema: ClassVar[str] = "AssemblyAITranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("language", "language"),
        ("confidenceThreshold", "confidence_threshold"),
        ("formatTurns", "format_turns"),
        ("endOfTurnConfidenceThreshold", "end_of_turn_confidence_threshold"),
        ("minEndOfTurnSilenceWhenConfident", "min_end_of_turn_silence_when_confident"),
        ("wordFinalizationMaxWaitTime", "word_finalization_max_wait_time"),
        ("maxTurnSilence", "max_turn_silence"),
        ("vadAssistedEndpointingEnabled", "vad_assisted_endpointing_enabled"),
        ("mode", "mode"),
        ("prompt", "prompt"),
        ("agentContext", "agent_context"),
        ("languageCodes", "language_codes"),
        ("speechModel", "speech_model"),
        ("realtimeUrl", "realtime_url"),
        ("wordBoost", "word_boost"),
        ("keytermsPrompt", "keyterms_prompt"),
        ("endUtteranceSilenceThreshold", "end_utterance_silence_threshold"),
        ("disablePartialTranscripts", "disable_partial_transcripts"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["assembly-ai"]
    language: AssemblyAITranscriberLanguage | _AssemblyAITranscriberLanguageValues | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    format_turns: bool | Unset = UNSET
    end_of_turn_confidence_threshold: float | Unset = UNSET
    min_end_of_turn_silence_when_confident: float | Unset = UNSET
    word_finalization_max_wait_time: float | Unset = UNSET
    max_turn_silence: float | Unset = UNSET
    vad_assisted_endpointing_enabled: bool | Unset = UNSET
    mode: AssemblyAITranscriberMode | _AssemblyAITranscriberModeValues | Unset = UNSET
    prompt: str | Unset = UNSET
    agent_context: str | Unset = UNSET
    language_codes: list[AssemblyAITranscriberLanguageCodes | _AssemblyAITranscriberLanguageCodesValues] | Unset = UNSET
    speech_model: AssemblyAITranscriberSpeechModel | _AssemblyAITranscriberSpeechModelValues | Unset = UNSET
    realtime_url: str | Unset = UNSET
    word_boost: list[str] | Unset = UNSET
    keyterms_prompt: list[str] | Unset = UNSET
    end_utterance_silence_threshold: float | Unset = UNSET
    disable_partial_transcripts: bool | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_AssemblyAITranscriber_items_6 = _h.Items(("enum", "AssemblyAITranscriberLanguageCodes", False))


def _load_AssemblyAITranscriber(data: dict[str, Any], strict: bool) -> AssemblyAITranscriber | dict[str, Any]:
    """AssemblyAITranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    p16: Any = unset
    p17: Any = unset
    p18: Any = unset
    p19: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "assembly-ai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "language" in data:
        v = data["language"]
        p1 = _MEMBERS["AssemblyAITranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("AssemblyAITranscriberLanguage", v)
        if p1 is _S:
            slow = True
    if "confidenceThreshold" in data:
        v = data["confidenceThreshold"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p2 is _S:
            slow = True
    if "formatTurns" in data:
        v = data["formatTurns"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "endOfTurnConfidenceThreshold" in data:
        v = data["endOfTurnConfidenceThreshold"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p4 is _S:
            slow = True
    if "minEndOfTurnSilenceWhenConfident" in data:
        v = data["minEndOfTurnSilenceWhenConfident"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p5 is _S:
            slow = True
    if "wordFinalizationMaxWaitTime" in data:
        v = data["wordFinalizationMaxWaitTime"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p6 is _S:
            slow = True
    if "maxTurnSilence" in data:
        v = data["maxTurnSilence"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p7 is _S:
            slow = True
    if "vadAssistedEndpointingEnabled" in data:
        v = data["vadAssistedEndpointingEnabled"]
        p8 = v if (v is True or v is False) else _S
        if p8 is _S:
            slow = True
    if "mode" in data:
        v = data["mode"]
        p9 = _MEMBERS["AssemblyAITranscriberMode"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and not strict:
            p9 = _h.open_member("AssemblyAITranscriberMode", v)
        if p9 is _S:
            slow = True
    if "prompt" in data:
        v = data["prompt"]
        p10 = v if type(v) is str and len(v) <= 1750 else _S
        if p10 is _S:
            slow = True
    if "agentContext" in data:
        v = data["agentContext"]
        p11 = v if type(v) is str and len(v) <= 1750 else _S
        if p11 is _S:
            slow = True
    if "languageCodes" in data:
        v = data["languageCodes"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["AssemblyAITranscriberLanguageCodes"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("AssemblyAITranscriberLanguageCodes", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p12 = _R(_AssemblyAITranscriber_items_6, out3) if resume5 else out3
        else:
            p12 = _S
        if p12 is _S or type(p12) is _R:
            slow = True
    if "speechModel" in data:
        v = data["speechModel"]
        p13 = _MEMBERS["AssemblyAITranscriberSpeechModel"].get(v, _S) if type(v) is str else _S
        if p13 is _S and type(v) is str and True:
            p13 = _h.open_member("AssemblyAITranscriberSpeechModel", v)
        if p13 is _S:
            slow = True
    if "realtimeUrl" in data:
        v = data["realtimeUrl"]
        p14 = v if type(v) is str else _S
        if p14 is _S:
            slow = True
    if "wordBoost" in data:
        v = data["wordBoost"]
        p15 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 2500 for e in v) else _S
        if p15 is _S:
            slow = True
    if "keytermsPrompt" in data:
        v = data["keytermsPrompt"]
        p16 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 50 for e in v) else _S
        if p16 is _S:
            slow = True
    if "endUtteranceSilenceThreshold" in data:
        v = data["endUtteranceSilenceThreshold"]
        p17 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p17 is _S:
            slow = True
    if "disablePartialTranscripts" in data:
        v = data["disablePartialTranscripts"]
        p18 = v if (v is True or v is False) else _S
        if p18 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p19 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p19) is dict:  # loaded in part: the generic loader finishes it
            p19 = _R("FallbackTranscriberPlan", p19)
        if p19 is _S or type(p19) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssemblyAITranscriber:
            return AssemblyAITranscriber(
                p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssemblyAITranscriber(
                p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AssemblyAITranscriber}
            return obj
    return {
        "provider": p0,
        "language": p1,
        "confidenceThreshold": p2,
        "formatTurns": p3,
        "endOfTurnConfidenceThreshold": p4,
        "minEndOfTurnSilenceWhenConfident": p5,
        "wordFinalizationMaxWaitTime": p6,
        "maxTurnSilence": p7,
        "vadAssistedEndpointingEnabled": p8,
        "mode": p9,
        "prompt": p10,
        "agentContext": p11,
        "languageCodes": p12,
        "speechModel": p13,
        "realtimeUrl": p14,
        "wordBoost": p15,
        "keytermsPrompt": p16,
        "endUtteranceSilenceThreshold": p17,
        "disablePartialTranscripts": p18,
        "fallbackPlan": p19,
    }


_KNOWN_AssemblyAITranscriber = frozenset(
    (
        "provider",
        "language",
        "confidenceThreshold",
        "formatTurns",
        "endOfTurnConfidenceThreshold",
        "minEndOfTurnSilenceWhenConfident",
        "wordFinalizationMaxWaitTime",
        "maxTurnSilence",
        "vadAssistedEndpointingEnabled",
        "mode",
        "prompt",
        "agentContext",
        "languageCodes",
        "speechModel",
        "realtimeUrl",
        "wordBoost",
        "keytermsPrompt",
        "endUtteranceSilenceThreshold",
        "disablePartialTranscripts",
        "fallbackPlan",
    )
)


def _to_dict_AssemblyAITranscriber(self: AssemblyAITranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.confidence_threshold
    if v is not UNSET:
        out["confidenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.format_turns
    if v is not UNSET:
        out["formatTurns"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.end_of_turn_confidence_threshold
    if v is not UNSET:
        out["endOfTurnConfidenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.min_end_of_turn_silence_when_confident
    if v is not UNSET:
        out["minEndOfTurnSilenceWhenConfident"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.word_finalization_max_wait_time
    if v is not UNSET:
        out["wordFinalizationMaxWaitTime"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_turn_silence
    if v is not UNSET:
        out["maxTurnSilence"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.vad_assisted_endpointing_enabled
    if v is not UNSET:
        out["vadAssistedEndpointingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.mode
    if v is not UNSET:
        out["mode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.prompt
    if v is not UNSET:
        out["prompt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.agent_context
    if v is not UNSET:
        out["agentContext"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language_codes
    if v is not UNSET:
        out["languageCodes"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.speech_model
    if v is not UNSET:
        out["speechModel"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.realtime_url
    if v is not UNSET:
        out["realtimeUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.word_boost
    if v is not UNSET:
        out["wordBoost"] = _h.fresh(v)
    v = self.keyterms_prompt
    if v is not UNSET:
        out["keytermsPrompt"] = _h.fresh(v)
    v = self.end_utterance_silence_threshold
    if v is not UNSET:
        out["endUtteranceSilenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.disable_partial_transcripts
    if v is not UNSET:
        out["disablePartialTranscripts"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssemblyAITranscriber._fast_load = _load_AssemblyAITranscriber
setattr(AssemblyAITranscriber, "to_dict", _to_dict_AssemblyAITranscriber)  # noqa: B010 - replaces Model.to_dict
