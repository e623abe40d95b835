from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan import AnalysisPlan
    from ..models.anthropic_model import AnthropicModel
    from ..models.anyscale_model import AnyscaleModel
    from ..models.azure_voice import AzureVoice
    from ..models.background_sound import BackgroundSound
    from ..models.cartesia_voice import CartesiaVoice
    from ..models.client_message_type import ClientMessageType
    from ..models.custom_llm_model import CustomLLMModel
    from ..models.deep_infra_model import DeepInfraModel
    from ..models.deepgram_transcriber import DeepgramTranscriber
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.first_message_mode import FirstMessageMode
    from ..models.groq_model import GroqModel
    from ..models.lmnt_voice import LMNTVoice
    from ..models.neets_voice import NeetsVoice
    from ..models.open_ai_model import OpenAIModel
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.open_router_model import OpenRouterModel
    from ..models.perplexity_ai_model import PerplexityAIModel
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.server_message_type import ServerMessageType
    from ..models.talkscriber_transcriber import TalkscriberTranscriber
    from ..models.together_ai_model import TogetherAIModel
    from ..models.twilio_voicemail_detection import TwilioVoicemailDetection
    from ..models.unknown_variants import (
        UnknownLanguageModel,
        UnknownTranscriber,
        UnknownVoice,
        UnknownVoicemailDetection,
    )


__all__ = ["CreateAssistantDTO"]


@_attrs_define(repr=False)
class CreateAssistantDTO(Model):
    """Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.

    Attributes:
        transcriber: Speech-to-text engine of an assistant, chosen by 'provider'.
        model: Large language model that drives an assistant, chosen by 'provider'.
        voice: Text-to-speech voice of an assistant, chosen by 'provider'.
        first_message_mode: Known values of CreateAssistantDTO.firstMessageMode.
        recording_enabled: Whether the call audio is recorded and made available after the call.
        hipaa_enabled: When true, recordings and transcripts are not stored, for HIPAA-sensitive calls.
        client_messages: Kinds of real-time messages forwarded to the client SDK during the call.
        server_messages: Kinds of webhook messages posted to the server URL during and after the call.
        silence_timeout_seconds: Seconds of silence on the call after which it is ended automatically.
        response_delay_seconds: Minimum seconds the assistant waits after the caller stops talking before replying.
        llm_request_delay_seconds: Seconds to wait after a transcript ending in punctuation before querying the language model.
        num_words_to_interrupt_assistant: Number of words the caller must say before the assistant stops speaking to listen.
        max_duration_seconds: Longest the call may last, in seconds, before it is ended automatically.
        background_sound: Known values of CreateAssistantDTO.backgroundSound.
        backchanneling_enabled: Whether the assistant makes short acknowledgements like 'uh-huh' while the caller is talking.
        name: Human-readable name of the assistant, also used to refer to it in transfers.
        first_message: Text the assistant says to open the conversation when it speaks first.
        voicemail_detection: Answering machine detection settings for outbound calls placed through Twilio.
        voicemail_message: Text the assistant speaks when the call reaches a voicemail box.
        end_call_message: Text the assistant speaks just before it hangs up.
        end_call_phrases: Phrases that end the call when the assistant says them.
        metadata: Arbitrary key-value data stored with the assistant for your own use.
        server_url: URL that receives this assistant's webhook messages and tool calls.
        server_url_secret: Secret sent in the x-vapi-secret header so your server can verify webhook requests.
        analysis_plan: Instructions for analysing the call after it ends: summary, data extraction and grading.
    """

    _schema: ClassVar[str] = "CreateAssistantDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("transcriber", "transcriber"),
        ("model", "model"),
        ("voice", "voice"),
        ("firstMessageMode", "first_message_mode"),
        ("recordingEnabled", "recording_enabled"),
        ("hipaaEnabled", "hipaa_enabled"),
        ("clientMessages", "client_messages"),
        ("serverMessages", "server_messages"),
        ("silenceTimeoutSeconds", "silence_timeout_seconds"),
        ("responseDelaySeconds", "response_delay_seconds"),
        ("llmRequestDelaySeconds", "llm_request_delay_seconds"),
        ("numWordsToInterruptAssistant", "num_words_to_interrupt_assistant"),
        ("maxDurationSeconds", "max_duration_seconds"),
        ("backgroundSound", "background_sound"),
        ("backchannelingEnabled", "backchanneling_enabled"),
        ("name", "name"),
        ("firstMessage", "first_message"),
        ("voicemailDetection", "voicemail_detection"),
        ("voicemailMessage", "voicemail_message"),
        ("endCallMessage", "end_call_message"),
        ("endCallPhrases", "end_call_phrases"),
        ("metadata", "metadata"),
        ("serverUrl", "server_url"),
        ("serverUrlSecret", "server_url_secret"),
        ("analysisPlan", "analysis_plan"),
    )

    transcriber: DeepgramTranscriber | TalkscriberTranscriber | UnknownTranscriber | Unset = UNSET
    model: (
        OpenAIModel
        | TogetherAIModel
        | AnyscaleModel
        | OpenRouterModel
        | PerplexityAIModel
        | DeepInfraModel
        | GroqModel
        | AnthropicModel
        | CustomLLMModel
        | UnknownLanguageModel
        | Unset
    ) = UNSET
    voice: (
        AzureVoice
        | DeepgramVoice
        | ElevenLabsVoice
        | LMNTVoice
        | NeetsVoice
        | OpenAIVoice
        | PlayHTVoice
        | RimeAIVoice
        | CartesiaVoice
        | UnknownVoice
        | Unset
    ) = UNSET
    first_message_mode: FirstMessageMode | Unset = UNSET
    recording_enabled: bool | Unset = UNSET
    hipaa_enabled: bool | Unset = UNSET
    client_messages: list[ClientMessageType] | Unset = UNSET
    server_messages: list[ServerMessageType] | Unset = UNSET
    silence_timeout_seconds: float | Unset = UNSET
    response_delay_seconds: float | Unset = UNSET
    llm_request_delay_seconds: float | Unset = UNSET
    num_words_to_interrupt_assistant: float | Unset = UNSET
    max_duration_seconds: float | Unset = UNSET
    background_sound: BackgroundSound | Unset = UNSET
    backchanneling_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    first_message: str | Unset = UNSET
    voicemail_detection: TwilioVoicemailDetection | UnknownVoicemailDetection | Unset = UNSET
    voicemail_message: str | Unset = UNSET
    end_call_message: str | Unset = UNSET
    end_call_phrases: list[str] | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    server_url: str | Unset = UNSET
    server_url_secret: str | Unset = UNSET
    analysis_plan: AnalysisPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
