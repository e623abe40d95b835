# Generated from openapi.yaml by `nox -s generate`: do not edit.
"""Every discriminated union of the spec as a type alias: what a union field can hold. Generated."""

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from . import (
        AIEdgeCondition,
        AnalysisCost,
        AnthropicBedrockModel,
        AnthropicModel,
        AnyscaleModel,
        AssemblyAITranscriber,
        AssistantCustomEndpointingRule,
        AssistantMessage,
        AssistantSpeechWordAlignmentTiming,
        AssistantSpeechWordProgressTiming,
        AWSIAMCredentialsAuthenticationPlan,
        AWSStsAuthenticationPlan,
        AzureSpeechTranscriber,
        AzureVoice,
        BashToolWithToolCall,
        BearerAuthenticationPlan,
        BothCustomEndpointingRule,
        BotMessage,
        CartesiaTranscriber,
        CartesiaVoice,
        CerebrasModel,
        ChatCost,
        ComputerToolWithToolCall,
        ContextEngineeringPlanAll,
        ContextEngineeringPlanLastNMessages,
        ContextEngineeringPlanNone,
        ContextEngineeringPlanPreviousAssistantMessages,
        ContextEngineeringPlanUserAndAssistantMessages,
        ConversationNode,
        CreateAnthropicBedrockCredentialDTO,
        CreateAnthropicCredentialDTO,
        CreateAnyscaleCredentialDTO,
        CreateApiRequestToolDTO,
        CreateAssemblyAICredentialDTO,
        CreateAzureCredentialDTO,
        CreateAzureOpenAICredentialDTO,
        CreateBashToolDTO,
        CreateByoPhoneNumberDTO,
        CreateByoSipTrunkCredentialDTO,
        CreateCartesiaCredentialDTO,
        CreateCerebrasCredentialDTO,
        CreateCloudflareCredentialDTO,
        CreateCodeToolDTO,
        CreateComputerToolDTO,
        CreateCustomCredentialDTO,
        CreateCustomKnowledgeBaseDTO,
        CreateCustomLLMCredentialDTO,
        CreateDeepgramCredentialDTO,
        CreateDeepInfraCredentialDTO,
        CreateDeepSeekCredentialDTO,
        CreateDtmfToolDTO,
        CreateElevenLabsCredentialDTO,
        CreateEmailCredentialDTO,
        CreateEndCallToolDTO,
        CreateFunctionToolDTO,
        CreateGcpCredentialDTO,
        CreateGladiaCredentialDTO,
        CreateGoHighLevelCalendarAvailabilityToolDTO,
        CreateGoHighLevelCalendarEventCreateToolDTO,
        CreateGoHighLevelContactCreateToolDTO,
        CreateGoHighLevelContactGetToolDTO,
        CreateGoHighLevelCredentialDTO,
        CreateGoHighLevelMCPCredentialDTO,
        CreateGoogleCalendarCheckAvailabilityToolDTO,
        CreateGoogleCalendarCreateEventToolDTO,
        CreateGoogleCalendarOAuth2AuthorizationCredentialDTO,
        CreateGoogleCalendarOAuth2ClientCredentialDTO,
        CreateGoogleCredentialDTO,
        CreateGoogleSheetsOAuth2AuthorizationCredentialDTO,
        CreateGoogleSheetsRowAppendToolDTO,
        CreateGroqCredentialDTO,
        CreateHandoffToolDTO,
        CreateHumeCredentialDTO,
        CreateInflectionAICredentialDTO,
        CreateInworldCredentialDTO,
        CreateLangfuseCredentialDTO,
        CreateLmntCredentialDTO,
        CreateMakeCredentialDTO,
        CreateMcpToolDTO,
        CreateMicrosoftCredentialDTO,
        CreateMinimaxCredentialDTO,
        CreateMistralCredentialDTO,
        CreateNeuphonicCredentialDTO,
        CreateOpenAICredentialDTO,
        CreateOpenRouterCredentialDTO,
        CreatePerplexityAICredentialDTO,
        CreatePlayHTCredentialDTO,
        CreateQueryToolDTO,
        CreateRimeAICredentialDTO,
        CreateRunpodCredentialDTO,
        CreateS3CompatibleCredentialDTO,
        CreateS3CredentialDTO,
        CreateSipRequestToolDTO,
        CreateSlackOAuth2AuthorizationCredentialDTO,
        CreateSlackSendMessageToolDTO,
        CreateSlackWebhookCredentialDTO,
        CreateSmallestAICredentialDTO,
        CreateSmsToolDTO,
        CreateSonioxCredentialDTO,
        CreateSpeechmaticsCredentialDTO,
        CreateSupabaseCredentialDTO,
        CreateTavusCredentialDTO,
        CreateTelnyxPhoneNumberDTO,
        CreateTextEditorToolDTO,
        CreateTogetherAICredentialDTO,
        CreateTransferCallToolDTO,
        CreateTwilioCredentialDTO,
        CreateTwilioPhoneNumberDTO,
        CreateVapiPhoneNumberDTO,
        CreateVoicemailToolDTO,
        CreateVonageCredentialDTO,
        CreateVonagePhoneNumberDTO,
        CreateWebhookCredentialDTO,
        CreateWellSaidCredentialDTO,
        CreateXAiCredentialDTO,
        CustomerCustomEndpointingRule,
        CustomLLMModel,
        CustomMessage,
        CustomTranscriber,
        CustomVoice,
        DeepgramTranscriber,
        DeepgramVoice,
        DeepInfraModel,
        DeepSeekModel,
        DeveloperMessage,
        ElevenLabsTranscriber,
        ElevenLabsVoice,
        EndedReasonCondition,
        ExactReplacement,
        FallbackAssemblyAITranscriber,
        FallbackAzureSpeechTranscriber,
        FallbackAzureVoice,
        FallbackCartesiaTranscriber,
        FallbackCartesiaVoice,
        FallbackCustomTranscriber,
        FallbackCustomVoice,
        FallbackDeepgramTranscriber,
        FallbackDeepgramVoice,
        FallbackElevenLabsTranscriber,
        FallbackElevenLabsVoice,
        FallbackGladiaTranscriber,
        FallbackGoogleTranscriber,
        FallbackHumeVoice,
        FallbackInworldVoice,
        FallbackLMNTVoice,
        FallbackMicrosoftVoice,
        FallbackNeuphonicVoice,
        FallbackOpenAITranscriber,
        FallbackOpenAIVoice,
        FallbackPlayHTVoice,
        FallbackRimeAIVoice,
        FallbackSesameVoice,
        FallbackSmallestAIVoice,
        FallbackSonioxTranscriber,
        FallbackSpeechmaticsTranscriber,
        FallbackTalkscriberTranscriber,
        FallbackTavusVoice,
        FallbackVapiVoice,
        FallbackWellSaidVoice,
        FallbackXaiTranscriber,
        FallbackXaiVoice,
        FunctionToolWithToolCall,
        GhlToolWithToolCall,
        GladiaTranscriber,
        GoogleCalendarCreateEventToolWithToolCall,
        GoogleModel,
        GoogleTranscriber,
        GoogleVoicemailDetectionPlan,
        GroqModel,
        GroupCondition,
        HandoffDestinationAssistant,
        HandoffDestinationDynamic,
        HandoffDestinationSquad,
        HMACAuthenticationPlan,
        HumeVoice,
        InflectionAIModel,
        InworldVoice,
        KnowledgeBaseCost,
        LangfuseObservabilityPlan,
        LiquidCondition,
        LMNTVoice,
        MakeToolWithToolCall,
        MessageAddHookAction,
        MicrosoftVoice,
        MinCallDurationCondition,
        MinimaxLLMModel,
        MinimaxVoice,
        MinMessagesCondition,
        ModelCost,
        NeuphonicVoice,
        OAuth2AuthenticationPlan,
        OpenAIModel,
        OpenAITranscriber,
        OpenAIVoice,
        OpenAIVoicemailDetectionPlan,
        OpenRouterModel,
        PerplexityAIModel,
        PlayHTVoice,
        PublicKeyEncryptionPlan,
        RecordingConsentPlanStayOnLine,
        RecordingConsentPlanVerbal,
        RegexCondition,
        RegexReplacement,
        RimeAIVoice,
        SayHookAction,
        SayPhoneNumberHookAction,
        ServerMessageAssistantRequest,
        ServerMessageAssistantSpeech,
        ServerMessageCallArtifactUpload,
        ServerMessageCallDeleted,
        ServerMessageCallDeleteFailed,
        ServerMessageCallEndpointingRequest,
        ServerMessageCampaignPredial,
        ServerMessageChatCreated,
        ServerMessageChatDeleted,
        ServerMessageConversationUpdate,
        ServerMessageEndOfCallReport,
        ServerMessageHandoffDestinationRequest,
        ServerMessageHang,
        ServerMessageKnowledgeBaseRequest,
        ServerMessageLanguageChangeDetected,
        ServerMessageModelOutput,
        ServerMessagePhoneCallControl,
        ServerMessageSessionCreated,
        ServerMessageSessionDeleted,
        ServerMessageSessionUpdated,
        ServerMessageSpeechUpdate,
        ServerMessageStatusUpdate,
        ServerMessageToolCalls,
        ServerMessageTranscript,
        ServerMessageTransferDestinationRequest,
        ServerMessageTransferUpdate,
        ServerMessageUserInterrupted,
        ServerMessageVoiceInput,
        ServerMessageVoiceRequest,
        SesameVoice,
        SessionCost,
        SmallestAIVoice,
        SonioxTranscriber,
        SpeechmaticsTranscriber,
        SpkiPemPublicKeyConfig,
        SystemMessage,
        TalkscriberTranscriber,
        TavusVoice,
        TelnyxTransport,
        TextContent,
        TextEditorToolWithToolCall,
        TogetherAIModel,
        ToolCallHookAction,
        ToolCallMessage,
        ToolCallResultMessage,
        ToolMessage,
        ToolMessageComplete,
        ToolMessageDelayed,
        ToolMessageFailed,
        ToolMessageStart,
        ToolNode,
        TranscriberCost,
        TransferDestinationAssistant,
        TransferDestinationNumber,
        TransferDestinationSip,
        TransferPhoneNumberHookAction,
        TransportConfigurationTwilio,
        TransportCost,
        TwilioTransport,
        TwilioVoicemailDetectionPlan,
        UserMessage,
        VapiCost,
        VapiModel,
        VapiSipTransport,
        VapiTranscriber,
        VapiVoice,
        VapiVoicemailDetectionPlan,
        VapiWebCallTransport,
        VapiWebsocketTransport,
        VoiceCost,
        VoicemailDetectionCost,
        VonageTransport,
        WellSaidVoice,
        WorkflowAnthropicBedrockModel,
        WorkflowAnthropicModel,
        WorkflowCustomModel,
        WorkflowGoogleModel,
        WorkflowOpenAIModel,
        XaiModel,
        XaiTranscriber,
        XaiVoice,
    )
    from .unknown_variants import (
        UnknownAnthropicBedrockModelKnowledgeBase,
        UnknownAssistantModel,
        UnknownAuthenticationPlan,
        UnknownBashToolWithToolCallMessages,
        UnknownCallHookCallEndingDo,
        UnknownChatCosts,
        UnknownChatInput,
        UnknownContent,
        UnknownContextEngineeringPlan,
        UnknownConversationMessage,
        UnknownCost,
        UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan,
        UnknownCreateHandoffToolDTODestinations,
        UnknownCreateStructuredOutputDTOConditions,
        UnknownCredential,
        UnknownCustomEndpointingRule,
        UnknownDestination,
        UnknownDo,
        UnknownEdgeCondition,
        UnknownEncryptionPlan,
        UnknownFallbackPlanVoices,
        UnknownFallbackTranscriberPlanTranscribers,
        UnknownGroupConditionConditions,
        UnknownMessage,
        UnknownNode,
        UnknownObservabilityPlan,
        UnknownPhoneNumber,
        UnknownPhoneNumberHookCallEndingDo,
        UnknownPublicKey,
        UnknownRecordingConsentPlan,
        UnknownReplacement,
        UnknownServerMessageBody,
        UnknownSessionCosts,
        UnknownSessionCreatedHookDo,
        UnknownTiming,
        UnknownTool,
        UnknownToolCallResultMessageUnion,
        UnknownToolWithToolCallList,
        UnknownTranscriber,
        UnknownTransferDestination,
        UnknownTransferPlanContextEngineeringPlan,
        UnknownTransport,
        UnknownTransportConfiguration,
        UnknownVoice,
        UnknownVoicemailDetection,
        UnknownWorkflowModel,
    )

__all__ = [
    "AnthropicBedrockModelKnowledgeBase",
    "AssistantModel",
    "AssistantOverridesModel",
    "AuthenticationPlan",
    "BashToolWithToolCallMessages",
    "CallHookCallEndingDo",
    "ChatCosts",
    "ChatInput",
    "Content",
    "ContextEngineeringPlan",
    "ConversationMessage",
    "Cost",
    "CreateAnthropicBedrockCredentialDTOAuthenticationPlan",
    "CreateHandoffToolDTODestinations",
    "CreateStructuredOutputDTOConditions",
    "Credential",
    "CustomEndpointingRule",
    "Destination",
    "Do",
    "EdgeCondition",
    "EncryptionPlan",
    "FallbackPlanVoices",
    "FallbackTranscriberPlanTranscribers",
    "GroupConditionConditions",
    "LanguageModel",
    "Message",
    "Node",
    "ObservabilityPlan",
    "PhoneNumber",
    "PhoneNumberHookCallEndingDo",
    "PublicKey",
    "RecordingConsentPlan",
    "Replacement",
    "ServerMessageBody",
    "SessionCosts",
    "SessionCreatedHookDo",
    "Timing",
    "Tool",
    "ToolCallResultMessage2",
    "ToolCallResultMessageUnion",
    "ToolWithToolCallList",
    "Transcriber",
    "TransferDestination",
    "TransferPlanContextEngineeringPlan",
    "Transport",
    "TransportConfiguration",
    "Voice",
    "VoicemailDetection",
    "WorkflowModel",
]

AnthropicBedrockModelKnowledgeBase: TypeAlias = (
    "CreateCustomKnowledgeBaseDTO | UnknownAnthropicBedrockModelKnowledgeBase"
)

AssistantModel: TypeAlias = "AnthropicModel | AnthropicBedrockModel | AnyscaleModel | CerebrasModel | CustomLLMModel | DeepInfraModel | DeepSeekModel | GoogleModel | GroqModel | InflectionAIModel | MinimaxLLMModel | OpenAIModel | OpenRouterModel | PerplexityAIModel | TogetherAIModel | XaiModel | VapiModel | UnknownAssistantModel"

AuthenticationPlan: TypeAlias = (
    "OAuth2AuthenticationPlan | HMACAuthenticationPlan | BearerAuthenticationPlan | UnknownAuthenticationPlan"
)

BashToolWithToolCallMessages: TypeAlias = "ToolMessageStart | ToolMessageComplete | ToolMessageFailed | ToolMessageDelayed | UnknownBashToolWithToolCallMessages"

CallHookCallEndingDo: TypeAlias = "ToolCallHookAction | MessageAddHookAction | UnknownCallHookCallEndingDo"

ChatCosts: TypeAlias = "ModelCost | ChatCost | UnknownChatCosts"

ChatInput: TypeAlias = (
    "SystemMessage | UserMessage | AssistantMessage | ToolMessage | DeveloperMessage | UnknownChatInput"
)

Content: TypeAlias = "TextContent | UnknownContent"

ContextEngineeringPlan: TypeAlias = "ContextEngineeringPlanLastNMessages | ContextEngineeringPlanNone | ContextEngineeringPlanAll | ContextEngineeringPlanUserAndAssistantMessages | ContextEngineeringPlanPreviousAssistantMessages | UnknownContextEngineeringPlan"

ConversationMessage: TypeAlias = (
    "UserMessage | SystemMessage | BotMessage | ToolCallMessage | ToolCallResultMessage | UnknownConversationMessage"
)

Cost: TypeAlias = "TransportCost | TranscriberCost | ModelCost | VoiceCost | VapiCost | VoicemailDetectionCost | AnalysisCost | KnowledgeBaseCost | UnknownCost"

CreateAnthropicBedrockCredentialDTOAuthenticationPlan: TypeAlias = "AWSIAMCredentialsAuthenticationPlan | AWSStsAuthenticationPlan | UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan"

CreateHandoffToolDTODestinations: TypeAlias = "HandoffDestinationAssistant | HandoffDestinationDynamic | HandoffDestinationSquad | UnknownCreateHandoffToolDTODestinations"

CreateStructuredOutputDTOConditions: TypeAlias = "MinMessagesCondition | MinCallDurationCondition | EndedReasonCondition | UnknownCreateStructuredOutputDTOConditions"

Credential: TypeAlias = "CreateAnthropicCredentialDTO | CreateAnthropicBedrockCredentialDTO | CreateAnyscaleCredentialDTO | CreateAssemblyAICredentialDTO | CreateAzureCredentialDTO | CreateAzureOpenAICredentialDTO | CreateByoSipTrunkCredentialDTO | CreateCartesiaCredentialDTO | CreateCerebrasCredentialDTO | CreateCloudflareCredentialDTO | CreateCustomLLMCredentialDTO | CreateDeepgramCredentialDTO | CreateDeepInfraCredentialDTO | CreateDeepSeekCredentialDTO | CreateElevenLabsCredentialDTO | CreateGcpCredentialDTO | CreateGladiaCredentialDTO | CreateGoHighLevelCredentialDTO | CreateGoogleCredentialDTO | CreateGroqCredentialDTO | CreateHumeCredentialDTO | CreateInflectionAICredentialDTO | CreateLangfuseCredentialDTO | CreateLmntCredentialDTO | CreateMakeCredentialDTO | CreateMistralCredentialDTO | CreateNeuphonicCredentialDTO | CreateOpenAICredentialDTO | CreateOpenRouterCredentialDTO | CreatePerplexityAICredentialDTO | CreatePlayHTCredentialDTO | CreateRimeAICredentialDTO | CreateRunpodCredentialDTO | CreateS3CredentialDTO | CreateS3CompatibleCredentialDTO | CreateSmallestAICredentialDTO | CreateSpeechmaticsCredentialDTO | CreateSonioxCredentialDTO | CreateSupabaseCredentialDTO | CreateTavusCredentialDTO | CreateTogetherAICredentialDTO | CreateTwilioCredentialDTO | CreateVonageCredentialDTO | CreateWebhookCredentialDTO | CreateCustomCredentialDTO | CreateXAiCredentialDTO | CreateMicrosoftCredentialDTO | CreateGoogleCalendarOAuth2ClientCredentialDTO | CreateGoogleCalendarOAuth2AuthorizationCredentialDTO | CreateGoogleSheetsOAuth2AuthorizationCredentialDTO | CreateSlackOAuth2AuthorizationCredentialDTO | CreateGoHighLevelMCPCredentialDTO | CreateInworldCredentialDTO | CreateMinimaxCredentialDTO | CreateWellSaidCredentialDTO | CreateEmailCredentialDTO | CreateSlackWebhookCredentialDTO | UnknownCredential"

CustomEndpointingRule: TypeAlias = "AssistantCustomEndpointingRule | CustomerCustomEndpointingRule | BothCustomEndpointingRule | UnknownCustomEndpointingRule"

Destination: TypeAlias = "TransferDestinationNumber | TransferDestinationSip | UnknownDestination"

Do: TypeAlias = "SayHookAction | ToolCallHookAction | MessageAddHookAction | UnknownDo"

EdgeCondition: TypeAlias = "AIEdgeCondition | UnknownEdgeCondition"

EncryptionPlan: TypeAlias = "PublicKeyEncryptionPlan | UnknownEncryptionPlan"

FallbackPlanVoices: TypeAlias = "FallbackAzureVoice | FallbackCartesiaVoice | FallbackHumeVoice | FallbackCustomVoice | FallbackDeepgramVoice | FallbackElevenLabsVoice | FallbackVapiVoice | FallbackLMNTVoice | FallbackOpenAIVoice | FallbackPlayHTVoice | FallbackWellSaidVoice | FallbackRimeAIVoice | FallbackSmallestAIVoice | FallbackTavusVoice | FallbackNeuphonicVoice | FallbackSesameVoice | FallbackInworldVoice | FallbackXaiVoice | FallbackMicrosoftVoice | UnknownFallbackPlanVoices"

FallbackTranscriberPlanTranscribers: TypeAlias = "FallbackAssemblyAITranscriber | FallbackAzureSpeechTranscriber | FallbackCustomTranscriber | FallbackDeepgramTranscriber | FallbackElevenLabsTranscriber | FallbackGladiaTranscriber | FallbackGoogleTranscriber | FallbackTalkscriberTranscriber | FallbackSpeechmaticsTranscriber | FallbackOpenAITranscriber | FallbackCartesiaTranscriber | FallbackSonioxTranscriber | FallbackXaiTranscriber | UnknownFallbackTranscriberPlanTranscribers"

GroupConditionConditions: TypeAlias = (
    "RegexCondition | LiquidCondition | GroupCondition | UnknownGroupConditionConditions"
)

Message: TypeAlias = "CustomMessage | UnknownMessage"

Node: TypeAlias = "ConversationNode | ToolNode | UnknownNode"

ObservabilityPlan: TypeAlias = "LangfuseObservabilityPlan | UnknownObservabilityPlan"

PhoneNumber: TypeAlias = "CreateByoPhoneNumberDTO | CreateTwilioPhoneNumberDTO | CreateVonagePhoneNumberDTO | CreateVapiPhoneNumberDTO | CreateTelnyxPhoneNumberDTO | UnknownPhoneNumber"

PhoneNumberHookCallEndingDo: TypeAlias = (
    "TransferPhoneNumberHookAction | SayPhoneNumberHookAction | UnknownPhoneNumberHookCallEndingDo"
)

PublicKey: TypeAlias = "SpkiPemPublicKeyConfig | UnknownPublicKey"

RecordingConsentPlan: TypeAlias = (
    "RecordingConsentPlanStayOnLine | RecordingConsentPlanVerbal | UnknownRecordingConsentPlan"
)

Replacement: TypeAlias = "ExactReplacement | RegexReplacement | UnknownReplacement"

ServerMessageBody: TypeAlias = "ServerMessageAssistantRequest | ServerMessageConversationUpdate | ServerMessageEndOfCallReport | ServerMessageHandoffDestinationRequest | ServerMessageHang | ServerMessageKnowledgeBaseRequest | ServerMessageModelOutput | ServerMessagePhoneCallControl | ServerMessageSpeechUpdate | ServerMessageStatusUpdate | ServerMessageToolCalls | ServerMessageTransferDestinationRequest | ServerMessageTransferUpdate | ServerMessageTranscript | ServerMessageTranscript | ServerMessageUserInterrupted | ServerMessageLanguageChangeDetected | ServerMessageVoiceInput | ServerMessageAssistantSpeech | ServerMessageVoiceRequest | ServerMessageCallEndpointingRequest | ServerMessageChatCreated | ServerMessageChatDeleted | ServerMessageSessionCreated | ServerMessageSessionUpdated | ServerMessageSessionDeleted | ServerMessageCallDeleted | ServerMessageCallDeleteFailed | ServerMessageCallArtifactUpload | ServerMessageCampaignPredial | UnknownServerMessageBody"

SessionCosts: TypeAlias = "ModelCost | AnalysisCost | SessionCost | UnknownSessionCosts"

SessionCreatedHookDo: TypeAlias = "ToolCallHookAction | UnknownSessionCreatedHookDo"

Timing: TypeAlias = "AssistantSpeechWordAlignmentTiming | AssistantSpeechWordProgressTiming | UnknownTiming"

Tool: TypeAlias = "CreateApiRequestToolDTO | CreateBashToolDTO | CreateCodeToolDTO | CreateComputerToolDTO | CreateDtmfToolDTO | CreateEndCallToolDTO | CreateFunctionToolDTO | CreateGoHighLevelCalendarAvailabilityToolDTO | CreateGoHighLevelCalendarEventCreateToolDTO | CreateGoHighLevelContactCreateToolDTO | CreateGoHighLevelContactGetToolDTO | CreateGoogleCalendarCheckAvailabilityToolDTO | CreateGoogleCalendarCreateEventToolDTO | CreateGoogleSheetsRowAppendToolDTO | CreateHandoffToolDTO | CreateMcpToolDTO | CreateQueryToolDTO | CreateSlackSendMessageToolDTO | CreateSmsToolDTO | CreateTextEditorToolDTO | CreateTransferCallToolDTO | CreateSipRequestToolDTO | CreateVoicemailToolDTO | UnknownTool"

ToolCallResultMessageUnion: TypeAlias = "ToolMessageComplete | ToolMessageFailed | UnknownToolCallResultMessageUnion"

ToolWithToolCallList: TypeAlias = "FunctionToolWithToolCall | GhlToolWithToolCall | MakeToolWithToolCall | BashToolWithToolCall | ComputerToolWithToolCall | TextEditorToolWithToolCall | GoogleCalendarCreateEventToolWithToolCall | UnknownToolWithToolCallList"

Transcriber: TypeAlias = "AssemblyAITranscriber | AzureSpeechTranscriber | CustomTranscriber | DeepgramTranscriber | ElevenLabsTranscriber | GladiaTranscriber | GoogleTranscriber | SpeechmaticsTranscriber | TalkscriberTranscriber | OpenAITranscriber | CartesiaTranscriber | SonioxTranscriber | XaiTranscriber | VapiTranscriber | UnknownTranscriber"

TransferDestination: TypeAlias = (
    "TransferDestinationAssistant | TransferDestinationNumber | TransferDestinationSip | UnknownTransferDestination"
)

TransferPlanContextEngineeringPlan: TypeAlias = "ContextEngineeringPlanLastNMessages | ContextEngineeringPlanNone | ContextEngineeringPlanAll | UnknownTransferPlanContextEngineeringPlan"

Transport: TypeAlias = "VapiWebsocketTransport | VonageTransport | TwilioTransport | VapiSipTransport | TelnyxTransport | VapiWebCallTransport | UnknownTransport"

TransportConfiguration: TypeAlias = "TransportConfigurationTwilio | UnknownTransportConfiguration"

Voice: TypeAlias = "AzureVoice | CartesiaVoice | CustomVoice | DeepgramVoice | ElevenLabsVoice | HumeVoice | LMNTVoice | NeuphonicVoice | OpenAIVoice | PlayHTVoice | WellSaidVoice | RimeAIVoice | SmallestAIVoice | TavusVoice | VapiVoice | SesameVoice | InworldVoice | MinimaxVoice | XaiVoice | MicrosoftVoice | UnknownVoice"

VoicemailDetection: TypeAlias = "GoogleVoicemailDetectionPlan | OpenAIVoicemailDetectionPlan | TwilioVoicemailDetectionPlan | VapiVoicemailDetectionPlan | UnknownVoicemailDetection"

WorkflowModel: TypeAlias = "WorkflowOpenAIModel | WorkflowAnthropicModel | WorkflowAnthropicBedrockModel | WorkflowGoogleModel | WorkflowCustomModel | UnknownWorkflowModel"

AssistantOverridesModel: TypeAlias = AssistantModel

LanguageModel: TypeAlias = WorkflowModel

ToolCallResultMessage2: TypeAlias = ToolCallResultMessageUnion
