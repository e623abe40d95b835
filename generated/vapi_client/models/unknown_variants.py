# Generated from openapi.yaml by `nox -s generate`: do not edit.
"""What an unknown tag of each discriminated union of the spec parses into. Generated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._codec._unknown_variant import SharedField, UnknownVariant
from ..types import Unset

if TYPE_CHECKING:
    from . import (
        Artifact,
        Call,
        CartesiaTranscriberLanguage,
        Chat,
        ChunkPlan,
        Condition,
        CreateAssistantDTO,
        CreateCustomerDTO,
        OpenAIMessage,
        PhoneNumberHookCallEnding,
        PhoneNumberHookCallRinging,
        RecordingConsentPlanStayOnLineFirstMessageMode,
        Server,
        ToolCall,
        ToolMessageCompleteRole,
        ToolRef,
        ToolRejectionPlan,
        TransferPlan,
        TransportConfigurationTwilioRecordingChannels,
    )
    from .unions import (
        AnthropicBedrockModelKnowledgeBase,
        BashToolWithToolCallMessages,
        Content,
        Destination,
        Message,
        PhoneNumber,
        PublicKey,
        Tool,
        Voice,
    )

__all__ = [
    "UnknownAnthropicBedrockModelKnowledgeBase",
    "UnknownAssistantModel",
    "UnknownAssistantOverridesModel",
    "UnknownAuthenticationPlan",
    "UnknownBashToolWithToolCallMessages",
    "UnknownCallHookCallEndingDo",
    "UnknownChatCosts",
    "UnknownChatInput",
    "UnknownContent",
    "UnknownContextEngineeringPlan",
    "UnknownConversationMessage",
    "UnknownCost",
    "UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan",
    "UnknownCreateHandoffToolDTODestinations",
    "UnknownCreateStructuredOutputDTOConditions",
    "UnknownCredential",
    "UnknownCustomEndpointingRule",
    "UnknownDestination",
    "UnknownDo",
    "UnknownEdgeCondition",
    "UnknownEncryptionPlan",
    "UnknownFallbackPlanVoices",
    "UnknownFallbackTranscriberPlanTranscribers",
    "UnknownGroupConditionConditions",
    "UnknownLanguageModel",
    "UnknownMessage",
    "UnknownNode",
    "UnknownObservabilityPlan",
    "UnknownPhoneNumber",
    "UnknownPhoneNumberHookCallEndingDo",
    "UnknownPublicKey",
    "UnknownRecordingConsentPlan",
    "UnknownReplacement",
    "UnknownServerMessageBody",
    "UnknownSessionCosts",
    "UnknownSessionCreatedHookDo",
    "UnknownTiming",
    "UnknownTool",
    "UnknownToolCallResultMessage2",
    "UnknownToolCallResultMessageUnion",
    "UnknownToolWithToolCallList",
    "UnknownTranscriber",
    "UnknownTransferDestination",
    "UnknownTransferPlanContextEngineeringPlan",
    "UnknownTransport",
    "UnknownTransportConfiguration",
    "UnknownVoice",
    "UnknownVoicemailDetection",
    "UnknownWorkflowModel",
]


class UnknownAnthropicBedrockModelKnowledgeBase(UnknownVariant):
    """A AnthropicBedrockModelKnowledgeBase whose 'provider' is not one of: custom-knowledge-base.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "AnthropicBedrockModelKnowledgeBase"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))
    server: SharedField[Server] = SharedField("server", ("model", "Server"))


class UnknownAssistantModel(UnknownVariant):
    """A AssistantModel whose 'provider' is not one of: anthropic, anthropic-bedrock, anyscale, cerebras, custom-llm, deepinfra, deep-seek, google, groq, inflection-ai, minimax, openai, openrouter, perplexity-ai, together-ai, xai, vapi.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "AssistantModel"
    tag_property = "provider"

    messages: SharedField[list[OpenAIMessage] | Unset] = SharedField(
        "messages", ("array", ("model", "OpenAIMessage"), {})
    )
    tools: SharedField[list[Tool] | Unset] = SharedField("tools", ("array", ("union", "Tool"), {}))
    tool_ids: SharedField[list[str] | Unset] = SharedField("toolIds", ("array", ("string", {}), {}))
    tool_refs: SharedField[list[ToolRef] | Unset] = SharedField("toolRefs", ("array", ("model", "ToolRef"), {}))
    knowledge_base: SharedField[AnthropicBedrockModelKnowledgeBase | Unset] = SharedField(
        "knowledgeBase", ("union", "AnthropicBedrockModelKnowledgeBase")
    )
    provider: SharedField[str] = SharedField("provider", ("string", {}))
    temperature: SharedField[float | Unset] = SharedField("temperature", ("number", {"minimum": 0, "maximum": 2}))
    emotion_recognition_enabled: SharedField[bool | Unset] = SharedField("emotionRecognitionEnabled", ("boolean",))
    num_fast_turns: SharedField[float | Unset] = SharedField("numFastTurns", ("number", {"minimum": 0}))


class UnknownAuthenticationPlan(UnknownVariant):
    """A AuthenticationPlan whose 'type' is not one of: oauth2, hmac, bearer.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "AuthenticationPlan"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownBashToolWithToolCallMessages(UnknownVariant):
    """A BashToolWithToolCallMessages whose 'type' is not one of: request-start, request-complete, request-failed, request-response-delayed.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "BashToolWithToolCallMessages"
    tag_property = "type"

    contents: SharedField[list[Content] | Unset] = SharedField("contents", ("array", ("union", "Content"), {}))
    type_: SharedField[str] = SharedField("type", ("string", {}))
    content: SharedField[str | Unset] = SharedField("content", ("string", {"maxLength": 1000}))
    conditions: SharedField[list[Condition] | Unset] = SharedField("conditions", ("array", ("model", "Condition"), {}))


class UnknownCallHookCallEndingDo(UnknownVariant):
    """A CallHookCallEndingDo whose 'type' is not one of: tool, message.add.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "CallHookCallEndingDo"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownChatCosts(UnknownVariant):
    """A ChatCosts whose 'type' is not one of: model, chat.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ChatCosts"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    cost: SharedField[float] = SharedField("cost", ("number", {}))


class UnknownChatInput(UnknownVariant):
    """A ChatInput whose 'role' is not one of: system, user, assistant, tool, developer.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ChatInput"
    tag_property = "role"

    role: SharedField[str] = SharedField("role", ("string", {}))


class UnknownContent(UnknownVariant):
    """A Content whose 'type' is not one of: text.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Content"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    text: SharedField[str] = SharedField("text", ("string", {}))
    language: SharedField[CartesiaTranscriberLanguage] = SharedField(
        "language", ("enum", "CartesiaTranscriberLanguage", False)
    )


class UnknownContextEngineeringPlan(UnknownVariant):
    """A ContextEngineeringPlan whose 'type' is not one of: lastNMessages, none, all, userAndAssistantMessages, previousAssistantMessages.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ContextEngineeringPlan"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownConversationMessage(UnknownVariant):
    """A ConversationMessage whose 'role' is not one of: user, system, bot, tool_calls, tool_call_result.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ConversationMessage"
    tag_property = "role"

    role: SharedField[str] = SharedField("role", ("string", {}))
    time: SharedField[float] = SharedField("time", ("number", {}))
    seconds_from_start: SharedField[float] = SharedField("secondsFromStart", ("number", {}))


class UnknownCost(UnknownVariant):
    """A Cost whose 'type' is not one of: transport, transcriber, model, voice, vapi, voicemail-detection, analysis, knowledge-base.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Cost"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    cost: SharedField[float] = SharedField("cost", ("number", {}))


class UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan(UnknownVariant):
    """A CreateAnthropicBedrockCredentialDTOAuthenticationPlan whose 'type' is not one of: aws-iam, aws-sts.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "CreateAnthropicBedrockCredentialDTOAuthenticationPlan"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownCreateHandoffToolDTODestinations(UnknownVariant):
    """A CreateHandoffToolDTODestinations whose 'type' is not one of: assistant, dynamic, squad.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "CreateHandoffToolDTODestinations"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    description: SharedField[str | Unset] = SharedField("description", ("string", {}))


class UnknownCreateStructuredOutputDTOConditions(UnknownVariant):
    """A CreateStructuredOutputDTOConditions whose 'type' is not one of: minMessages, minCallDuration, endedReason.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "CreateStructuredOutputDTOConditions"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownCredential(UnknownVariant):
    """A Credential whose 'provider' is not one of: anthropic, anthropic-bedrock, anyscale, assembly-ai, azure, azure-openai, byo-sip-trunk, cartesia, cerebras, cloudflare, custom-llm, deepgram, deepinfra, deep-seek, 11labs, gcp, gladia, gohighlevel, google, groq, hume, inflection-ai, langfuse, lmnt, make, mistral, neuphonic, openai, openrouter, perplexity-ai, playht, rime-ai, runpod, s3, s3-compatible, smallest-ai, speechmatics, soniox, supabase, tavus, together-ai, twilio, vonage, webhook, custom-credential, xai, microsoft, google.calendar.oauth2-client, google.calendar.oauth2-authorization, google.sheets.oauth2-authorization, slack.oauth2-authorization, ghl.oauth2-authorization, inworld, minimax, wellsaid, email, slack-webhook.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Credential"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))
    name: SharedField[str | Unset] = SharedField("name", ("string", {"maxLength": 40}))


class UnknownCustomEndpointingRule(UnknownVariant):
    """A CustomEndpointingRule whose 'type' is not one of: assistant, customer, both.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "CustomEndpointingRule"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    timeout_seconds: SharedField[float] = SharedField("timeoutSeconds", ("number", {"minimum": 0, "maximum": 15}))


class UnknownDestination(UnknownVariant):
    """A Destination whose 'type' is not one of: number, sip.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Destination"
    tag_property = "type"

    message: SharedField[Message | str | Unset] = SharedField(
        "message", ("oneof", ("union", "Message"), ("string", {}))
    )
    type_: SharedField[str] = SharedField("type", ("string", {}))
    caller_id: SharedField[str | Unset] = SharedField("callerId", ("string", {"maxLength": 40}))
    transfer_plan: SharedField[TransferPlan | Unset] = SharedField("transferPlan", ("model", "TransferPlan"))
    description: SharedField[str | Unset] = SharedField("description", ("string", {}))


class UnknownDo(UnknownVariant):
    """A Do whose 'type' is not one of: say, tool, message.add.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Do"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownEdgeCondition(UnknownVariant):
    """A EdgeCondition whose 'type' is not one of: ai.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "EdgeCondition"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    prompt: SharedField[str] = SharedField("prompt", ("string", {"maxLength": 1000}))


class UnknownEncryptionPlan(UnknownVariant):
    """A EncryptionPlan whose 'type' is not one of: public-key.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "EncryptionPlan"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    algorithm: SharedField[Literal["RSA-OAEP-256"]] = SharedField("algorithm", ("const", "RSA-OAEP-256"))
    public_key: SharedField[PublicKey] = SharedField("publicKey", ("union", "PublicKey"))


class UnknownFallbackPlanVoices(UnknownVariant):
    """A FallbackPlanVoices whose 'provider' is not one of: azure, cartesia, hume, custom-voice, deepgram, 11labs, vapi, lmnt, openai, playht, wellsaid, rime-ai, smallest-ai, tavus, neuphonic, sesame, inworld, xai, microsoft.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "FallbackPlanVoices"
    tag_property = "provider"

    caching_enabled: SharedField[bool | Unset] = SharedField("cachingEnabled", ("boolean",))
    provider: SharedField[str] = SharedField("provider", ("string", {}))
    chunk_plan: SharedField[ChunkPlan | Unset] = SharedField("chunkPlan", ("model", "ChunkPlan"))


class UnknownFallbackTranscriberPlanTranscribers(UnknownVariant):
    """A FallbackTranscriberPlanTranscribers whose 'provider' is not one of: assembly-ai, azure, custom-transcriber, deepgram, 11labs, gladia, google, talkscriber, speechmatics, openai, cartesia, soniox, xai.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "FallbackTranscriberPlanTranscribers"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))


class UnknownGroupConditionConditions(UnknownVariant):
    """A GroupConditionConditions whose 'type' is not one of: regex, liquid, group.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "GroupConditionConditions"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownMessage(UnknownVariant):
    """A Message whose 'type' is not one of: custom-message.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Message"
    tag_property = "type"

    contents: SharedField[list[Content] | Unset] = SharedField("contents", ("array", ("union", "Content"), {}))
    type_: SharedField[str] = SharedField("type", ("string", {}))
    content: SharedField[str | Unset] = SharedField("content", ("string", {"maxLength": 1000}))


class UnknownNode(UnknownVariant):
    """A Node whose 'type' is not one of: conversation, tool.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Node"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    name: SharedField[str] = SharedField("name", ("string", {"maxLength": 80}))
    is_start: SharedField[bool | Unset] = SharedField("isStart", ("boolean",))
    metadata: SharedField[dict[str, Any] | Unset] = SharedField("metadata", ("object",))


class UnknownObservabilityPlan(UnknownVariant):
    """A ObservabilityPlan whose 'provider' is not one of: langfuse.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ObservabilityPlan"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))
    prompt_name: SharedField[str | Unset] = SharedField("promptName", ("string", {}))
    prompt_version: SharedField[float | Unset] = SharedField("promptVersion", ("number", {"minimum": 1}))
    trace_name: SharedField[str | Unset] = SharedField("traceName", ("string", {}))
    tags: SharedField[list[str]] = SharedField("tags", ("array", ("string", {}), {}))
    metadata: SharedField[dict[str, Any] | Unset] = SharedField("metadata", ("object",))


class UnknownPhoneNumber(UnknownVariant):
    """A PhoneNumber whose 'provider' is not one of: byo-phone-number, twilio, vonage, vapi, telnyx.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "PhoneNumber"
    tag_property = "provider"

    fallback_destination: SharedField[Destination | Unset] = SharedField(
        "fallbackDestination", ("union", "Destination")
    )
    hooks: SharedField[list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset] = SharedField(
        "hooks",
        ("array", ("oneof", ("model", "PhoneNumberHookCallRinging"), ("model", "PhoneNumberHookCallEnding")), {}),
    )
    provider: SharedField[str] = SharedField("provider", ("string", {}))
    name: SharedField[str | Unset] = SharedField("name", ("string", {"maxLength": 40}))
    assistant_id: SharedField[str | Unset] = SharedField("assistantId", ("string", {}))
    workflow_id: SharedField[str | Unset] = SharedField("workflowId", ("string", {}))
    squad_id: SharedField[str | Unset] = SharedField("squadId", ("string", {}))
    server: SharedField[Server | Unset] = SharedField("server", ("model", "Server"))


class UnknownPhoneNumberHookCallEndingDo(UnknownVariant):
    """A PhoneNumberHookCallEndingDo whose 'type' is not one of: transfer, say.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "PhoneNumberHookCallEndingDo"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownPublicKey(UnknownVariant):
    """A PublicKey whose 'format' is not one of: spki-pem.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "PublicKey"
    tag_property = "format"

    name: SharedField[str | Unset] = SharedField("name", ("string", {"maxLength": 100}))
    format_: SharedField[str] = SharedField("format", ("string", {}))
    pem: SharedField[str] = SharedField("pem", ("string", {}))


class UnknownRecordingConsentPlan(UnknownVariant):
    """A RecordingConsentPlan whose 'type' is not one of: stay-on-line, verbal.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "RecordingConsentPlan"
    tag_property = "type"

    message: SharedField[str] = SharedField("message", ("string", {"maxLength": 1000}))
    voice: SharedField[Voice | Unset] = SharedField("voice", ("union", "Voice"))
    first_message_mode: SharedField[RecordingConsentPlanStayOnLineFirstMessageMode | Unset] = SharedField(
        "firstMessageMode", ("enum", "RecordingConsentPlanStayOnLineFirstMessageMode", False)
    )
    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownReplacement(UnknownVariant):
    """A Replacement whose 'type' is not one of: exact, regex.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Replacement"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    value: SharedField[str] = SharedField("value", ("string", {"maxLength": 1000}))


class UnknownServerMessageBody(UnknownVariant):
    """A ServerMessageBody whose 'type' is not one of: assistant-request, conversation-update, end-of-call-report, handoff-destination-request, hang, knowledge-base-request, model-output, phone-call-control, speech-update, status-update, tool-calls, transfer-destination-request, transfer-update, transcript, transcript[transcriptType="final"], user-interrupted, language-change-detected, voice-input, assistant.speechStarted, voice-request, call.endpointing.request, chat.created, chat.deleted, session.created, session.updated, session.deleted, call.deleted, call.delete.failed, call.artifact.upload, campaign.predial.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ServerMessageBody"
    tag_property = "type"

    phone_number: SharedField[PhoneNumber | Unset] = SharedField("phoneNumber", ("union", "PhoneNumber"))
    assistant_version: SharedField[str | None | Unset] = SharedField("assistantVersion", ("nullable", ("string", {})))
    type_: SharedField[str] = SharedField("type", ("string", {}))
    timestamp: SharedField[float | Unset] = SharedField("timestamp", ("number", {}))
    artifact: SharedField[Artifact | Unset] = SharedField("artifact", ("model", "Artifact"))
    assistant: SharedField[CreateAssistantDTO | Unset] = SharedField("assistant", ("model", "CreateAssistantDTO"))
    customer: SharedField[CreateCustomerDTO | Unset] = SharedField("customer", ("model", "CreateCustomerDTO"))
    call: SharedField[Call | Unset] = SharedField("call", ("model", "Call"))
    chat: SharedField[Chat | Unset] = SharedField("chat", ("model", "Chat"))


class UnknownSessionCosts(UnknownVariant):
    """A SessionCosts whose 'type' is not one of: model, analysis, session.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "SessionCosts"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    cost: SharedField[float] = SharedField("cost", ("number", {}))


class UnknownSessionCreatedHookDo(UnknownVariant):
    """A SessionCreatedHookDo whose 'type' is not one of: tool.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "SessionCreatedHookDo"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))
    tool: SharedField[Tool | Unset] = SharedField("tool", ("union", "Tool"))
    tool_id: SharedField[str | Unset] = SharedField("toolId", ("string", {}))


class UnknownTiming(UnknownVariant):
    """A Timing whose 'type' is not one of: word-alignment, word-progress.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Timing"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownTool(UnknownVariant):
    """A Tool whose 'type' is not one of: apiRequest, bash, code, computer, dtmf, endCall, function, gohighlevel.calendar.availability.check, gohighlevel.calendar.event.create, gohighlevel.contact.create, gohighlevel.contact.get, google.calendar.availability.check, google.calendar.event.create, google.sheets.row.append, handoff, mcp, query, slack.message.send, sms, textEditor, transferCall, sipRequest, voicemail.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Tool"
    tag_property = "type"

    messages: SharedField[list[BashToolWithToolCallMessages] | Unset] = SharedField(
        "messages", ("array", ("union", "BashToolWithToolCallMessages"), {})
    )
    type_: SharedField[str] = SharedField("type", ("string", {}))
    rejection_plan: SharedField[ToolRejectionPlan | Unset] = SharedField(
        "rejectionPlan", ("model", "ToolRejectionPlan")
    )


class UnknownToolCallResultMessageUnion(UnknownVariant):
    """A ToolCallResultMessageUnion whose 'type' is not one of: request-complete, request-failed.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ToolCallResultMessageUnion"
    tag_property = "type"

    contents: SharedField[list[Content] | Unset] = SharedField("contents", ("array", ("union", "Content"), {}))
    type_: SharedField[str] = SharedField("type", ("string", {}))
    role: SharedField[ToolMessageCompleteRole | Unset] = SharedField("role", ("enum", "ToolMessageCompleteRole", False))
    end_call_after_spoken_enabled: SharedField[bool | Unset] = SharedField("endCallAfterSpokenEnabled", ("boolean",))
    content: SharedField[str | Unset] = SharedField("content", ("string", {"maxLength": 1000}))
    conditions: SharedField[list[Condition] | Unset] = SharedField("conditions", ("array", ("model", "Condition"), {}))


class UnknownToolWithToolCallList(UnknownVariant):
    """A ToolWithToolCallList whose 'type' is not one of: function, ghl, make, bash, computer, textEditor, google.calendar.event.create.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "ToolWithToolCallList"
    tag_property = "type"

    messages: SharedField[list[BashToolWithToolCallMessages] | Unset] = SharedField(
        "messages", ("array", ("union", "BashToolWithToolCallMessages"), {})
    )
    type_: SharedField[str] = SharedField("type", ("string", {}))
    tool_call: SharedField[ToolCall] = SharedField("toolCall", ("model", "ToolCall"))
    rejection_plan: SharedField[ToolRejectionPlan | Unset] = SharedField(
        "rejectionPlan", ("model", "ToolRejectionPlan")
    )


class UnknownTranscriber(UnknownVariant):
    """A Transcriber whose 'provider' is not one of: assembly-ai, azure, custom-transcriber, deepgram, 11labs, gladia, google, speechmatics, talkscriber, openai, cartesia, soniox, xai, vapi.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Transcriber"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))


class UnknownTransferDestination(UnknownVariant):
    """A TransferDestination whose 'type' is not one of: assistant, number, sip.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "TransferDestination"
    tag_property = "type"

    message: SharedField[Message | str | Unset] = SharedField(
        "message", ("oneof", ("union", "Message"), ("string", {}))
    )
    type_: SharedField[str] = SharedField("type", ("string", {}))
    description: SharedField[str | Unset] = SharedField("description", ("string", {}))


class UnknownTransferPlanContextEngineeringPlan(UnknownVariant):
    """A TransferPlanContextEngineeringPlan whose 'type' is not one of: lastNMessages, none, all.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "TransferPlanContextEngineeringPlan"
    tag_property = "type"

    type_: SharedField[str] = SharedField("type", ("string", {}))


class UnknownTransport(UnknownVariant):
    """A Transport whose 'provider' is not one of: vapi.websocket, vonage, twilio, vapi.sip, telnyx, daily.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Transport"
    tag_property = "provider"

    conversation_type: SharedField[Literal["voice"] | Unset] = SharedField("conversationType", ("const", "voice"))
    provider: SharedField[str] = SharedField("provider", ("string", {}))


class UnknownTransportConfiguration(UnknownVariant):
    """A TransportConfiguration whose 'provider' is not one of: twilio.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "TransportConfiguration"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))
    timeout: SharedField[float | Unset] = SharedField("timeout", ("number", {"minimum": 1, "maximum": 600}))
    record: SharedField[bool | Unset] = SharedField("record", ("boolean",))
    recording_channels: SharedField[TransportConfigurationTwilioRecordingChannels | Unset] = SharedField(
        "recordingChannels", ("enum", "TransportConfigurationTwilioRecordingChannels", False)
    )


class UnknownVoice(UnknownVariant):
    """A Voice whose 'provider' is not one of: azure, cartesia, custom-voice, deepgram, 11labs, hume, lmnt, neuphonic, openai, playht, wellsaid, rime-ai, smallest-ai, tavus, vapi, sesame, inworld, minimax, xai, microsoft.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "Voice"
    tag_property = "provider"

    caching_enabled: SharedField[bool | Unset] = SharedField("cachingEnabled", ("boolean",))
    provider: SharedField[str] = SharedField("provider", ("string", {}))
    chunk_plan: SharedField[ChunkPlan | Unset] = SharedField("chunkPlan", ("model", "ChunkPlan"))


class UnknownVoicemailDetection(UnknownVariant):
    """A VoicemailDetection whose 'provider' is not one of: google, openai, twilio, vapi.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "VoicemailDetection"
    tag_property = "provider"

    provider: SharedField[str] = SharedField("provider", ("string", {}))


class UnknownWorkflowModel(UnknownVariant):
    """A WorkflowModel whose 'provider' is not one of: openai, anthropic, anthropic-bedrock, google, custom-llm.

    The fields every known member has are typed here, read from `raw` (see SharedField).
    """

    __slots__ = ()
    family = "WorkflowModel"
    tag_property = "provider"

    messages: SharedField[list[OpenAIMessage] | Unset] = SharedField(
        "messages", ("array", ("model", "OpenAIMessage"), {})
    )
    provider: SharedField[str] = SharedField("provider", ("string", {}))
    temperature: SharedField[float | Unset] = SharedField("temperature", ("number", {"minimum": 0, "maximum": 2}))
    max_tokens: SharedField[float | Unset] = SharedField("maxTokens", ("number", {"minimum": 50, "maximum": 10000}))


UnknownAssistantOverridesModel = UnknownAssistantModel
UnknownLanguageModel = UnknownWorkflowModel
UnknownToolCallResultMessage2 = UnknownToolCallResultMessageUnion
