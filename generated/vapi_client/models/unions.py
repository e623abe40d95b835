"""Every discriminated union of the spec as a type alias: what a union field can hold. Generated."""

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from . import (
        AnthropicModel,
        AnyscaleModel,
        AssistantTransferDestination,
        AzureVoice,
        CartesiaVoice,
        CreateDtmfToolDTO,
        CreateEndCallToolDTO,
        CreateFunctionToolDTO,
        CreateGhlToolDTO,
        CreateMakeToolDTO,
        CreateTransferCallToolDTO,
        CustomLLMModel,
        DeepgramTranscriber,
        DeepgramVoice,
        DeepInfraModel,
        ElevenLabsVoice,
        GroqModel,
        KnowledgeBase,
        LMNTVoice,
        NeetsVoice,
        OpenAIModel,
        OpenAIVoice,
        OpenRouterModel,
        PerplexityAIModel,
        PhoneNumberTransferDestination,
        PlayHTVoice,
        RimeAIVoice,
        ServerMessageAssistantRequest,
        ServerMessageConversationUpdate,
        ServerMessageEndOfCallReport,
        ServerMessageFunctionCall,
        ServerMessageHang,
        ServerMessageModelOutput,
        ServerMessagePhoneCallControl,
        ServerMessageSpeechUpdate,
        ServerMessageStatusUpdate,
        ServerMessageToolCalls,
        ServerMessageTranscript,
        ServerMessageVoiceInput,
        SipTransferDestination,
        TalkscriberTranscriber,
        TogetherAIModel,
        ToolMessageComplete,
        ToolMessageDelayed,
        ToolMessageFailed,
        ToolMessageStart,
        TwilioVoicemailDetection,
    )
    from .unknown_variants import (
        UnknownKnowledgeBaseSource,
        UnknownLanguageModel,
        UnknownServerMessageBody,
        UnknownTool,
        UnknownToolMessage,
        UnknownTranscriber,
        UnknownTransferDestination,
        UnknownVoice,
        UnknownVoicemailDetection,
    )

__all__ = [
    "KnowledgeBaseSource",
    "LanguageModel",
    "ServerMessageBody",
    "Tool",
    "ToolMessage",
    "Transcriber",
    "TransferDestination",
    "Voice",
    "VoicemailDetection",
]

Transcriber: TypeAlias = "DeepgramTranscriber | TalkscriberTranscriber | UnknownTranscriber"

LanguageModel: TypeAlias = "OpenAIModel | TogetherAIModel | AnyscaleModel | OpenRouterModel | PerplexityAIModel | DeepInfraModel | GroqModel | AnthropicModel | CustomLLMModel | UnknownLanguageModel"

Voice: TypeAlias = "AzureVoice | DeepgramVoice | ElevenLabsVoice | LMNTVoice | NeetsVoice | OpenAIVoice | PlayHTVoice | RimeAIVoice | CartesiaVoice | UnknownVoice"

Tool: TypeAlias = "CreateTransferCallToolDTO | CreateFunctionToolDTO | CreateEndCallToolDTO | CreateDtmfToolDTO | CreateGhlToolDTO | CreateMakeToolDTO | UnknownTool"

TransferDestination: TypeAlias = "AssistantTransferDestination | PhoneNumberTransferDestination | SipTransferDestination | UnknownTransferDestination"

ToolMessage: TypeAlias = (
    "ToolMessageStart | ToolMessageComplete | ToolMessageFailed | ToolMessageDelayed | UnknownToolMessage"
)

VoicemailDetection: TypeAlias = "TwilioVoicemailDetection | UnknownVoicemailDetection"

KnowledgeBaseSource: TypeAlias = "KnowledgeBase | UnknownKnowledgeBaseSource"

ServerMessageBody: TypeAlias = "ServerMessageAssistantRequest | ServerMessageFunctionCall | ServerMessageStatusUpdate | ServerMessageTranscript | ServerMessageHang | ServerMessageToolCalls | ServerMessageEndOfCallReport | ServerMessageConversationUpdate | ServerMessagePhoneCallControl | ServerMessageModelOutput | ServerMessageVoiceInput | ServerMessageSpeechUpdate | UnknownServerMessageBody"
