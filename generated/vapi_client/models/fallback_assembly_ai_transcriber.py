from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_ai_transcriber_language import AssemblyAITranscriberLanguage
    from ..models.assembly_ai_transcriber_language_codes import AssemblyAITranscriberLanguageCodes
    from ..models.assembly_ai_transcriber_mode import AssemblyAITranscriberMode
    from ..models.assembly_ai_transcriber_speech_model import AssemblyAITranscriberSpeechModel


__all__ = ["FallbackAssemblyAITranscriber"]


@_attrs_define(repr=False)
class FallbackAssemblyAITranscriber(Model):
    """FallbackAssemblyAITranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        language:
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
        mode:
        prompt: This is a prompt that provides additional context to the transcription model. Only applies to the
            `universal-3-5-pro` speech model.
        agent_context: This is context about the voice agent that guides the transcription model. Only applies to the
            `universal-3-5-pro` speech model.
        language_codes: These are language codes used to steer automatic language detection. Only applies to the
            `universal-3-5-pro` speech model.
        speech_model:
        realtime_url: The WebSocket URL that the transcriber connects to.
        word_boost: Add up to 2500 characters of custom vocabulary.
        keyterms_prompt: Keyterms prompting improves recognition accuracy for specific words and phrases.
            Can include up to 100 keyterms, each up to 50 characters.
            Costs an additional $0.04/hour on universal-streaming-english and is included at no extra cost on
            universal-3-5-pro.
        end_utterance_silence_threshold: The duration of the end utterance silence threshold in milliseconds.
        disable_partial_transcripts: Disable partial transcripts.
            Set to `true` to not receive partial transcripts. Defaults to `false`.
    """

    _schema: ClassVar[str] = "FallbackAssemblyAITranscriber"
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
    )

    provider: Literal["assembly-ai"]
    language: AssemblyAITranscriberLanguage | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    format_turns: bool | Unset = UNSET
    end_of_turn_confidence_threshold: float | Unset = UNSET
    min_end_of_turn_silence_when_confident: float | Unset = UNSET
    word_finalization_max_wait_time: float | Unset = UNSET
    max_turn_silence: float | Unset = UNSET
    vad_assisted_endpointing_enabled: bool | Unset = UNSET
    mode: AssemblyAITranscriberMode | Unset = UNSET
    prompt: str | Unset = UNSET
    agent_context: str | Unset = UNSET
    language_codes: list[AssemblyAITranscriberLanguageCodes] | Unset = UNSET
    speech_model: AssemblyAITranscriberSpeechModel | Unset = UNSET
    realtime_url: str | Unset = UNSET
    word_boost: list[str] | Unset = UNSET
    keyterms_prompt: list[str] | Unset = UNSET
    end_utterance_silence_threshold: float | Unset = UNSET
    disable_partial_transcripts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
