# Generated from openapi.yaml by `nox -s generate`: do not edit.
"""What an unknown tag of each discriminated union of the spec parses into. Generated."""

from .._codec._unknown_variant import UnknownVariant

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
    """A AnthropicBedrockModelKnowledgeBase whose 'provider' is not one of: custom-knowledge-base."""

    __slots__ = ()
    family = "AnthropicBedrockModelKnowledgeBase"
    tag_property = "provider"


class UnknownAssistantModel(UnknownVariant):
    """A AssistantModel whose 'provider' is not one of: anthropic, anthropic-bedrock, anyscale, cerebras, custom-llm, deepinfra, deep-seek, google, groq, inflection-ai, minimax, openai, openrouter, perplexity-ai, together-ai, xai, vapi."""

    __slots__ = ()
    family = "AssistantModel"
    tag_property = "provider"


class UnknownAuthenticationPlan(UnknownVariant):
    """A AuthenticationPlan whose 'type' is not one of: oauth2, hmac, bearer."""

    __slots__ = ()
    family = "AuthenticationPlan"
    tag_property = "type"


class UnknownBashToolWithToolCallMessages(UnknownVariant):
    """A BashToolWithToolCallMessages whose 'type' is not one of: request-start, request-complete, request-failed, request-response-delayed."""

    __slots__ = ()
    family = "BashToolWithToolCallMessages"
    tag_property = "type"


class UnknownCallHookCallEndingDo(UnknownVariant):
    """A CallHookCallEndingDo whose 'type' is not one of: tool, message.add."""

    __slots__ = ()
    family = "CallHookCallEndingDo"
    tag_property = "type"


class UnknownChatCosts(UnknownVariant):
    """A ChatCosts whose 'type' is not one of: model, chat."""

    __slots__ = ()
    family = "ChatCosts"
    tag_property = "type"


class UnknownChatInput(UnknownVariant):
    """A ChatInput whose 'role' is not one of: system, user, assistant, tool, developer."""

    __slots__ = ()
    family = "ChatInput"
    tag_property = "role"


class UnknownContent(UnknownVariant):
    """A Content whose 'type' is not one of: text."""

    __slots__ = ()
    family = "Content"
    tag_property = "type"


class UnknownContextEngineeringPlan(UnknownVariant):
    """A ContextEngineeringPlan whose 'type' is not one of: lastNMessages, none, all, userAndAssistantMessages, previousAssistantMessages."""

    __slots__ = ()
    family = "ContextEngineeringPlan"
    tag_property = "type"


class UnknownConversationMessage(UnknownVariant):
    """A ConversationMessage whose 'role' is not one of: user, system, bot, tool_calls, tool_call_result."""

    __slots__ = ()
    family = "ConversationMessage"
    tag_property = "role"


class UnknownCost(UnknownVariant):
    """A Cost whose 'type' is not one of: transport, transcriber, model, voice, vapi, voicemail-detection, analysis, knowledge-base."""

    __slots__ = ()
    family = "Cost"
    tag_property = "type"


class UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan(UnknownVariant):
    """A CreateAnthropicBedrockCredentialDTOAuthenticationPlan whose 'type' is not one of: aws-iam, aws-sts."""

    __slots__ = ()
    family = "CreateAnthropicBedrockCredentialDTOAuthenticationPlan"
    tag_property = "type"


class UnknownCreateHandoffToolDTODestinations(UnknownVariant):
    """A CreateHandoffToolDTODestinations whose 'type' is not one of: assistant, dynamic, squad."""

    __slots__ = ()
    family = "CreateHandoffToolDTODestinations"
    tag_property = "type"


class UnknownCreateStructuredOutputDTOConditions(UnknownVariant):
    """A CreateStructuredOutputDTOConditions whose 'type' is not one of: minMessages, minCallDuration, endedReason."""

    __slots__ = ()
    family = "CreateStructuredOutputDTOConditions"
    tag_property = "type"


class UnknownCredential(UnknownVariant):
    """A Credential whose 'provider' is not one of: anthropic, anthropic-bedrock, anyscale, assembly-ai, azure, azure-openai, byo-sip-trunk, cartesia, cerebras, cloudflare, custom-llm, deepgram, deepinfra, deep-seek, 11labs, gcp, gladia, gohighlevel, google, groq, hume, inflection-ai, langfuse, lmnt, make, mistral, neuphonic, openai, openrouter, perplexity-ai, playht, rime-ai, runpod, s3, s3-compatible, smallest-ai, speechmatics, soniox, supabase, tavus, together-ai, twilio, vonage, webhook, custom-credential, xai, microsoft, google.calendar.oauth2-client, google.calendar.oauth2-authorization, google.sheets.oauth2-authorization, slack.oauth2-authorization, ghl.oauth2-authorization, inworld, minimax, wellsaid, email, slack-webhook."""

    __slots__ = ()
    family = "Credential"
    tag_property = "provider"


class UnknownCustomEndpointingRule(UnknownVariant):
    """A CustomEndpointingRule whose 'type' is not one of: assistant, customer, both."""

    __slots__ = ()
    family = "CustomEndpointingRule"
    tag_property = "type"


class UnknownDestination(UnknownVariant):
    """A Destination whose 'type' is not one of: number, sip."""

    __slots__ = ()
    family = "Destination"
    tag_property = "type"


class UnknownDo(UnknownVariant):
    """A Do whose 'type' is not one of: say, tool, message.add."""

    __slots__ = ()
    family = "Do"
    tag_property = "type"


class UnknownEdgeCondition(UnknownVariant):
    """A EdgeCondition whose 'type' is not one of: ai."""

    __slots__ = ()
    family = "EdgeCondition"
    tag_property = "type"


class UnknownEncryptionPlan(UnknownVariant):
    """A EncryptionPlan whose 'type' is not one of: public-key."""

    __slots__ = ()
    family = "EncryptionPlan"
    tag_property = "type"


class UnknownFallbackPlanVoices(UnknownVariant):
    """A FallbackPlanVoices whose 'provider' is not one of: azure, cartesia, hume, custom-voice, deepgram, 11labs, vapi, lmnt, openai, playht, wellsaid, rime-ai, smallest-ai, tavus, neuphonic, sesame, inworld, xai, microsoft."""

    __slots__ = ()
    family = "FallbackPlanVoices"
    tag_property = "provider"


class UnknownFallbackTranscriberPlanTranscribers(UnknownVariant):
    """A FallbackTranscriberPlanTranscribers whose 'provider' is not one of: assembly-ai, azure, custom-transcriber, deepgram, 11labs, gladia, google, talkscriber, speechmatics, openai, cartesia, soniox, xai."""

    __slots__ = ()
    family = "FallbackTranscriberPlanTranscribers"
    tag_property = "provider"


class UnknownGroupConditionConditions(UnknownVariant):
    """A GroupConditionConditions whose 'type' is not one of: regex, liquid, group."""

    __slots__ = ()
    family = "GroupConditionConditions"
    tag_property = "type"


class UnknownMessage(UnknownVariant):
    """A Message whose 'type' is not one of: custom-message."""

    __slots__ = ()
    family = "Message"
    tag_property = "type"


class UnknownNode(UnknownVariant):
    """A Node whose 'type' is not one of: conversation, tool."""

    __slots__ = ()
    family = "Node"
    tag_property = "type"


class UnknownObservabilityPlan(UnknownVariant):
    """A ObservabilityPlan whose 'provider' is not one of: langfuse."""

    __slots__ = ()
    family = "ObservabilityPlan"
    tag_property = "provider"


class UnknownPhoneNumber(UnknownVariant):
    """A PhoneNumber whose 'provider' is not one of: byo-phone-number, twilio, vonage, vapi, telnyx."""

    __slots__ = ()
    family = "PhoneNumber"
    tag_property = "provider"


class UnknownPhoneNumberHookCallEndingDo(UnknownVariant):
    """A PhoneNumberHookCallEndingDo whose 'type' is not one of: transfer, say."""

    __slots__ = ()
    family = "PhoneNumberHookCallEndingDo"
    tag_property = "type"


class UnknownPublicKey(UnknownVariant):
    """A PublicKey whose 'format' is not one of: spki-pem."""

    __slots__ = ()
    family = "PublicKey"
    tag_property = "format"


class UnknownRecordingConsentPlan(UnknownVariant):
    """A RecordingConsentPlan whose 'type' is not one of: stay-on-line, verbal."""

    __slots__ = ()
    family = "RecordingConsentPlan"
    tag_property = "type"


class UnknownReplacement(UnknownVariant):
    """A Replacement whose 'type' is not one of: exact, regex."""

    __slots__ = ()
    family = "Replacement"
    tag_property = "type"


class UnknownServerMessageBody(UnknownVariant):
    """A ServerMessageBody whose 'type' is not one of: assistant-request, conversation-update, end-of-call-report, handoff-destination-request, hang, knowledge-base-request, model-output, phone-call-control, speech-update, status-update, tool-calls, transfer-destination-request, transfer-update, transcript, transcript[transcriptType="final"], user-interrupted, language-change-detected, voice-input, assistant.speechStarted, voice-request, call.endpointing.request, chat.created, chat.deleted, session.created, session.updated, session.deleted, call.deleted, call.delete.failed, call.artifact.upload, campaign.predial."""

    __slots__ = ()
    family = "ServerMessageBody"
    tag_property = "type"


class UnknownSessionCosts(UnknownVariant):
    """A SessionCosts whose 'type' is not one of: model, analysis, session."""

    __slots__ = ()
    family = "SessionCosts"
    tag_property = "type"


class UnknownSessionCreatedHookDo(UnknownVariant):
    """A SessionCreatedHookDo whose 'type' is not one of: tool."""

    __slots__ = ()
    family = "SessionCreatedHookDo"
    tag_property = "type"


class UnknownTiming(UnknownVariant):
    """A Timing whose 'type' is not one of: word-alignment, word-progress."""

    __slots__ = ()
    family = "Timing"
    tag_property = "type"


class UnknownTool(UnknownVariant):
    """A Tool whose 'type' is not one of: apiRequest, bash, code, computer, dtmf, endCall, function, gohighlevel.calendar.availability.check, gohighlevel.calendar.event.create, gohighlevel.contact.create, gohighlevel.contact.get, google.calendar.availability.check, google.calendar.event.create, google.sheets.row.append, handoff, mcp, query, slack.message.send, sms, textEditor, transferCall, sipRequest, voicemail."""

    __slots__ = ()
    family = "Tool"
    tag_property = "type"


class UnknownToolCallResultMessageUnion(UnknownVariant):
    """A ToolCallResultMessageUnion whose 'type' is not one of: request-complete, request-failed."""

    __slots__ = ()
    family = "ToolCallResultMessageUnion"
    tag_property = "type"


class UnknownToolWithToolCallList(UnknownVariant):
    """A ToolWithToolCallList whose 'type' is not one of: function, ghl, make, bash, computer, textEditor, google.calendar.event.create."""

    __slots__ = ()
    family = "ToolWithToolCallList"
    tag_property = "type"


class UnknownTranscriber(UnknownVariant):
    """A Transcriber whose 'provider' is not one of: assembly-ai, azure, custom-transcriber, deepgram, 11labs, gladia, google, speechmatics, talkscriber, openai, cartesia, soniox, xai, vapi."""

    __slots__ = ()
    family = "Transcriber"
    tag_property = "provider"


class UnknownTransferDestination(UnknownVariant):
    """A TransferDestination whose 'type' is not one of: assistant, number, sip."""

    __slots__ = ()
    family = "TransferDestination"
    tag_property = "type"


class UnknownTransferPlanContextEngineeringPlan(UnknownVariant):
    """A TransferPlanContextEngineeringPlan whose 'type' is not one of: lastNMessages, none, all."""

    __slots__ = ()
    family = "TransferPlanContextEngineeringPlan"
    tag_property = "type"


class UnknownTransport(UnknownVariant):
    """A Transport whose 'provider' is not one of: vapi.websocket, vonage, twilio, vapi.sip, telnyx, daily."""

    __slots__ = ()
    family = "Transport"
    tag_property = "provider"


class UnknownTransportConfiguration(UnknownVariant):
    """A TransportConfiguration whose 'provider' is not one of: twilio."""

    __slots__ = ()
    family = "TransportConfiguration"
    tag_property = "provider"


class UnknownVoice(UnknownVariant):
    """A Voice whose 'provider' is not one of: azure, cartesia, custom-voice, deepgram, 11labs, hume, lmnt, neuphonic, openai, playht, wellsaid, rime-ai, smallest-ai, tavus, vapi, sesame, inworld, minimax, xai, microsoft."""

    __slots__ = ()
    family = "Voice"
    tag_property = "provider"


class UnknownVoicemailDetection(UnknownVariant):
    """A VoicemailDetection whose 'provider' is not one of: google, openai, twilio, vapi."""

    __slots__ = ()
    family = "VoicemailDetection"
    tag_property = "provider"


class UnknownWorkflowModel(UnknownVariant):
    """A WorkflowModel whose 'provider' is not one of: openai, anthropic, anthropic-bedrock, google, custom-llm."""

    __slots__ = ()
    family = "WorkflowModel"
    tag_property = "provider"


UnknownAssistantOverridesModel = UnknownAssistantModel
UnknownLanguageModel = UnknownWorkflowModel
UnknownToolCallResultMessage2 = UnknownToolCallResultMessageUnion
