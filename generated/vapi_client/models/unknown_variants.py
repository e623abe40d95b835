"""What an unknown tag of each discriminated union of the spec parses into. Generated."""

from .._unions import UnknownVariant

__all__ = [
    "UnknownKnowledgeBaseSource",
    "UnknownLanguageModel",
    "UnknownServerMessageBody",
    "UnknownTool",
    "UnknownToolMessage",
    "UnknownTranscriber",
    "UnknownTransferDestination",
    "UnknownVoice",
    "UnknownVoicemailDetection",
]


class UnknownTranscriber(UnknownVariant):
    """A Transcriber whose 'provider' is not one of: deepgram, talkscriber."""

    __slots__ = ()
    family = "Transcriber"
    tag_property = "provider"


class UnknownLanguageModel(UnknownVariant):
    """A LanguageModel whose 'provider' is not one of: openai, together-ai, anyscale, openrouter, perplexity-ai, deepinfra, groq, anthropic, custom-llm."""

    __slots__ = ()
    family = "LanguageModel"
    tag_property = "provider"


class UnknownVoice(UnknownVariant):
    """A Voice whose 'provider' is not one of: azure, deepgram, 11labs, lmnt, neets, openai, playht, rime-ai, cartesia."""

    __slots__ = ()
    family = "Voice"
    tag_property = "provider"


class UnknownTool(UnknownVariant):
    """A Tool whose 'type' is not one of: transferCall, function, endCall, dtmf, ghl, make."""

    __slots__ = ()
    family = "Tool"
    tag_property = "type"


class UnknownTransferDestination(UnknownVariant):
    """A TransferDestination whose 'type' is not one of: assistant, phoneNumber, sip."""

    __slots__ = ()
    family = "TransferDestination"
    tag_property = "type"


class UnknownToolMessage(UnknownVariant):
    """A ToolMessage whose 'type' is not one of: request-start, request-complete, request-failed, request-response-delayed."""

    __slots__ = ()
    family = "ToolMessage"
    tag_property = "type"


class UnknownVoicemailDetection(UnknownVariant):
    """A VoicemailDetection whose 'provider' is not one of: twilio."""

    __slots__ = ()
    family = "VoicemailDetection"
    tag_property = "provider"


class UnknownKnowledgeBaseSource(UnknownVariant):
    """A KnowledgeBaseSource whose 'provider' is not one of: canonical."""

    __slots__ = ()
    family = "KnowledgeBaseSource"
    tag_property = "provider"


class UnknownServerMessageBody(UnknownVariant):
    """A ServerMessageBody whose 'type' is not one of: assistant-request, function-call, status-update, transcript, hang, tool-calls, end-of-call-report, conversation-update, phone-call-control, model-output, voice-input, speech-update."""

    __slots__ = ()
    family = "ServerMessageBody"
    tag_property = "type"
