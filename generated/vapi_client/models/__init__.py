# Generated from openapi.yaml by `nox -s generate`: do not edit.
"""The spec's schemas as attrs classes, imported on first use to keep `import vapi_client` fast."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ai_edge_condition import AIEdgeCondition
    from .analysis import Analysis
    from .analysis_cost import AnalysisCost
    from .analysis_cost_analysis_type import AnalysisCostAnalysisType
    from .analysis_cost_breakdown import AnalysisCostBreakdown
    from .analysis_plan import AnalysisPlan
    from .anthropic_bedrock_model import AnthropicBedrockModel
    from .anthropic_bedrock_model_model import AnthropicBedrockModelModel, WorkflowAnthropicBedrockModelModel
    from .anthropic_model import AnthropicModel
    from .anthropic_model_model import AnthropicModelModel, WorkflowAnthropicModelModel
    from .anthropic_thinking_config import AnthropicThinkingConfig
    from .anyscale_model import AnyscaleModel
    from .artifact import Artifact
    from .artifact_plan import ArtifactPlan
    from .artifact_plan_recording_format import ArtifactPlanRecordingFormat
    from .assembly_ai_transcriber import AssemblyAITranscriber
    from .assembly_ai_transcriber_language import AssemblyAITranscriberLanguage, FallbackAssemblyAITranscriberLanguage
    from .assembly_ai_transcriber_language_codes import (
        AssemblyAITranscriberLanguageCodes,
        FallbackAssemblyAITranscriberLanguageCodes,
    )
    from .assembly_ai_transcriber_mode import AssemblyAITranscriberMode, FallbackAssemblyAITranscriberMode
    from .assembly_ai_transcriber_speech_model import (
        AssemblyAITranscriberSpeechModel,
        FallbackAssemblyAITranscriberSpeechModel,
    )
    from .assistant_activation import AssistantActivation
    from .assistant_custom_endpointing_rule import AssistantCustomEndpointingRule
    from .assistant_message import AssistantMessage
    from .assistant_overrides import AssistantOverrides
    from .assistant_overrides_background_sound import (
        AssistantOverridesBackgroundSound,
        CreateAssistantDTOBackgroundSound,
        CreateWorkflowDTOBackgroundSound,
        WorkflowUserEditableBackgroundSound,
    )
    from .assistant_overrides_client_messages import AssistantOverridesClientMessages, CreateAssistantDTOClientMessages
    from .assistant_overrides_first_message_mode import (
        AssistantOverridesFirstMessageMode,
        CreateAssistantDTOFirstMessageMode,
    )
    from .assistant_overrides_server_messages import AssistantOverridesServerMessages, CreateAssistantDTOServerMessages
    from .assistant_speech_word_alignment_timing import AssistantSpeechWordAlignmentTiming
    from .assistant_speech_word_progress_timing import AssistantSpeechWordProgressTiming
    from .assistant_speech_word_timestamp import AssistantSpeechWordTimestamp
    from .audio_format import AudioFormat
    from .audio_format_format import AudioFormatFormat
    from .aws_sts_authentication_plan import AWSStsAuthenticationPlan
    from .awsiam_credentials_authentication_plan import AWSIAMCredentialsAuthenticationPlan
    from .azure_blob_storage_bucket_plan import AzureBlobStorageBucketPlan
    from .azure_speech_transcriber import AzureSpeechTranscriber
    from .azure_speech_transcriber_language import (
        AzureSpeechTranscriberLanguage,
        FallbackAzureSpeechTranscriberLanguage,
    )
    from .azure_speech_transcriber_segmentation_strategy import (
        AzureSpeechTranscriberSegmentationStrategy,
        FallbackAzureSpeechTranscriberSegmentationStrategy,
    )
    from .azure_voice import AzureVoice
    from .azure_voice_voice_id import AzureVoiceVoiceId, FallbackAzureVoiceVoiceId
    from .background_speech_denoising_plan import BackgroundSpeechDenoisingPlan
    from .backoff_plan import BackoffPlan
    from .backoff_plan_type import BackoffPlanType
    from .bash_tool_with_tool_call import BashToolWithToolCall
    from .bearer_authentication_plan import BearerAuthenticationPlan
    from .boolean_comparator_scorecard_metric_condition import BooleanComparatorScorecardMetricCondition
    from .bot_message import BotMessage
    from .both_custom_endpointing_rule import BothCustomEndpointingRule
    from .bucket_plan import BucketPlan
    from .call import Call
    from .call_artifact_upload_item import CallArtifactUploadItem
    from .call_artifact_upload_item_type import CallArtifactUploadItemType
    from .call_batch_error import CallBatchError
    from .call_batch_response import CallBatchResponse
    from .call_ended_reason import (
        CallEndedReason,
        ServerMessageEndOfCallReportEndedReason,
        ServerMessageStatusUpdateEndedReason,
    )
    from .call_hook_assistant_speech_interrupted import CallHookAssistantSpeechInterrupted
    from .call_hook_call_ending import CallHookCallEnding
    from .call_hook_customer_speech_interrupted import CallHookCustomerSpeechInterrupted
    from .call_hook_customer_speech_timeout import CallHookCustomerSpeechTimeout
    from .call_hook_filter import CallHookFilter
    from .call_hook_model_response_timeout import CallHookModelResponseTimeout
    from .call_phone_call_provider import CallPhoneCallProvider
    from .call_phone_call_transport import CallPhoneCallTransport
    from .call_status import CallStatus, ServerMessageStatusUpdateStatus
    from .call_type import CallType
    from .campaign_contact import CampaignContact
    from .cartesia_experimental_controls import CartesiaExperimentalControls
    from .cartesia_experimental_controls_emotion import CartesiaExperimentalControlsEmotion
    from .cartesia_experimental_controls_speed import CartesiaExperimentalControlsSpeed
    from .cartesia_generation_config import CartesiaGenerationConfig
    from .cartesia_generation_config_experimental import CartesiaGenerationConfigExperimental
    from .cartesia_transcriber import CartesiaTranscriber
    from .cartesia_transcriber_language import (
        CartesiaTranscriberLanguage,
        ElevenLabsTranscriberLanguage,
        FallbackCartesiaTranscriberLanguage,
        FallbackElevenLabsTranscriberLanguage,
        FallbackLMNTVoiceLanguage,
        FallbackSonioxTranscriberLanguage,
        FallbackSonioxTranscriberLanguages,
        LMNTVoiceLanguage,
        SonioxTranscriberLanguage,
        SonioxTranscriberLanguages,
        TextContentLanguage,
        VapiTranscriberLanguage,
        VapiTranscriberLanguages,
    )
    from .cartesia_transcriber_model import CartesiaTranscriberModel, FallbackCartesiaTranscriberModel
    from .cartesia_voice import CartesiaVoice
    from .cartesia_voice_language import CartesiaVoiceLanguage, FallbackCartesiaVoiceLanguage
    from .cartesia_voice_model import CartesiaVoiceModel, FallbackCartesiaVoiceModel
    from .cerebras_model import CerebrasModel
    from .cerebras_model_model import CerebrasModelModel
    from .chat import Chat
    from .chat_cost import ChatCost
    from .chunk_plan import ChunkPlan
    from .chunk_plan_punctuation_boundaries import ChunkPlanPunctuationBoundaries
    from .cloudflare_r2_bucket_plan import CloudflareR2BucketPlan
    from .code_tool_environment_variable import CodeToolEnvironmentVariable
    from .compliance import Compliance
    from .compliance_override import ComplianceOverride
    from .compliance_plan import CompliancePlan
    from .computer_tool_with_tool_call import ComputerToolWithToolCall
    from .condition import Condition
    from .condition_operator import ConditionOperator
    from .context_engineering_plan_all import ContextEngineeringPlanAll
    from .context_engineering_plan_last_n_messages import ContextEngineeringPlanLastNMessages
    from .context_engineering_plan_none import ContextEngineeringPlanNone
    from .context_engineering_plan_previous_assistant_messages import ContextEngineeringPlanPreviousAssistantMessages
    from .context_engineering_plan_user_and_assistant_messages import ContextEngineeringPlanUserAndAssistantMessages
    from .conversation_node import ConversationNode
    from .cost_breakdown import CostBreakdown
    from .create_anthropic_bedrock_credential_dto import CreateAnthropicBedrockCredentialDTO
    from .create_anthropic_bedrock_credential_dto_region import CreateAnthropicBedrockCredentialDTORegion
    from .create_anthropic_credential_dto import CreateAnthropicCredentialDTO
    from .create_anyscale_credential_dto import CreateAnyscaleCredentialDTO
    from .create_api_request_tool_dto import CreateApiRequestToolDTO
    from .create_api_request_tool_dto_method import CreateApiRequestToolDTOMethod
    from .create_assembly_ai_credential_dto import CreateAssemblyAICredentialDTO
    from .create_assistant_dto import CreateAssistantDTO
    from .create_azure_credential_dto import CreateAzureCredentialDTO
    from .create_azure_credential_dto_region import CreateAzureCredentialDTORegion, CreateAzureOpenAICredentialDTORegion
    from .create_azure_credential_dto_service import CreateAzureCredentialDTOService
    from .create_azure_open_ai_credential_dto import CreateAzureOpenAICredentialDTO
    from .create_azure_open_ai_credential_dto_models import CreateAzureOpenAICredentialDTOModels
    from .create_bash_tool_dto import CreateBashToolDTO
    from .create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from .create_byo_sip_trunk_credential_dto import CreateByoSipTrunkCredentialDTO
    from .create_call_dto import CreateCallDTO
    from .create_cartesia_credential_dto import CreateCartesiaCredentialDTO
    from .create_cerebras_credential_dto import CreateCerebrasCredentialDTO
    from .create_cloudflare_credential_dto import CreateCloudflareCredentialDTO
    from .create_code_tool_dto import CreateCodeToolDTO
    from .create_computer_tool_dto import CreateComputerToolDTO
    from .create_custom_credential_dto import CreateCustomCredentialDTO
    from .create_custom_knowledge_base_dto import CreateCustomKnowledgeBaseDTO
    from .create_custom_llm_credential_dto import CreateCustomLLMCredentialDTO
    from .create_customer_dto import CreateCustomerDTO
    from .create_deep_infra_credential_dto import CreateDeepInfraCredentialDTO
    from .create_deep_seek_credential_dto import CreateDeepSeekCredentialDTO
    from .create_deepgram_credential_dto import CreateDeepgramCredentialDTO
    from .create_dtmf_tool_dto import CreateDtmfToolDTO
    from .create_eleven_labs_credential_dto import CreateElevenLabsCredentialDTO
    from .create_eleven_labs_credential_dto_api_url import CreateElevenLabsCredentialDTOApiUrl
    from .create_email_credential_dto import CreateEmailCredentialDTO
    from .create_end_call_tool_dto import CreateEndCallToolDTO
    from .create_function_tool_dto import CreateFunctionToolDTO
    from .create_gcp_credential_dto import CreateGcpCredentialDTO
    from .create_gladia_credential_dto import CreateGladiaCredentialDTO
    from .create_go_high_level_calendar_availability_tool_dto import CreateGoHighLevelCalendarAvailabilityToolDTO
    from .create_go_high_level_calendar_event_create_tool_dto import CreateGoHighLevelCalendarEventCreateToolDTO
    from .create_go_high_level_contact_create_tool_dto import CreateGoHighLevelContactCreateToolDTO
    from .create_go_high_level_contact_get_tool_dto import CreateGoHighLevelContactGetToolDTO
    from .create_go_high_level_credential_dto import CreateGoHighLevelCredentialDTO
    from .create_go_high_level_mcp_credential_dto import CreateGoHighLevelMCPCredentialDTO
    from .create_google_calendar_check_availability_tool_dto import CreateGoogleCalendarCheckAvailabilityToolDTO
    from .create_google_calendar_create_event_tool_dto import CreateGoogleCalendarCreateEventToolDTO
    from .create_google_calendar_o_auth_2_authorization_credential_dto import (
        CreateGoogleCalendarOAuth2AuthorizationCredentialDTO,
    )
    from .create_google_calendar_o_auth_2_client_credential_dto import CreateGoogleCalendarOAuth2ClientCredentialDTO
    from .create_google_credential_dto import CreateGoogleCredentialDTO
    from .create_google_sheets_o_auth_2_authorization_credential_dto import (
        CreateGoogleSheetsOAuth2AuthorizationCredentialDTO,
    )
    from .create_google_sheets_row_append_tool_dto import CreateGoogleSheetsRowAppendToolDTO
    from .create_groq_credential_dto import CreateGroqCredentialDTO
    from .create_handoff_tool_dto import CreateHandoffToolDTO
    from .create_hume_credential_dto import CreateHumeCredentialDTO
    from .create_inflection_ai_credential_dto import CreateInflectionAICredentialDTO
    from .create_inworld_credential_dto import CreateInworldCredentialDTO
    from .create_langfuse_credential_dto import CreateLangfuseCredentialDTO
    from .create_lmnt_credential_dto import CreateLmntCredentialDTO
    from .create_make_credential_dto import CreateMakeCredentialDTO
    from .create_mcp_tool_dto import CreateMcpToolDTO
    from .create_microsoft_credential_dto import CreateMicrosoftCredentialDTO
    from .create_minimax_credential_dto import CreateMinimaxCredentialDTO
    from .create_mistral_credential_dto import CreateMistralCredentialDTO
    from .create_neuphonic_credential_dto import CreateNeuphonicCredentialDTO
    from .create_open_ai_credential_dto import CreateOpenAICredentialDTO
    from .create_open_router_credential_dto import CreateOpenRouterCredentialDTO
    from .create_outbound_call_dto import CreateOutboundCallDTO
    from .create_perplexity_ai_credential_dto import CreatePerplexityAICredentialDTO
    from .create_play_ht_credential_dto import CreatePlayHTCredentialDTO
    from .create_query_tool_dto import CreateQueryToolDTO
    from .create_rime_ai_credential_dto import CreateRimeAICredentialDTO
    from .create_runpod_credential_dto import CreateRunpodCredentialDTO
    from .create_s3_compatible_credential_dto import CreateS3CompatibleCredentialDTO
    from .create_s3_credential_dto import CreateS3CredentialDTO
    from .create_scorecard_dto import CreateScorecardDTO
    from .create_sip_request_tool_dto import CreateSipRequestToolDTO
    from .create_sip_request_tool_dto_verb import CreateSipRequestToolDTOVerb
    from .create_slack_o_auth_2_authorization_credential_dto import CreateSlackOAuth2AuthorizationCredentialDTO
    from .create_slack_send_message_tool_dto import CreateSlackSendMessageToolDTO
    from .create_slack_webhook_credential_dto import CreateSlackWebhookCredentialDTO
    from .create_smallest_ai_credential_dto import CreateSmallestAICredentialDTO
    from .create_sms_tool_dto import CreateSmsToolDTO
    from .create_soniox_credential_dto import CreateSonioxCredentialDTO
    from .create_speechmatics_credential_dto import CreateSpeechmaticsCredentialDTO
    from .create_squad_dto import CreateSquadDTO
    from .create_structured_output_dto import CreateStructuredOutputDTO
    from .create_structured_output_dto_type import CreateStructuredOutputDTOType
    from .create_supabase_credential_dto import CreateSupabaseCredentialDTO
    from .create_tavus_credential_dto import CreateTavusCredentialDTO
    from .create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from .create_text_editor_tool_dto import CreateTextEditorToolDTO
    from .create_together_ai_credential_dto import CreateTogetherAICredentialDTO
    from .create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from .create_twilio_credential_dto import CreateTwilioCredentialDTO
    from .create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from .create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from .create_voicemail_tool_dto import CreateVoicemailToolDTO
    from .create_vonage_credential_dto import CreateVonageCredentialDTO
    from .create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from .create_web_call_dto import CreateWebCallDTO
    from .create_webhook_credential_dto import CreateWebhookCredentialDTO
    from .create_well_said_credential_dto import CreateWellSaidCredentialDTO
    from .create_workflow_dto import CreateWorkflowDTO
    from .create_x_ai_credential_dto import CreateXAiCredentialDTO
    from .custom_endpointing_model_smart_endpointing_plan import CustomEndpointingModelSmartEndpointingPlan
    from .custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
        LivekitSmartEndpointingPlanProvider,
        VapiSmartEndpointingPlanProvider,
    )
    from .custom_llm_model import CustomLLMModel
    from .custom_llm_model_metadata_send_mode import CustomLLMModelMetadataSendMode, WorkflowCustomModelMetadataSendMode
    from .custom_message import CustomMessage
    from .custom_transcriber import CustomTranscriber
    from .custom_voice import CustomVoice
    from .customer_custom_endpointing_rule import CustomerCustomEndpointingRule
    from .customer_speech_timeout_options import CustomerSpeechTimeoutOptions
    from .customer_speech_timeout_options_trigger_reset_mode import CustomerSpeechTimeoutOptionsTriggerResetMode
    from .deep_infra_model import DeepInfraModel
    from .deep_seek_model import DeepSeekModel
    from .deep_seek_model_model import DeepSeekModelModel
    from .deepgram_transcriber import DeepgramTranscriber
    from .deepgram_transcriber_language import DeepgramTranscriberLanguage, FallbackDeepgramTranscriberLanguage
    from .deepgram_transcriber_model import DeepgramTranscriberModel, FallbackDeepgramTranscriberModel
    from .deepgram_transcriber_redaction import DeepgramTranscriberRedaction, FallbackDeepgramTranscriberRedaction
    from .deepgram_voice import DeepgramVoice
    from .deepgram_voice_model import DeepgramVoiceModel, FallbackDeepgramVoiceModel
    from .deepgram_voice_voice_id import DeepgramVoiceVoiceId, FallbackDeepgramVoiceVoiceId
    from .delete_call_dto import DeleteCallDTO
    from .developer_message import DeveloperMessage
    from .edge import Edge
    from .eleven_labs_pronunciation_dictionary_locator import ElevenLabsPronunciationDictionaryLocator
    from .eleven_labs_transcriber import ElevenLabsTranscriber
    from .eleven_labs_transcriber_model import ElevenLabsTranscriberModel, FallbackElevenLabsTranscriberModel
    from .eleven_labs_voice import ElevenLabsVoice
    from .eleven_labs_voice_model import ElevenLabsVoiceModel, FallbackElevenLabsVoiceModel
    from .eleven_labs_voice_voice_id import ElevenLabsVoiceVoiceId, FallbackElevenLabsVoiceVoiceId
    from .ended_reason_condition import EndedReasonCondition
    from .ended_reason_condition_operator import EndedReasonConditionOperator
    from .error_response import ErrorResponse
    from .exact_replacement import ExactReplacement
    from .fallback_assembly_ai_transcriber import FallbackAssemblyAITranscriber
    from .fallback_azure_speech_transcriber import FallbackAzureSpeechTranscriber
    from .fallback_azure_voice import FallbackAzureVoice
    from .fallback_cartesia_transcriber import FallbackCartesiaTranscriber
    from .fallback_cartesia_voice import FallbackCartesiaVoice
    from .fallback_custom_transcriber import FallbackCustomTranscriber
    from .fallback_custom_voice import FallbackCustomVoice
    from .fallback_deepgram_transcriber import FallbackDeepgramTranscriber
    from .fallback_deepgram_voice import FallbackDeepgramVoice
    from .fallback_eleven_labs_transcriber import FallbackElevenLabsTranscriber
    from .fallback_eleven_labs_voice import FallbackElevenLabsVoice
    from .fallback_gladia_transcriber import FallbackGladiaTranscriber
    from .fallback_gladia_transcriber_language import (
        FallbackGladiaTranscriberLanguage,
        FallbackGladiaTranscriberLanguages,
        GladiaTranscriberLanguage,
        GladiaTranscriberLanguages,
    )
    from .fallback_gladia_transcriber_language_behaviour import (
        FallbackGladiaTranscriberLanguageBehaviour,
        GladiaTranscriberLanguageBehaviour,
    )
    from .fallback_gladia_transcriber_model import FallbackGladiaTranscriberModel, GladiaTranscriberModel
    from .fallback_gladia_transcriber_region import FallbackGladiaTranscriberRegion, GladiaTranscriberRegion
    from .fallback_google_transcriber import FallbackGoogleTranscriber
    from .fallback_google_transcriber_language import FallbackGoogleTranscriberLanguage, GoogleTranscriberLanguage
    from .fallback_google_transcriber_model import (
        FallbackGoogleTranscriberModel,
        GoogleModelModel,
        GoogleTranscriberModel,
        KnowledgeBaseModel,
        WorkflowGoogleModelModel,
    )
    from .fallback_hume_voice import FallbackHumeVoice
    from .fallback_hume_voice_model import FallbackHumeVoiceModel, HumeVoiceModel
    from .fallback_inworld_voice import FallbackInworldVoice
    from .fallback_inworld_voice_language_code import FallbackInworldVoiceLanguageCode, InworldVoiceLanguageCode
    from .fallback_inworld_voice_voice_id import FallbackInworldVoiceVoiceId, InworldVoiceVoiceId
    from .fallback_lmnt_voice import FallbackLMNTVoice
    from .fallback_lmnt_voice_voice_id import FallbackLMNTVoiceVoiceId, LMNTVoiceVoiceId
    from .fallback_microsoft_voice import FallbackMicrosoftVoice
    from .fallback_microsoft_voice_role import FallbackMicrosoftVoiceRole, MicrosoftVoiceRole
    from .fallback_microsoft_voice_style import FallbackMicrosoftVoiceStyle, MicrosoftVoiceStyle
    from .fallback_microsoft_voice_voice_id import FallbackMicrosoftVoiceVoiceId, MicrosoftVoiceVoiceId
    from .fallback_neuphonic_voice import FallbackNeuphonicVoice
    from .fallback_neuphonic_voice_model import FallbackNeuphonicVoiceModel, NeuphonicVoiceModel
    from .fallback_open_ai_transcriber import FallbackOpenAITranscriber
    from .fallback_open_ai_transcriber_language import FallbackOpenAITranscriberLanguage, OpenAITranscriberLanguage
    from .fallback_open_ai_transcriber_model import FallbackOpenAITranscriberModel, OpenAITranscriberModel
    from .fallback_open_ai_voice import FallbackOpenAIVoice
    from .fallback_open_ai_voice_model import FallbackOpenAIVoiceModel, OpenAIVoiceModel
    from .fallback_open_ai_voice_voice_id import FallbackOpenAIVoiceVoiceId, OpenAIVoiceVoiceId
    from .fallback_plan import FallbackPlan
    from .fallback_play_ht_voice import FallbackPlayHTVoice
    from .fallback_play_ht_voice_emotion import FallbackPlayHTVoiceEmotion, PlayHTVoiceEmotion
    from .fallback_play_ht_voice_language import FallbackPlayHTVoiceLanguage, PlayHTVoiceLanguage
    from .fallback_play_ht_voice_model import FallbackPlayHTVoiceModel, PlayHTVoiceModel
    from .fallback_play_ht_voice_voice_id import FallbackPlayHTVoiceVoiceId, PlayHTVoiceVoiceId
    from .fallback_rime_ai_voice import FallbackRimeAIVoice
    from .fallback_rime_ai_voice_language import FallbackRimeAIVoiceLanguage, RimeAIVoiceLanguage
    from .fallback_rime_ai_voice_model import FallbackRimeAIVoiceModel, RimeAIVoiceModel
    from .fallback_rime_ai_voice_voice_id import FallbackRimeAIVoiceVoiceId, RimeAIVoiceVoiceId
    from .fallback_sesame_voice import FallbackSesameVoice
    from .fallback_smallest_ai_voice import FallbackSmallestAIVoice
    from .fallback_smallest_ai_voice_voice_id import FallbackSmallestAIVoiceVoiceId, SmallestAIVoiceVoiceId
    from .fallback_soniox_transcriber import FallbackSonioxTranscriber
    from .fallback_soniox_transcriber_model import FallbackSonioxTranscriberModel, SonioxTranscriberModel
    from .fallback_speechmatics_transcriber import FallbackSpeechmaticsTranscriber
    from .fallback_speechmatics_transcriber_language import (
        FallbackSpeechmaticsTranscriberLanguage,
        SpeechmaticsTranscriberLanguage,
    )
    from .fallback_speechmatics_transcriber_numeral_style import (
        FallbackSpeechmaticsTranscriberNumeralStyle,
        SpeechmaticsTranscriberNumeralStyle,
    )
    from .fallback_speechmatics_transcriber_operating_point import (
        FallbackSpeechmaticsTranscriberOperatingPoint,
        SpeechmaticsTranscriberOperatingPoint,
    )
    from .fallback_speechmatics_transcriber_region import (
        FallbackSpeechmaticsTranscriberRegion,
        SpeechmaticsTranscriberRegion,
    )
    from .fallback_talkscriber_transcriber import FallbackTalkscriberTranscriber
    from .fallback_talkscriber_transcriber_language import (
        FallbackTalkscriberTranscriberLanguage,
        TalkscriberTranscriberLanguage,
    )
    from .fallback_tavus_voice import FallbackTavusVoice
    from .fallback_transcriber_plan import FallbackTranscriberPlan
    from .fallback_vapi_voice import FallbackVapiVoice
    from .fallback_vapi_voice_language import FallbackVapiVoiceLanguage, VapiVoiceLanguage
    from .fallback_vapi_voice_version import FallbackVapiVoiceVersion, VapiVoiceVersion
    from .fallback_well_said_voice import FallbackWellSaidVoice
    from .fallback_well_said_voice_model import FallbackWellSaidVoiceModel, WellSaidVoiceModel
    from .fallback_xai_transcriber import FallbackXaiTranscriber
    from .fallback_xai_transcriber_language import FallbackXaiTranscriberLanguage, XaiTranscriberLanguage
    from .fallback_xai_voice import FallbackXaiVoice
    from .fallback_xai_voice_language import FallbackXaiVoiceLanguage, XaiVoiceLanguage
    from .fallback_xai_voice_voice_id import FallbackXaiVoiceVoiceId, XaiVoiceVoiceId
    from .format_plan import FormatPlan
    from .format_plan_formatters_enabled import FormatPlanFormattersEnabled
    from .fourier_denoising_plan import FourierDenoisingPlan
    from .function_tool_with_tool_call import FunctionToolWithToolCall
    from .gcp_key import GcpKey
    from .gemini_multimodal_live_prebuilt_voice_config import GeminiMultimodalLivePrebuiltVoiceConfig
    from .gemini_multimodal_live_prebuilt_voice_config_voice_name import (
        GeminiMultimodalLivePrebuiltVoiceConfigVoiceName,
    )
    from .gemini_multimodal_live_speech_config import GeminiMultimodalLiveSpeechConfig
    from .gemini_multimodal_live_voice_config import GeminiMultimodalLiveVoiceConfig
    from .ghl_tool_metadata import GhlToolMetadata
    from .ghl_tool_with_tool_call import GhlToolWithToolCall
    from .gladia_custom_vocabulary_config_dto import GladiaCustomVocabularyConfigDTO
    from .gladia_transcriber import GladiaTranscriber
    from .gladia_vocabulary_item_dto import GladiaVocabularyItemDTO
    from .global_node_plan import GlobalNodePlan
    from .google_calendar_create_event_tool_with_tool_call import GoogleCalendarCreateEventToolWithToolCall
    from .google_model import GoogleModel
    from .google_realtime_config import GoogleRealtimeConfig
    from .google_transcriber import GoogleTranscriber
    from .google_voicemail_detection_plan import GoogleVoicemailDetectionPlan
    from .google_voicemail_detection_plan_type import (
        GoogleVoicemailDetectionPlanType,
        OpenAIVoicemailDetectionPlanType,
        VapiVoicemailDetectionPlanType,
    )
    from .groq_model import GroqModel
    from .groq_model_model import GroqModelModel
    from .group_condition import GroupCondition
    from .group_condition_operator import GroupConditionOperator
    from .handoff_destination_assistant import HandoffDestinationAssistant
    from .handoff_destination_dynamic import HandoffDestinationDynamic
    from .handoff_destination_squad import HandoffDestinationSquad
    from .hmac_authentication_plan import HMACAuthenticationPlan
    from .hmac_authentication_plan_algorithm import HMACAuthenticationPlanAlgorithm
    from .hmac_authentication_plan_signature_encoding import HMACAuthenticationPlanSignatureEncoding
    from .hume_voice import HumeVoice
    from .import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from .inflection_ai_model import InflectionAIModel
    from .inworld_voice import InworldVoice
    from .json_schema import JsonSchema
    from .json_schema_format import JsonSchemaFormat
    from .json_schema_type import JsonSchemaType
    from .keypad_input_plan import KeypadInputPlan
    from .keypad_input_plan_delimiters import KeypadInputPlanDelimiters
    from .knowledge_base import KnowledgeBase
    from .knowledge_base_cost import KnowledgeBaseCost
    from .knowledge_base_response_document import KnowledgeBaseResponseDocument
    from .langfuse_observability_plan import LangfuseObservabilityPlan
    from .liquid_condition import LiquidCondition
    from .livekit_smart_endpointing_plan import LivekitSmartEndpointingPlan
    from .lmnt_voice import LMNTVoice
    from .make_tool_metadata import MakeToolMetadata
    from .make_tool_with_tool_call import MakeToolWithToolCall
    from .mcp_tool_messages import McpToolMessages
    from .mcp_tool_metadata import McpToolMetadata
    from .mcp_tool_metadata_protocol import McpToolMetadataProtocol
    from .message_add_hook_action import MessageAddHookAction
    from .message_target import MessageTarget
    from .message_target_role import MessageTargetRole, ServerMessageSpeechUpdateRole, ServerMessageTranscriptRole
    from .microsoft_voice import MicrosoftVoice
    from .min_call_duration_condition import MinCallDurationCondition
    from .min_messages_condition import MinMessagesCondition
    from .minimax_llm_model import MinimaxLLMModel
    from .minimax_voice import MinimaxVoice
    from .minimax_voice_language_boost import MinimaxVoiceLanguageBoost
    from .minimax_voice_model import MinimaxVoiceModel
    from .minimax_voice_region import MinimaxVoiceRegion
    from .minimax_voice_subtitle_type import MinimaxVoiceSubtitleType
    from .model_cost import ModelCost
    from .monitor import Monitor
    from .monitor_plan import MonitorPlan
    from .monitor_result import MonitorResult
    from .mono import Mono
    from .neuphonic_voice import NeuphonicVoice
    from .node_artifact import NodeArtifact
    from .number_comparator_scorecard_metric_condition import NumberComparatorScorecardMetricCondition
    from .number_comparator_scorecard_metric_condition_comparator import (
        NumberComparatorScorecardMetricConditionComparator,
    )
    from .o_auth_2_authentication_plan import OAuth2AuthenticationPlan
    from .oauth_2_authentication_session import Oauth2AuthenticationSession
    from .open_ai_function import OpenAIFunction
    from .open_ai_function_parameters import OpenAIFunctionParameters
    from .open_ai_message import OpenAIMessage
    from .open_ai_message_role import OpenAIMessageRole
    from .open_ai_model import OpenAIModel
    from .open_ai_model_fallback_models import OpenAIModelFallbackModels, OpenAIModelModel
    from .open_ai_model_prompt_cache_retention import OpenAIModelPromptCacheRetention
    from .open_ai_model_reasoning_effort import OpenAIModelReasoningEffort
    from .open_ai_model_tool_strict_compatibility_mode import OpenAIModelToolStrictCompatibilityMode
    from .open_ai_transcriber import OpenAITranscriber
    from .open_ai_voice import OpenAIVoice
    from .open_ai_voicemail_detection_plan import OpenAIVoicemailDetectionPlan
    from .open_router_model import OpenRouterModel
    from .performance_metrics import PerformanceMetrics
    from .perplexity_ai_model import PerplexityAIModel
    from .phone_number_call_ending_hook_filter import PhoneNumberCallEndingHookFilter
    from .phone_number_call_ending_hook_filter_one_of import PhoneNumberCallEndingHookFilterOneOf
    from .phone_number_call_ringing_hook_filter import PhoneNumberCallRingingHookFilter
    from .phone_number_hook_call_ending import PhoneNumberHookCallEnding
    from .phone_number_hook_call_ringing import PhoneNumberHookCallRinging
    from .play_ht_voice import PlayHTVoice
    from .public_key_encryption_plan import PublicKeyEncryptionPlan
    from .recording import Recording
    from .recording_consent import RecordingConsent
    from .recording_consent_plan_stay_on_line import RecordingConsentPlanStayOnLine
    from .recording_consent_plan_stay_on_line_first_message_mode import (
        RecordingConsentPlanStayOnLineFirstMessageMode,
        RecordingConsentPlanVerbalFirstMessageMode,
    )
    from .recording_consent_plan_verbal import RecordingConsentPlanVerbal
    from .recording_consent_type import RecordingConsentType
    from .regex_condition import RegexCondition
    from .regex_option import RegexOption
    from .regex_option_type import RegexOptionType
    from .regex_replacement import RegexReplacement
    from .rime_ai_voice import RimeAIVoice
    from .s3_compatible_bucket_plan import S3CompatibleBucketPlan
    from .say_hook_action import SayHookAction
    from .say_phone_number_hook_action import SayPhoneNumberHookAction
    from .schedule_plan import SchedulePlan
    from .scorecard_metric import ScorecardMetric
    from .security_filter_plan import SecurityFilterPlan
    from .security_filter_plan_mode import SecurityFilterPlanMode
    from .server import Server
    from .server_message import ServerMessage
    from .server_message_assistant_request import ServerMessageAssistantRequest
    from .server_message_assistant_speech import ServerMessageAssistantSpeech
    from .server_message_assistant_speech_source import ServerMessageAssistantSpeechSource
    from .server_message_call_artifact_upload import ServerMessageCallArtifactUpload
    from .server_message_call_delete_failed import ServerMessageCallDeleteFailed
    from .server_message_call_deleted import ServerMessageCallDeleted
    from .server_message_call_endpointing_request import ServerMessageCallEndpointingRequest
    from .server_message_campaign_predial import ServerMessageCampaignPredial
    from .server_message_chat_created import ServerMessageChatCreated
    from .server_message_chat_deleted import ServerMessageChatDeleted
    from .server_message_conversation_update import ServerMessageConversationUpdate
    from .server_message_end_of_call_report import ServerMessageEndOfCallReport
    from .server_message_handoff_destination_request import ServerMessageHandoffDestinationRequest
    from .server_message_hang import ServerMessageHang
    from .server_message_knowledge_base_request import ServerMessageKnowledgeBaseRequest
    from .server_message_language_change_detected import ServerMessageLanguageChangeDetected
    from .server_message_model_output import ServerMessageModelOutput
    from .server_message_phone_call_control import ServerMessagePhoneCallControl
    from .server_message_phone_call_control_request import ServerMessagePhoneCallControlRequest
    from .server_message_response import ServerMessageResponse
    from .server_message_response_assistant_request import ServerMessageResponseAssistantRequest
    from .server_message_response_call_endpointing_request import ServerMessageResponseCallEndpointingRequest
    from .server_message_response_campaign_predial import ServerMessageResponseCampaignPredial
    from .server_message_response_handoff_destination_request import ServerMessageResponseHandoffDestinationRequest
    from .server_message_response_knowledge_base_request import ServerMessageResponseKnowledgeBaseRequest
    from .server_message_response_tool_calls import ServerMessageResponseToolCalls
    from .server_message_response_transfer_destination_request import ServerMessageResponseTransferDestinationRequest
    from .server_message_response_voice_request import ServerMessageResponseVoiceRequest
    from .server_message_session_created import ServerMessageSessionCreated
    from .server_message_session_deleted import ServerMessageSessionDeleted
    from .server_message_session_updated import ServerMessageSessionUpdated
    from .server_message_speech_update import ServerMessageSpeechUpdate
    from .server_message_speech_update_status import ServerMessageSpeechUpdateStatus
    from .server_message_status_update import ServerMessageStatusUpdate
    from .server_message_tool_calls import ServerMessageToolCalls
    from .server_message_transcript import ServerMessageTranscript
    from .server_message_transcript_transcript_type import ServerMessageTranscriptTranscriptType
    from .server_message_transcript_type import ServerMessageTranscriptType
    from .server_message_transfer_destination_request import ServerMessageTransferDestinationRequest
    from .server_message_transfer_update import ServerMessageTransferUpdate
    from .server_message_user_interrupted import ServerMessageUserInterrupted
    from .server_message_voice_input import ServerMessageVoiceInput
    from .server_message_voice_request import ServerMessageVoiceRequest
    from .sesame_voice import SesameVoice
    from .session import Session
    from .session_cost import SessionCost
    from .session_created_hook import SessionCreatedHook
    from .session_status import SessionStatus
    from .sip_authentication import SipAuthentication
    from .sip_trunk_gateway import SipTrunkGateway
    from .sip_trunk_gateway_outbound_protocol import SipTrunkGatewayOutboundProtocol
    from .sip_trunk_outbound_authentication_plan import SipTrunkOutboundAuthenticationPlan
    from .sip_trunk_outbound_sip_register_plan import SipTrunkOutboundSipRegisterPlan
    from .skipped_structured_output import SkippedStructuredOutput
    from .smallest_ai_voice import SmallestAIVoice
    from .smart_denoising_plan import SmartDenoisingPlan
    from .soniox_context_general_item import SonioxContextGeneralItem
    from .soniox_transcriber import SonioxTranscriber
    from .speechmatics_custom_vocabulary_item import SpeechmaticsCustomVocabularyItem
    from .speechmatics_transcriber import SpeechmaticsTranscriber
    from .spki_pem_public_key_config import SpkiPemPublicKeyConfig
    from .squad_member_dto import SquadMemberDTO
    from .start_speaking_plan import StartSpeakingPlan
    from .stop_speaking_plan import StopSpeakingPlan
    from .structured_data_multi_plan import StructuredDataMultiPlan
    from .structured_data_plan import StructuredDataPlan
    from .structured_output_cost_breakdown import StructuredOutputCostBreakdown
    from .subscription_limits import SubscriptionLimits
    from .success_evaluation_plan import SuccessEvaluationPlan
    from .success_evaluation_plan_rubric import SuccessEvaluationPlanRubric
    from .summary_plan import SummaryPlan
    from .supabase_bucket_plan import SupabaseBucketPlan
    from .supabase_bucket_plan_region import SupabaseBucketPlanRegion
    from .system_message import SystemMessage
    from .talkscriber_transcriber import TalkscriberTranscriber
    from .tavus_conversation_properties import TavusConversationProperties
    from .tavus_voice import TavusVoice
    from .telnyx_transport import TelnyxTransport
    from .text_content import TextContent
    from .text_editor_tool_with_tool_call import TextEditorToolWithToolCall
    from .together_ai_model import TogetherAIModel
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_hook_action import ToolCallHookAction
    from .tool_call_message import ToolCallMessage
    from .tool_call_result import ToolCallResult
    from .tool_call_result_message import ToolCallResultMessage
    from .tool_call_result_message_warning import ToolCallResultMessageWarning
    from .tool_message import ToolMessage
    from .tool_message_complete import ToolMessageComplete
    from .tool_message_complete_role import ToolMessageCompleteRole, ToolMessageFailedRole
    from .tool_message_delayed import ToolMessageDelayed
    from .tool_message_failed import ToolMessageFailed
    from .tool_message_start import ToolMessageStart
    from .tool_node import ToolNode
    from .tool_parameter import ToolParameter
    from .tool_ref import ToolRef
    from .tool_rejection_plan import ToolRejectionPlan
    from .transcriber_cost import TranscriberCost
    from .transcript_plan import TranscriptPlan
    from .transcription_endpointing_plan import TranscriptionEndpointingPlan
    from .transfer_artifact import TransferArtifact
    from .transfer_artifact_mode import TransferArtifactMode, TransferPlanMode
    from .transfer_artifact_status import TransferArtifactStatus
    from .transfer_destination_assistant import TransferDestinationAssistant
    from .transfer_destination_assistant_transfer_mode import TransferDestinationAssistantTransferMode
    from .transfer_destination_number import TransferDestinationNumber
    from .transfer_destination_sip import TransferDestinationSip
    from .transfer_fallback_plan import TransferFallbackPlan
    from .transfer_phone_number_hook_action import TransferPhoneNumberHookAction
    from .transfer_plan import TransferPlan
    from .transfer_plan_sip_verb import TransferPlanSipVerb
    from .transport_configuration_twilio import TransportConfigurationTwilio
    from .transport_configuration_twilio_recording_channels import TransportConfigurationTwilioRecordingChannels
    from .transport_cost import TransportCost
    from .transport_cost_provider import TransportCostProvider
    from .turn_latency import TurnLatency
    from .twilio_transport import TwilioTransport
    from .twilio_voicemail_detection_plan import TwilioVoicemailDetectionPlan
    from .twilio_voicemail_detection_plan_voicemail_detection_types import (
        TwilioVoicemailDetectionPlanVoicemailDetectionTypes,
    )
    from .unknown_variants import *  # noqa: F403
    from .update_call_dto import UpdateCallDTO
    from .user_message import UserMessage
    from .vapi_cost import VapiCost
    from .vapi_cost_sub_type import VapiCostSubType
    from .vapi_model import VapiModel
    from .vapi_model_version import VapiModelVersion, VapiTranscriberVersion
    from .vapi_pronunciation_dictionary_locator import VapiPronunciationDictionaryLocator
    from .vapi_pronunciation_dictionary_locator_provider import VapiPronunciationDictionaryLocatorProvider
    from .vapi_sip_transport import VapiSipTransport
    from .vapi_smart_endpointing_plan import VapiSmartEndpointingPlan
    from .vapi_transcriber import VapiTranscriber
    from .vapi_transcriber_turn_taking import VapiTranscriberTurnTaking
    from .vapi_voice import VapiVoice
    from .vapi_voicemail_detection_plan import VapiVoicemailDetectionPlan
    from .vapi_web_call_transport import VapiWebCallTransport
    from .vapi_websocket_transport import VapiWebsocketTransport
    from .variable_extraction_alias import VariableExtractionAlias
    from .variable_extraction_plan import VariableExtractionPlan
    from .voice_cost import VoiceCost
    from .voicemail_detection_backoff_plan import VoicemailDetectionBackoffPlan
    from .voicemail_detection_cost import VoicemailDetectionCost
    from .voicemail_detection_cost_provider import VoicemailDetectionCostProvider
    from .vonage_transport import VonageTransport
    from .well_said_voice import WellSaidVoice
    from .workflow_anthropic_bedrock_model import WorkflowAnthropicBedrockModel
    from .workflow_anthropic_model import WorkflowAnthropicModel
    from .workflow_custom_model import WorkflowCustomModel
    from .workflow_google_model import WorkflowGoogleModel
    from .workflow_open_ai_model import WorkflowOpenAIModel
    from .workflow_open_ai_model_model import WorkflowOpenAIModelModel
    from .workflow_overrides import WorkflowOverrides
    from .workflow_user_editable import WorkflowUserEditable
    from .xai_model import XaiModel
    from .xai_model_model import XaiModelModel
    from .xai_transcriber import XaiTranscriber
    from .xai_voice import XaiVoice

_MODULES = {
    "CreateAssistantDTOBackgroundSound": ".assistant_overrides_background_sound",
    "CreateAssistantDTOClientMessages": ".assistant_overrides_client_messages",
    "CreateAssistantDTOFirstMessageMode": ".assistant_overrides_first_message_mode",
    "CreateAssistantDTOServerMessages": ".assistant_overrides_server_messages",
    "CreateAzureOpenAICredentialDTORegion": ".create_azure_credential_dto_region",
    "CreateWorkflowDTOBackgroundSound": ".assistant_overrides_background_sound",
    "ElevenLabsTranscriberLanguage": ".cartesia_transcriber_language",
    "FallbackAssemblyAITranscriberLanguage": ".assembly_ai_transcriber_language",
    "FallbackAssemblyAITranscriberLanguageCodes": ".assembly_ai_transcriber_language_codes",
    "FallbackAssemblyAITranscriberMode": ".assembly_ai_transcriber_mode",
    "FallbackAssemblyAITranscriberSpeechModel": ".assembly_ai_transcriber_speech_model",
    "FallbackAzureSpeechTranscriberLanguage": ".azure_speech_transcriber_language",
    "FallbackAzureSpeechTranscriberSegmentationStrategy": ".azure_speech_transcriber_segmentation_strategy",
    "FallbackAzureVoiceVoiceId": ".azure_voice_voice_id",
    "FallbackCartesiaTranscriberLanguage": ".cartesia_transcriber_language",
    "FallbackCartesiaTranscriberModel": ".cartesia_transcriber_model",
    "FallbackCartesiaVoiceLanguage": ".cartesia_voice_language",
    "FallbackCartesiaVoiceModel": ".cartesia_voice_model",
    "FallbackDeepgramTranscriberLanguage": ".deepgram_transcriber_language",
    "FallbackDeepgramTranscriberModel": ".deepgram_transcriber_model",
    "FallbackDeepgramTranscriberRedaction": ".deepgram_transcriber_redaction",
    "FallbackDeepgramVoiceModel": ".deepgram_voice_model",
    "FallbackDeepgramVoiceVoiceId": ".deepgram_voice_voice_id",
    "FallbackElevenLabsTranscriberLanguage": ".cartesia_transcriber_language",
    "FallbackElevenLabsTranscriberModel": ".eleven_labs_transcriber_model",
    "FallbackElevenLabsVoiceModel": ".eleven_labs_voice_model",
    "FallbackElevenLabsVoiceVoiceId": ".eleven_labs_voice_voice_id",
    "FallbackGladiaTranscriberLanguages": ".fallback_gladia_transcriber_language",
    "FallbackLMNTVoiceLanguage": ".cartesia_transcriber_language",
    "FallbackSonioxTranscriberLanguage": ".cartesia_transcriber_language",
    "FallbackSonioxTranscriberLanguages": ".cartesia_transcriber_language",
    "GladiaTranscriberLanguage": ".fallback_gladia_transcriber_language",
    "GladiaTranscriberLanguageBehaviour": ".fallback_gladia_transcriber_language_behaviour",
    "GladiaTranscriberLanguages": ".fallback_gladia_transcriber_language",
    "GladiaTranscriberModel": ".fallback_gladia_transcriber_model",
    "GladiaTranscriberRegion": ".fallback_gladia_transcriber_region",
    "GoogleModelModel": ".fallback_google_transcriber_model",
    "GoogleTranscriberLanguage": ".fallback_google_transcriber_language",
    "GoogleTranscriberModel": ".fallback_google_transcriber_model",
    "HumeVoiceModel": ".fallback_hume_voice_model",
    "InworldVoiceLanguageCode": ".fallback_inworld_voice_language_code",
    "InworldVoiceVoiceId": ".fallback_inworld_voice_voice_id",
    "KnowledgeBaseModel": ".fallback_google_transcriber_model",
    "LMNTVoiceLanguage": ".cartesia_transcriber_language",
    "LMNTVoiceVoiceId": ".fallback_lmnt_voice_voice_id",
    "LivekitSmartEndpointingPlanProvider": ".custom_endpointing_model_smart_endpointing_plan_provider",
    "MicrosoftVoiceRole": ".fallback_microsoft_voice_role",
    "MicrosoftVoiceStyle": ".fallback_microsoft_voice_style",
    "MicrosoftVoiceVoiceId": ".fallback_microsoft_voice_voice_id",
    "NeuphonicVoiceModel": ".fallback_neuphonic_voice_model",
    "OpenAIModelModel": ".open_ai_model_fallback_models",
    "OpenAITranscriberLanguage": ".fallback_open_ai_transcriber_language",
    "OpenAITranscriberModel": ".fallback_open_ai_transcriber_model",
    "OpenAIVoiceModel": ".fallback_open_ai_voice_model",
    "OpenAIVoiceVoiceId": ".fallback_open_ai_voice_voice_id",
    "OpenAIVoicemailDetectionPlanType": ".google_voicemail_detection_plan_type",
    "PlayHTVoiceEmotion": ".fallback_play_ht_voice_emotion",
    "PlayHTVoiceLanguage": ".fallback_play_ht_voice_language",
    "PlayHTVoiceModel": ".fallback_play_ht_voice_model",
    "PlayHTVoiceVoiceId": ".fallback_play_ht_voice_voice_id",
    "RecordingConsentPlanVerbalFirstMessageMode": ".recording_consent_plan_stay_on_line_first_message_mode",
    "RimeAIVoiceLanguage": ".fallback_rime_ai_voice_language",
    "RimeAIVoiceModel": ".fallback_rime_ai_voice_model",
    "RimeAIVoiceVoiceId": ".fallback_rime_ai_voice_voice_id",
    "ServerMessageEndOfCallReportEndedReason": ".call_ended_reason",
    "ServerMessageSpeechUpdateRole": ".message_target_role",
    "ServerMessageStatusUpdateEndedReason": ".call_ended_reason",
    "ServerMessageStatusUpdateStatus": ".call_status",
    "ServerMessageTranscriptRole": ".message_target_role",
    "SmallestAIVoiceVoiceId": ".fallback_smallest_ai_voice_voice_id",
    "SonioxTranscriberLanguage": ".cartesia_transcriber_language",
    "SonioxTranscriberLanguages": ".cartesia_transcriber_language",
    "SonioxTranscriberModel": ".fallback_soniox_transcriber_model",
    "SpeechmaticsTranscriberLanguage": ".fallback_speechmatics_transcriber_language",
    "SpeechmaticsTranscriberNumeralStyle": ".fallback_speechmatics_transcriber_numeral_style",
    "SpeechmaticsTranscriberOperatingPoint": ".fallback_speechmatics_transcriber_operating_point",
    "SpeechmaticsTranscriberRegion": ".fallback_speechmatics_transcriber_region",
    "TalkscriberTranscriberLanguage": ".fallback_talkscriber_transcriber_language",
    "TextContentLanguage": ".cartesia_transcriber_language",
    "ToolMessageFailedRole": ".tool_message_complete_role",
    "TransferPlanMode": ".transfer_artifact_mode",
    "VapiSmartEndpointingPlanProvider": ".custom_endpointing_model_smart_endpointing_plan_provider",
    "VapiTranscriberLanguage": ".cartesia_transcriber_language",
    "VapiTranscriberLanguages": ".cartesia_transcriber_language",
    "VapiTranscriberVersion": ".vapi_model_version",
    "VapiVoiceLanguage": ".fallback_vapi_voice_language",
    "VapiVoiceVersion": ".fallback_vapi_voice_version",
    "VapiVoicemailDetectionPlanType": ".google_voicemail_detection_plan_type",
    "WellSaidVoiceModel": ".fallback_well_said_voice_model",
    "WorkflowAnthropicBedrockModelModel": ".anthropic_bedrock_model_model",
    "WorkflowAnthropicModelModel": ".anthropic_model_model",
    "WorkflowCustomModelMetadataSendMode": ".custom_llm_model_metadata_send_mode",
    "WorkflowGoogleModelModel": ".fallback_google_transcriber_model",
    "WorkflowUserEditableBackgroundSound": ".assistant_overrides_background_sound",
    "XaiTranscriberLanguage": ".fallback_xai_transcriber_language",
    "XaiVoiceLanguage": ".fallback_xai_voice_language",
    "XaiVoiceVoiceId": ".fallback_xai_voice_voice_id",
    "AIEdgeCondition": ".ai_edge_condition",
    "Analysis": ".analysis",
    "AnalysisCost": ".analysis_cost",
    "AnalysisCostAnalysisType": ".analysis_cost_analysis_type",
    "AnalysisCostBreakdown": ".analysis_cost_breakdown",
    "AnalysisPlan": ".analysis_plan",
    "AnthropicBedrockModel": ".anthropic_bedrock_model",
    "AnthropicBedrockModelModel": ".anthropic_bedrock_model_model",
    "AnthropicModel": ".anthropic_model",
    "AnthropicModelModel": ".anthropic_model_model",
    "AnthropicThinkingConfig": ".anthropic_thinking_config",
    "AnyscaleModel": ".anyscale_model",
    "Artifact": ".artifact",
    "ArtifactPlan": ".artifact_plan",
    "ArtifactPlanRecordingFormat": ".artifact_plan_recording_format",
    "AssemblyAITranscriber": ".assembly_ai_transcriber",
    "AssemblyAITranscriberLanguage": ".assembly_ai_transcriber_language",
    "AssemblyAITranscriberLanguageCodes": ".assembly_ai_transcriber_language_codes",
    "AssemblyAITranscriberMode": ".assembly_ai_transcriber_mode",
    "AssemblyAITranscriberSpeechModel": ".assembly_ai_transcriber_speech_model",
    "AssistantActivation": ".assistant_activation",
    "AssistantCustomEndpointingRule": ".assistant_custom_endpointing_rule",
    "AssistantMessage": ".assistant_message",
    "AssistantOverrides": ".assistant_overrides",
    "AssistantOverridesBackgroundSound": ".assistant_overrides_background_sound",
    "AssistantOverridesClientMessages": ".assistant_overrides_client_messages",
    "AssistantOverridesFirstMessageMode": ".assistant_overrides_first_message_mode",
    "AssistantOverridesServerMessages": ".assistant_overrides_server_messages",
    "AssistantSpeechWordAlignmentTiming": ".assistant_speech_word_alignment_timing",
    "AssistantSpeechWordProgressTiming": ".assistant_speech_word_progress_timing",
    "AssistantSpeechWordTimestamp": ".assistant_speech_word_timestamp",
    "AudioFormat": ".audio_format",
    "AudioFormatFormat": ".audio_format_format",
    "AWSStsAuthenticationPlan": ".aws_sts_authentication_plan",
    "AWSIAMCredentialsAuthenticationPlan": ".awsiam_credentials_authentication_plan",
    "AzureBlobStorageBucketPlan": ".azure_blob_storage_bucket_plan",
    "AzureSpeechTranscriber": ".azure_speech_transcriber",
    "AzureSpeechTranscriberLanguage": ".azure_speech_transcriber_language",
    "AzureSpeechTranscriberSegmentationStrategy": ".azure_speech_transcriber_segmentation_strategy",
    "AzureVoice": ".azure_voice",
    "AzureVoiceVoiceId": ".azure_voice_voice_id",
    "BackgroundSpeechDenoisingPlan": ".background_speech_denoising_plan",
    "BackoffPlan": ".backoff_plan",
    "BackoffPlanType": ".backoff_plan_type",
    "BashToolWithToolCall": ".bash_tool_with_tool_call",
    "BearerAuthenticationPlan": ".bearer_authentication_plan",
    "BooleanComparatorScorecardMetricCondition": ".boolean_comparator_scorecard_metric_condition",
    "BotMessage": ".bot_message",
    "BothCustomEndpointingRule": ".both_custom_endpointing_rule",
    "BucketPlan": ".bucket_plan",
    "Call": ".call",
    "CallArtifactUploadItem": ".call_artifact_upload_item",
    "CallArtifactUploadItemType": ".call_artifact_upload_item_type",
    "CallBatchError": ".call_batch_error",
    "CallBatchResponse": ".call_batch_response",
    "CallEndedReason": ".call_ended_reason",
    "CallHookAssistantSpeechInterrupted": ".call_hook_assistant_speech_interrupted",
    "CallHookCallEnding": ".call_hook_call_ending",
    "CallHookCustomerSpeechInterrupted": ".call_hook_customer_speech_interrupted",
    "CallHookCustomerSpeechTimeout": ".call_hook_customer_speech_timeout",
    "CallHookFilter": ".call_hook_filter",
    "CallHookModelResponseTimeout": ".call_hook_model_response_timeout",
    "CallPhoneCallProvider": ".call_phone_call_provider",
    "CallPhoneCallTransport": ".call_phone_call_transport",
    "CallStatus": ".call_status",
    "CallType": ".call_type",
    "CampaignContact": ".campaign_contact",
    "CartesiaExperimentalControls": ".cartesia_experimental_controls",
    "CartesiaExperimentalControlsEmotion": ".cartesia_experimental_controls_emotion",
    "CartesiaExperimentalControlsSpeed": ".cartesia_experimental_controls_speed",
    "CartesiaGenerationConfig": ".cartesia_generation_config",
    "CartesiaGenerationConfigExperimental": ".cartesia_generation_config_experimental",
    "CartesiaTranscriber": ".cartesia_transcriber",
    "CartesiaTranscriberLanguage": ".cartesia_transcriber_language",
    "CartesiaTranscriberModel": ".cartesia_transcriber_model",
    "CartesiaVoice": ".cartesia_voice",
    "CartesiaVoiceLanguage": ".cartesia_voice_language",
    "CartesiaVoiceModel": ".cartesia_voice_model",
    "CerebrasModel": ".cerebras_model",
    "CerebrasModelModel": ".cerebras_model_model",
    "Chat": ".chat",
    "ChatCost": ".chat_cost",
    "ChunkPlan": ".chunk_plan",
    "ChunkPlanPunctuationBoundaries": ".chunk_plan_punctuation_boundaries",
    "CloudflareR2BucketPlan": ".cloudflare_r2_bucket_plan",
    "CodeToolEnvironmentVariable": ".code_tool_environment_variable",
    "Compliance": ".compliance",
    "ComplianceOverride": ".compliance_override",
    "CompliancePlan": ".compliance_plan",
    "ComputerToolWithToolCall": ".computer_tool_with_tool_call",
    "Condition": ".condition",
    "ConditionOperator": ".condition_operator",
    "ContextEngineeringPlanAll": ".context_engineering_plan_all",
    "ContextEngineeringPlanLastNMessages": ".context_engineering_plan_last_n_messages",
    "ContextEngineeringPlanNone": ".context_engineering_plan_none",
    "ContextEngineeringPlanPreviousAssistantMessages": ".context_engineering_plan_previous_assistant_messages",
    "ContextEngineeringPlanUserAndAssistantMessages": ".context_engineering_plan_user_and_assistant_messages",
    "ConversationNode": ".conversation_node",
    "CostBreakdown": ".cost_breakdown",
    "CreateAnthropicBedrockCredentialDTO": ".create_anthropic_bedrock_credential_dto",
    "CreateAnthropicBedrockCredentialDTORegion": ".create_anthropic_bedrock_credential_dto_region",
    "CreateAnthropicCredentialDTO": ".create_anthropic_credential_dto",
    "CreateAnyscaleCredentialDTO": ".create_anyscale_credential_dto",
    "CreateApiRequestToolDTO": ".create_api_request_tool_dto",
    "CreateApiRequestToolDTOMethod": ".create_api_request_tool_dto_method",
    "CreateAssemblyAICredentialDTO": ".create_assembly_ai_credential_dto",
    "CreateAssistantDTO": ".create_assistant_dto",
    "CreateAzureCredentialDTO": ".create_azure_credential_dto",
    "CreateAzureCredentialDTORegion": ".create_azure_credential_dto_region",
    "CreateAzureCredentialDTOService": ".create_azure_credential_dto_service",
    "CreateAzureOpenAICredentialDTO": ".create_azure_open_ai_credential_dto",
    "CreateAzureOpenAICredentialDTOModels": ".create_azure_open_ai_credential_dto_models",
    "CreateBashToolDTO": ".create_bash_tool_dto",
    "CreateByoPhoneNumberDTO": ".create_byo_phone_number_dto",
    "CreateByoSipTrunkCredentialDTO": ".create_byo_sip_trunk_credential_dto",
    "CreateCallDTO": ".create_call_dto",
    "CreateCartesiaCredentialDTO": ".create_cartesia_credential_dto",
    "CreateCerebrasCredentialDTO": ".create_cerebras_credential_dto",
    "CreateCloudflareCredentialDTO": ".create_cloudflare_credential_dto",
    "CreateCodeToolDTO": ".create_code_tool_dto",
    "CreateComputerToolDTO": ".create_computer_tool_dto",
    "CreateCustomCredentialDTO": ".create_custom_credential_dto",
    "CreateCustomKnowledgeBaseDTO": ".create_custom_knowledge_base_dto",
    "CreateCustomLLMCredentialDTO": ".create_custom_llm_credential_dto",
    "CreateCustomerDTO": ".create_customer_dto",
    "CreateDeepInfraCredentialDTO": ".create_deep_infra_credential_dto",
    "CreateDeepSeekCredentialDTO": ".create_deep_seek_credential_dto",
    "CreateDeepgramCredentialDTO": ".create_deepgram_credential_dto",
    "CreateDtmfToolDTO": ".create_dtmf_tool_dto",
    "CreateElevenLabsCredentialDTO": ".create_eleven_labs_credential_dto",
    "CreateElevenLabsCredentialDTOApiUrl": ".create_eleven_labs_credential_dto_api_url",
    "CreateEmailCredentialDTO": ".create_email_credential_dto",
    "CreateEndCallToolDTO": ".create_end_call_tool_dto",
    "CreateFunctionToolDTO": ".create_function_tool_dto",
    "CreateGcpCredentialDTO": ".create_gcp_credential_dto",
    "CreateGladiaCredentialDTO": ".create_gladia_credential_dto",
    "CreateGoHighLevelCalendarAvailabilityToolDTO": ".create_go_high_level_calendar_availability_tool_dto",
    "CreateGoHighLevelCalendarEventCreateToolDTO": ".create_go_high_level_calendar_event_create_tool_dto",
    "CreateGoHighLevelContactCreateToolDTO": ".create_go_high_level_contact_create_tool_dto",
    "CreateGoHighLevelContactGetToolDTO": ".create_go_high_level_contact_get_tool_dto",
    "CreateGoHighLevelCredentialDTO": ".create_go_high_level_credential_dto",
    "CreateGoHighLevelMCPCredentialDTO": ".create_go_high_level_mcp_credential_dto",
    "CreateGoogleCalendarCheckAvailabilityToolDTO": ".create_google_calendar_check_availability_tool_dto",
    "CreateGoogleCalendarCreateEventToolDTO": ".create_google_calendar_create_event_tool_dto",
    "CreateGoogleCalendarOAuth2AuthorizationCredentialDTO": ".create_google_calendar_o_auth_2_authorization_credential_dto",
    "CreateGoogleCalendarOAuth2ClientCredentialDTO": ".create_google_calendar_o_auth_2_client_credential_dto",
    "CreateGoogleCredentialDTO": ".create_google_credential_dto",
    "CreateGoogleSheetsOAuth2AuthorizationCredentialDTO": ".create_google_sheets_o_auth_2_authorization_credential_dto",
    "CreateGoogleSheetsRowAppendToolDTO": ".create_google_sheets_row_append_tool_dto",
    "CreateGroqCredentialDTO": ".create_groq_credential_dto",
    "CreateHandoffToolDTO": ".create_handoff_tool_dto",
    "CreateHumeCredentialDTO": ".create_hume_credential_dto",
    "CreateInflectionAICredentialDTO": ".create_inflection_ai_credential_dto",
    "CreateInworldCredentialDTO": ".create_inworld_credential_dto",
    "CreateLangfuseCredentialDTO": ".create_langfuse_credential_dto",
    "CreateLmntCredentialDTO": ".create_lmnt_credential_dto",
    "CreateMakeCredentialDTO": ".create_make_credential_dto",
    "CreateMcpToolDTO": ".create_mcp_tool_dto",
    "CreateMicrosoftCredentialDTO": ".create_microsoft_credential_dto",
    "CreateMinimaxCredentialDTO": ".create_minimax_credential_dto",
    "CreateMistralCredentialDTO": ".create_mistral_credential_dto",
    "CreateNeuphonicCredentialDTO": ".create_neuphonic_credential_dto",
    "CreateOpenAICredentialDTO": ".create_open_ai_credential_dto",
    "CreateOpenRouterCredentialDTO": ".create_open_router_credential_dto",
    "CreateOutboundCallDTO": ".create_outbound_call_dto",
    "CreatePerplexityAICredentialDTO": ".create_perplexity_ai_credential_dto",
    "CreatePlayHTCredentialDTO": ".create_play_ht_credential_dto",
    "CreateQueryToolDTO": ".create_query_tool_dto",
    "CreateRimeAICredentialDTO": ".create_rime_ai_credential_dto",
    "CreateRunpodCredentialDTO": ".create_runpod_credential_dto",
    "CreateS3CompatibleCredentialDTO": ".create_s3_compatible_credential_dto",
    "CreateS3CredentialDTO": ".create_s3_credential_dto",
    "CreateScorecardDTO": ".create_scorecard_dto",
    "CreateSipRequestToolDTO": ".create_sip_request_tool_dto",
    "CreateSipRequestToolDTOVerb": ".create_sip_request_tool_dto_verb",
    "CreateSlackOAuth2AuthorizationCredentialDTO": ".create_slack_o_auth_2_authorization_credential_dto",
    "CreateSlackSendMessageToolDTO": ".create_slack_send_message_tool_dto",
    "CreateSlackWebhookCredentialDTO": ".create_slack_webhook_credential_dto",
    "CreateSmallestAICredentialDTO": ".create_smallest_ai_credential_dto",
    "CreateSmsToolDTO": ".create_sms_tool_dto",
    "CreateSonioxCredentialDTO": ".create_soniox_credential_dto",
    "CreateSpeechmaticsCredentialDTO": ".create_speechmatics_credential_dto",
    "CreateSquadDTO": ".create_squad_dto",
    "CreateStructuredOutputDTO": ".create_structured_output_dto",
    "CreateStructuredOutputDTOType": ".create_structured_output_dto_type",
    "CreateSupabaseCredentialDTO": ".create_supabase_credential_dto",
    "CreateTavusCredentialDTO": ".create_tavus_credential_dto",
    "CreateTelnyxPhoneNumberDTO": ".create_telnyx_phone_number_dto",
    "CreateTextEditorToolDTO": ".create_text_editor_tool_dto",
    "CreateTogetherAICredentialDTO": ".create_together_ai_credential_dto",
    "CreateTransferCallToolDTO": ".create_transfer_call_tool_dto",
    "CreateTwilioCredentialDTO": ".create_twilio_credential_dto",
    "CreateTwilioPhoneNumberDTO": ".create_twilio_phone_number_dto",
    "CreateVapiPhoneNumberDTO": ".create_vapi_phone_number_dto",
    "CreateVoicemailToolDTO": ".create_voicemail_tool_dto",
    "CreateVonageCredentialDTO": ".create_vonage_credential_dto",
    "CreateVonagePhoneNumberDTO": ".create_vonage_phone_number_dto",
    "CreateWebCallDTO": ".create_web_call_dto",
    "CreateWebhookCredentialDTO": ".create_webhook_credential_dto",
    "CreateWellSaidCredentialDTO": ".create_well_said_credential_dto",
    "CreateWorkflowDTO": ".create_workflow_dto",
    "CreateXAiCredentialDTO": ".create_x_ai_credential_dto",
    "CustomEndpointingModelSmartEndpointingPlan": ".custom_endpointing_model_smart_endpointing_plan",
    "CustomEndpointingModelSmartEndpointingPlanProvider": ".custom_endpointing_model_smart_endpointing_plan_provider",
    "CustomLLMModel": ".custom_llm_model",
    "CustomLLMModelMetadataSendMode": ".custom_llm_model_metadata_send_mode",
    "CustomMessage": ".custom_message",
    "CustomTranscriber": ".custom_transcriber",
    "CustomVoice": ".custom_voice",
    "CustomerCustomEndpointingRule": ".customer_custom_endpointing_rule",
    "CustomerSpeechTimeoutOptions": ".customer_speech_timeout_options",
    "CustomerSpeechTimeoutOptionsTriggerResetMode": ".customer_speech_timeout_options_trigger_reset_mode",
    "DeepInfraModel": ".deep_infra_model",
    "DeepSeekModel": ".deep_seek_model",
    "DeepSeekModelModel": ".deep_seek_model_model",
    "DeepgramTranscriber": ".deepgram_transcriber",
    "DeepgramTranscriberLanguage": ".deepgram_transcriber_language",
    "DeepgramTranscriberModel": ".deepgram_transcriber_model",
    "DeepgramTranscriberRedaction": ".deepgram_transcriber_redaction",
    "DeepgramVoice": ".deepgram_voice",
    "DeepgramVoiceModel": ".deepgram_voice_model",
    "DeepgramVoiceVoiceId": ".deepgram_voice_voice_id",
    "DeleteCallDTO": ".delete_call_dto",
    "DeveloperMessage": ".developer_message",
    "Edge": ".edge",
    "ElevenLabsPronunciationDictionaryLocator": ".eleven_labs_pronunciation_dictionary_locator",
    "ElevenLabsTranscriber": ".eleven_labs_transcriber",
    "ElevenLabsTranscriberModel": ".eleven_labs_transcriber_model",
    "ElevenLabsVoice": ".eleven_labs_voice",
    "ElevenLabsVoiceModel": ".eleven_labs_voice_model",
    "ElevenLabsVoiceVoiceId": ".eleven_labs_voice_voice_id",
    "EndedReasonCondition": ".ended_reason_condition",
    "EndedReasonConditionOperator": ".ended_reason_condition_operator",
    "ErrorResponse": ".error_response",
    "ExactReplacement": ".exact_replacement",
    "FallbackAssemblyAITranscriber": ".fallback_assembly_ai_transcriber",
    "FallbackAzureSpeechTranscriber": ".fallback_azure_speech_transcriber",
    "FallbackAzureVoice": ".fallback_azure_voice",
    "FallbackCartesiaTranscriber": ".fallback_cartesia_transcriber",
    "FallbackCartesiaVoice": ".fallback_cartesia_voice",
    "FallbackCustomTranscriber": ".fallback_custom_transcriber",
    "FallbackCustomVoice": ".fallback_custom_voice",
    "FallbackDeepgramTranscriber": ".fallback_deepgram_transcriber",
    "FallbackDeepgramVoice": ".fallback_deepgram_voice",
    "FallbackElevenLabsTranscriber": ".fallback_eleven_labs_transcriber",
    "FallbackElevenLabsVoice": ".fallback_eleven_labs_voice",
    "FallbackGladiaTranscriber": ".fallback_gladia_transcriber",
    "FallbackGladiaTranscriberLanguage": ".fallback_gladia_transcriber_language",
    "FallbackGladiaTranscriberLanguageBehaviour": ".fallback_gladia_transcriber_language_behaviour",
    "FallbackGladiaTranscriberModel": ".fallback_gladia_transcriber_model",
    "FallbackGladiaTranscriberRegion": ".fallback_gladia_transcriber_region",
    "FallbackGoogleTranscriber": ".fallback_google_transcriber",
    "FallbackGoogleTranscriberLanguage": ".fallback_google_transcriber_language",
    "FallbackGoogleTranscriberModel": ".fallback_google_transcriber_model",
    "FallbackHumeVoice": ".fallback_hume_voice",
    "FallbackHumeVoiceModel": ".fallback_hume_voice_model",
    "FallbackInworldVoice": ".fallback_inworld_voice",
    "FallbackInworldVoiceLanguageCode": ".fallback_inworld_voice_language_code",
    "FallbackInworldVoiceVoiceId": ".fallback_inworld_voice_voice_id",
    "FallbackLMNTVoice": ".fallback_lmnt_voice",
    "FallbackLMNTVoiceVoiceId": ".fallback_lmnt_voice_voice_id",
    "FallbackMicrosoftVoice": ".fallback_microsoft_voice",
    "FallbackMicrosoftVoiceRole": ".fallback_microsoft_voice_role",
    "FallbackMicrosoftVoiceStyle": ".fallback_microsoft_voice_style",
    "FallbackMicrosoftVoiceVoiceId": ".fallback_microsoft_voice_voice_id",
    "FallbackNeuphonicVoice": ".fallback_neuphonic_voice",
    "FallbackNeuphonicVoiceModel": ".fallback_neuphonic_voice_model",
    "FallbackOpenAITranscriber": ".fallback_open_ai_transcriber",
    "FallbackOpenAITranscriberLanguage": ".fallback_open_ai_transcriber_language",
    "FallbackOpenAITranscriberModel": ".fallback_open_ai_transcriber_model",
    "FallbackOpenAIVoice": ".fallback_open_ai_voice",
    "FallbackOpenAIVoiceModel": ".fallback_open_ai_voice_model",
    "FallbackOpenAIVoiceVoiceId": ".fallback_open_ai_voice_voice_id",
    "FallbackPlan": ".fallback_plan",
    "FallbackPlayHTVoice": ".fallback_play_ht_voice",
    "FallbackPlayHTVoiceEmotion": ".fallback_play_ht_voice_emotion",
    "FallbackPlayHTVoiceLanguage": ".fallback_play_ht_voice_language",
    "FallbackPlayHTVoiceModel": ".fallback_play_ht_voice_model",
    "FallbackPlayHTVoiceVoiceId": ".fallback_play_ht_voice_voice_id",
    "FallbackRimeAIVoice": ".fallback_rime_ai_voice",
    "FallbackRimeAIVoiceLanguage": ".fallback_rime_ai_voice_language",
    "FallbackRimeAIVoiceModel": ".fallback_rime_ai_voice_model",
    "FallbackRimeAIVoiceVoiceId": ".fallback_rime_ai_voice_voice_id",
    "FallbackSesameVoice": ".fallback_sesame_voice",
    "FallbackSmallestAIVoice": ".fallback_smallest_ai_voice",
    "FallbackSmallestAIVoiceVoiceId": ".fallback_smallest_ai_voice_voice_id",
    "FallbackSonioxTranscriber": ".fallback_soniox_transcriber",
    "FallbackSonioxTranscriberModel": ".fallback_soniox_transcriber_model",
    "FallbackSpeechmaticsTranscriber": ".fallback_speechmatics_transcriber",
    "FallbackSpeechmaticsTranscriberLanguage": ".fallback_speechmatics_transcriber_language",
    "FallbackSpeechmaticsTranscriberNumeralStyle": ".fallback_speechmatics_transcriber_numeral_style",
    "FallbackSpeechmaticsTranscriberOperatingPoint": ".fallback_speechmatics_transcriber_operating_point",
    "FallbackSpeechmaticsTranscriberRegion": ".fallback_speechmatics_transcriber_region",
    "FallbackTalkscriberTranscriber": ".fallback_talkscriber_transcriber",
    "FallbackTalkscriberTranscriberLanguage": ".fallback_talkscriber_transcriber_language",
    "FallbackTavusVoice": ".fallback_tavus_voice",
    "FallbackTranscriberPlan": ".fallback_transcriber_plan",
    "FallbackVapiVoice": ".fallback_vapi_voice",
    "FallbackVapiVoiceLanguage": ".fallback_vapi_voice_language",
    "FallbackVapiVoiceVersion": ".fallback_vapi_voice_version",
    "FallbackWellSaidVoice": ".fallback_well_said_voice",
    "FallbackWellSaidVoiceModel": ".fallback_well_said_voice_model",
    "FallbackXaiTranscriber": ".fallback_xai_transcriber",
    "FallbackXaiTranscriberLanguage": ".fallback_xai_transcriber_language",
    "FallbackXaiVoice": ".fallback_xai_voice",
    "FallbackXaiVoiceLanguage": ".fallback_xai_voice_language",
    "FallbackXaiVoiceVoiceId": ".fallback_xai_voice_voice_id",
    "FormatPlan": ".format_plan",
    "FormatPlanFormattersEnabled": ".format_plan_formatters_enabled",
    "FourierDenoisingPlan": ".fourier_denoising_plan",
    "FunctionToolWithToolCall": ".function_tool_with_tool_call",
    "GcpKey": ".gcp_key",
    "GeminiMultimodalLivePrebuiltVoiceConfig": ".gemini_multimodal_live_prebuilt_voice_config",
    "GeminiMultimodalLivePrebuiltVoiceConfigVoiceName": ".gemini_multimodal_live_prebuilt_voice_config_voice_name",
    "GeminiMultimodalLiveSpeechConfig": ".gemini_multimodal_live_speech_config",
    "GeminiMultimodalLiveVoiceConfig": ".gemini_multimodal_live_voice_config",
    "GhlToolMetadata": ".ghl_tool_metadata",
    "GhlToolWithToolCall": ".ghl_tool_with_tool_call",
    "GladiaCustomVocabularyConfigDTO": ".gladia_custom_vocabulary_config_dto",
    "GladiaTranscriber": ".gladia_transcriber",
    "GladiaVocabularyItemDTO": ".gladia_vocabulary_item_dto",
    "GlobalNodePlan": ".global_node_plan",
    "GoogleCalendarCreateEventToolWithToolCall": ".google_calendar_create_event_tool_with_tool_call",
    "GoogleModel": ".google_model",
    "GoogleRealtimeConfig": ".google_realtime_config",
    "GoogleTranscriber": ".google_transcriber",
    "GoogleVoicemailDetectionPlan": ".google_voicemail_detection_plan",
    "GoogleVoicemailDetectionPlanType": ".google_voicemail_detection_plan_type",
    "GroqModel": ".groq_model",
    "GroqModelModel": ".groq_model_model",
    "GroupCondition": ".group_condition",
    "GroupConditionOperator": ".group_condition_operator",
    "HandoffDestinationAssistant": ".handoff_destination_assistant",
    "HandoffDestinationDynamic": ".handoff_destination_dynamic",
    "HandoffDestinationSquad": ".handoff_destination_squad",
    "HMACAuthenticationPlan": ".hmac_authentication_plan",
    "HMACAuthenticationPlanAlgorithm": ".hmac_authentication_plan_algorithm",
    "HMACAuthenticationPlanSignatureEncoding": ".hmac_authentication_plan_signature_encoding",
    "HumeVoice": ".hume_voice",
    "ImportTwilioPhoneNumberDTO": ".import_twilio_phone_number_dto",
    "InflectionAIModel": ".inflection_ai_model",
    "InworldVoice": ".inworld_voice",
    "JsonSchema": ".json_schema",
    "JsonSchemaFormat": ".json_schema_format",
    "JsonSchemaType": ".json_schema_type",
    "KeypadInputPlan": ".keypad_input_plan",
    "KeypadInputPlanDelimiters": ".keypad_input_plan_delimiters",
    "KnowledgeBase": ".knowledge_base",
    "KnowledgeBaseCost": ".knowledge_base_cost",
    "KnowledgeBaseResponseDocument": ".knowledge_base_response_document",
    "LangfuseObservabilityPlan": ".langfuse_observability_plan",
    "LiquidCondition": ".liquid_condition",
    "LivekitSmartEndpointingPlan": ".livekit_smart_endpointing_plan",
    "LMNTVoice": ".lmnt_voice",
    "MakeToolMetadata": ".make_tool_metadata",
    "MakeToolWithToolCall": ".make_tool_with_tool_call",
    "McpToolMessages": ".mcp_tool_messages",
    "McpToolMetadata": ".mcp_tool_metadata",
    "McpToolMetadataProtocol": ".mcp_tool_metadata_protocol",
    "MessageAddHookAction": ".message_add_hook_action",
    "MessageTarget": ".message_target",
    "MessageTargetRole": ".message_target_role",
    "MicrosoftVoice": ".microsoft_voice",
    "MinCallDurationCondition": ".min_call_duration_condition",
    "MinMessagesCondition": ".min_messages_condition",
    "MinimaxLLMModel": ".minimax_llm_model",
    "MinimaxVoice": ".minimax_voice",
    "MinimaxVoiceLanguageBoost": ".minimax_voice_language_boost",
    "MinimaxVoiceModel": ".minimax_voice_model",
    "MinimaxVoiceRegion": ".minimax_voice_region",
    "MinimaxVoiceSubtitleType": ".minimax_voice_subtitle_type",
    "ModelCost": ".model_cost",
    "Monitor": ".monitor",
    "MonitorPlan": ".monitor_plan",
    "MonitorResult": ".monitor_result",
    "Mono": ".mono",
    "NeuphonicVoice": ".neuphonic_voice",
    "NodeArtifact": ".node_artifact",
    "NumberComparatorScorecardMetricCondition": ".number_comparator_scorecard_metric_condition",
    "NumberComparatorScorecardMetricConditionComparator": ".number_comparator_scorecard_metric_condition_comparator",
    "OAuth2AuthenticationPlan": ".o_auth_2_authentication_plan",
    "Oauth2AuthenticationSession": ".oauth_2_authentication_session",
    "OpenAIFunction": ".open_ai_function",
    "OpenAIFunctionParameters": ".open_ai_function_parameters",
    "OpenAIMessage": ".open_ai_message",
    "OpenAIMessageRole": ".open_ai_message_role",
    "OpenAIModel": ".open_ai_model",
    "OpenAIModelFallbackModels": ".open_ai_model_fallback_models",
    "OpenAIModelPromptCacheRetention": ".open_ai_model_prompt_cache_retention",
    "OpenAIModelReasoningEffort": ".open_ai_model_reasoning_effort",
    "OpenAIModelToolStrictCompatibilityMode": ".open_ai_model_tool_strict_compatibility_mode",
    "OpenAITranscriber": ".open_ai_transcriber",
    "OpenAIVoice": ".open_ai_voice",
    "OpenAIVoicemailDetectionPlan": ".open_ai_voicemail_detection_plan",
    "OpenRouterModel": ".open_router_model",
    "PerformanceMetrics": ".performance_metrics",
    "PerplexityAIModel": ".perplexity_ai_model",
    "PhoneNumberCallEndingHookFilter": ".phone_number_call_ending_hook_filter",
    "PhoneNumberCallEndingHookFilterOneOf": ".phone_number_call_ending_hook_filter_one_of",
    "PhoneNumberCallRingingHookFilter": ".phone_number_call_ringing_hook_filter",
    "PhoneNumberHookCallEnding": ".phone_number_hook_call_ending",
    "PhoneNumberHookCallRinging": ".phone_number_hook_call_ringing",
    "PlayHTVoice": ".play_ht_voice",
    "PublicKeyEncryptionPlan": ".public_key_encryption_plan",
    "Recording": ".recording",
    "RecordingConsent": ".recording_consent",
    "RecordingConsentPlanStayOnLine": ".recording_consent_plan_stay_on_line",
    "RecordingConsentPlanStayOnLineFirstMessageMode": ".recording_consent_plan_stay_on_line_first_message_mode",
    "RecordingConsentPlanVerbal": ".recording_consent_plan_verbal",
    "RecordingConsentType": ".recording_consent_type",
    "RegexCondition": ".regex_condition",
    "RegexOption": ".regex_option",
    "RegexOptionType": ".regex_option_type",
    "RegexReplacement": ".regex_replacement",
    "RimeAIVoice": ".rime_ai_voice",
    "S3CompatibleBucketPlan": ".s3_compatible_bucket_plan",
    "SayHookAction": ".say_hook_action",
    "SayPhoneNumberHookAction": ".say_phone_number_hook_action",
    "SchedulePlan": ".schedule_plan",
    "ScorecardMetric": ".scorecard_metric",
    "SecurityFilterPlan": ".security_filter_plan",
    "SecurityFilterPlanMode": ".security_filter_plan_mode",
    "Server": ".server",
    "ServerMessage": ".server_message",
    "ServerMessageAssistantRequest": ".server_message_assistant_request",
    "ServerMessageAssistantSpeech": ".server_message_assistant_speech",
    "ServerMessageAssistantSpeechSource": ".server_message_assistant_speech_source",
    "ServerMessageCallArtifactUpload": ".server_message_call_artifact_upload",
    "ServerMessageCallDeleteFailed": ".server_message_call_delete_failed",
    "ServerMessageCallDeleted": ".server_message_call_deleted",
    "ServerMessageCallEndpointingRequest": ".server_message_call_endpointing_request",
    "ServerMessageCampaignPredial": ".server_message_campaign_predial",
    "ServerMessageChatCreated": ".server_message_chat_created",
    "ServerMessageChatDeleted": ".server_message_chat_deleted",
    "ServerMessageConversationUpdate": ".server_message_conversation_update",
    "ServerMessageEndOfCallReport": ".server_message_end_of_call_report",
    "ServerMessageHandoffDestinationRequest": ".server_message_handoff_destination_request",
    "ServerMessageHang": ".server_message_hang",
    "ServerMessageKnowledgeBaseRequest": ".server_message_knowledge_base_request",
    "ServerMessageLanguageChangeDetected": ".server_message_language_change_detected",
    "ServerMessageModelOutput": ".server_message_model_output",
    "ServerMessagePhoneCallControl": ".server_message_phone_call_control",
    "ServerMessagePhoneCallControlRequest": ".server_message_phone_call_control_request",
    "ServerMessageResponse": ".server_message_response",
    "ServerMessageResponseAssistantRequest": ".server_message_response_assistant_request",
    "ServerMessageResponseCallEndpointingRequest": ".server_message_response_call_endpointing_request",
    "ServerMessageResponseCampaignPredial": ".server_message_response_campaign_predial",
    "ServerMessageResponseHandoffDestinationRequest": ".server_message_response_handoff_destination_request",
    "ServerMessageResponseKnowledgeBaseRequest": ".server_message_response_knowledge_base_request",
    "ServerMessageResponseToolCalls": ".server_message_response_tool_calls",
    "ServerMessageResponseTransferDestinationRequest": ".server_message_response_transfer_destination_request",
    "ServerMessageResponseVoiceRequest": ".server_message_response_voice_request",
    "ServerMessageSessionCreated": ".server_message_session_created",
    "ServerMessageSessionDeleted": ".server_message_session_deleted",
    "ServerMessageSessionUpdated": ".server_message_session_updated",
    "ServerMessageSpeechUpdate": ".server_message_speech_update",
    "ServerMessageSpeechUpdateStatus": ".server_message_speech_update_status",
    "ServerMessageStatusUpdate": ".server_message_status_update",
    "ServerMessageToolCalls": ".server_message_tool_calls",
    "ServerMessageTranscript": ".server_message_transcript",
    "ServerMessageTranscriptTranscriptType": ".server_message_transcript_transcript_type",
    "ServerMessageTranscriptType": ".server_message_transcript_type",
    "ServerMessageTransferDestinationRequest": ".server_message_transfer_destination_request",
    "ServerMessageTransferUpdate": ".server_message_transfer_update",
    "ServerMessageUserInterrupted": ".server_message_user_interrupted",
    "ServerMessageVoiceInput": ".server_message_voice_input",
    "ServerMessageVoiceRequest": ".server_message_voice_request",
    "SesameVoice": ".sesame_voice",
    "Session": ".session",
    "SessionCost": ".session_cost",
    "SessionCreatedHook": ".session_created_hook",
    "SessionStatus": ".session_status",
    "SipAuthentication": ".sip_authentication",
    "SipTrunkGateway": ".sip_trunk_gateway",
    "SipTrunkGatewayOutboundProtocol": ".sip_trunk_gateway_outbound_protocol",
    "SipTrunkOutboundAuthenticationPlan": ".sip_trunk_outbound_authentication_plan",
    "SipTrunkOutboundSipRegisterPlan": ".sip_trunk_outbound_sip_register_plan",
    "SkippedStructuredOutput": ".skipped_structured_output",
    "SmallestAIVoice": ".smallest_ai_voice",
    "SmartDenoisingPlan": ".smart_denoising_plan",
    "SonioxContextGeneralItem": ".soniox_context_general_item",
    "SonioxTranscriber": ".soniox_transcriber",
    "SpeechmaticsCustomVocabularyItem": ".speechmatics_custom_vocabulary_item",
    "SpeechmaticsTranscriber": ".speechmatics_transcriber",
    "SpkiPemPublicKeyConfig": ".spki_pem_public_key_config",
    "SquadMemberDTO": ".squad_member_dto",
    "StartSpeakingPlan": ".start_speaking_plan",
    "StopSpeakingPlan": ".stop_speaking_plan",
    "StructuredDataMultiPlan": ".structured_data_multi_plan",
    "StructuredDataPlan": ".structured_data_plan",
    "StructuredOutputCostBreakdown": ".structured_output_cost_breakdown",
    "SubscriptionLimits": ".subscription_limits",
    "SuccessEvaluationPlan": ".success_evaluation_plan",
    "SuccessEvaluationPlanRubric": ".success_evaluation_plan_rubric",
    "SummaryPlan": ".summary_plan",
    "SupabaseBucketPlan": ".supabase_bucket_plan",
    "SupabaseBucketPlanRegion": ".supabase_bucket_plan_region",
    "SystemMessage": ".system_message",
    "TalkscriberTranscriber": ".talkscriber_transcriber",
    "TavusConversationProperties": ".tavus_conversation_properties",
    "TavusVoice": ".tavus_voice",
    "TelnyxTransport": ".telnyx_transport",
    "TextContent": ".text_content",
    "TextEditorToolWithToolCall": ".text_editor_tool_with_tool_call",
    "TogetherAIModel": ".together_ai_model",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallHookAction": ".tool_call_hook_action",
    "ToolCallMessage": ".tool_call_message",
    "ToolCallResult": ".tool_call_result",
    "ToolCallResultMessage": ".tool_call_result_message",
    "ToolCallResultMessageWarning": ".tool_call_result_message_warning",
    "ToolMessage": ".tool_message",
    "ToolMessageComplete": ".tool_message_complete",
    "ToolMessageCompleteRole": ".tool_message_complete_role",
    "ToolMessageDelayed": ".tool_message_delayed",
    "ToolMessageFailed": ".tool_message_failed",
    "ToolMessageStart": ".tool_message_start",
    "ToolNode": ".tool_node",
    "ToolParameter": ".tool_parameter",
    "ToolRef": ".tool_ref",
    "ToolRejectionPlan": ".tool_rejection_plan",
    "TranscriberCost": ".transcriber_cost",
    "TranscriptPlan": ".transcript_plan",
    "TranscriptionEndpointingPlan": ".transcription_endpointing_plan",
    "TransferArtifact": ".transfer_artifact",
    "TransferArtifactMode": ".transfer_artifact_mode",
    "TransferArtifactStatus": ".transfer_artifact_status",
    "TransferDestinationAssistant": ".transfer_destination_assistant",
    "TransferDestinationAssistantTransferMode": ".transfer_destination_assistant_transfer_mode",
    "TransferDestinationNumber": ".transfer_destination_number",
    "TransferDestinationSip": ".transfer_destination_sip",
    "TransferFallbackPlan": ".transfer_fallback_plan",
    "TransferPhoneNumberHookAction": ".transfer_phone_number_hook_action",
    "TransferPlan": ".transfer_plan",
    "TransferPlanSipVerb": ".transfer_plan_sip_verb",
    "TransportConfigurationTwilio": ".transport_configuration_twilio",
    "TransportConfigurationTwilioRecordingChannels": ".transport_configuration_twilio_recording_channels",
    "TransportCost": ".transport_cost",
    "TransportCostProvider": ".transport_cost_provider",
    "TurnLatency": ".turn_latency",
    "TwilioTransport": ".twilio_transport",
    "TwilioVoicemailDetectionPlan": ".twilio_voicemail_detection_plan",
    "TwilioVoicemailDetectionPlanVoicemailDetectionTypes": ".twilio_voicemail_detection_plan_voicemail_detection_types",
    "UpdateCallDTO": ".update_call_dto",
    "UserMessage": ".user_message",
    "VapiCost": ".vapi_cost",
    "VapiCostSubType": ".vapi_cost_sub_type",
    "VapiModel": ".vapi_model",
    "VapiModelVersion": ".vapi_model_version",
    "VapiPronunciationDictionaryLocator": ".vapi_pronunciation_dictionary_locator",
    "VapiPronunciationDictionaryLocatorProvider": ".vapi_pronunciation_dictionary_locator_provider",
    "VapiSipTransport": ".vapi_sip_transport",
    "VapiSmartEndpointingPlan": ".vapi_smart_endpointing_plan",
    "VapiTranscriber": ".vapi_transcriber",
    "VapiTranscriberTurnTaking": ".vapi_transcriber_turn_taking",
    "VapiVoice": ".vapi_voice",
    "VapiVoicemailDetectionPlan": ".vapi_voicemail_detection_plan",
    "VapiWebCallTransport": ".vapi_web_call_transport",
    "VapiWebsocketTransport": ".vapi_websocket_transport",
    "VariableExtractionAlias": ".variable_extraction_alias",
    "VariableExtractionPlan": ".variable_extraction_plan",
    "VoiceCost": ".voice_cost",
    "VoicemailDetectionBackoffPlan": ".voicemail_detection_backoff_plan",
    "VoicemailDetectionCost": ".voicemail_detection_cost",
    "VoicemailDetectionCostProvider": ".voicemail_detection_cost_provider",
    "VonageTransport": ".vonage_transport",
    "WellSaidVoice": ".well_said_voice",
    "WorkflowAnthropicBedrockModel": ".workflow_anthropic_bedrock_model",
    "WorkflowAnthropicModel": ".workflow_anthropic_model",
    "WorkflowCustomModel": ".workflow_custom_model",
    "WorkflowGoogleModel": ".workflow_google_model",
    "WorkflowOpenAIModel": ".workflow_open_ai_model",
    "WorkflowOpenAIModelModel": ".workflow_open_ai_model_model",
    "WorkflowOverrides": ".workflow_overrides",
    "WorkflowUserEditable": ".workflow_user_editable",
    "XaiModel": ".xai_model",
    "XaiModelModel": ".xai_model_model",
    "XaiTranscriber": ".xai_transcriber",
    "XaiVoice": ".xai_voice",
}


__all__ = [
    "CreateAssistantDTOBackgroundSound",
    "CreateAssistantDTOClientMessages",
    "CreateAssistantDTOFirstMessageMode",
    "CreateAssistantDTOServerMessages",
    "CreateAzureOpenAICredentialDTORegion",
    "CreateWorkflowDTOBackgroundSound",
    "ElevenLabsTranscriberLanguage",
    "FallbackAssemblyAITranscriberLanguage",
    "FallbackAssemblyAITranscriberLanguageCodes",
    "FallbackAssemblyAITranscriberMode",
    "FallbackAssemblyAITranscriberSpeechModel",
    "FallbackAzureSpeechTranscriberLanguage",
    "FallbackAzureSpeechTranscriberSegmentationStrategy",
    "FallbackAzureVoiceVoiceId",
    "FallbackCartesiaTranscriberLanguage",
    "FallbackCartesiaTranscriberModel",
    "FallbackCartesiaVoiceLanguage",
    "FallbackCartesiaVoiceModel",
    "FallbackDeepgramTranscriberLanguage",
    "FallbackDeepgramTranscriberModel",
    "FallbackDeepgramTranscriberRedaction",
    "FallbackDeepgramVoiceModel",
    "FallbackDeepgramVoiceVoiceId",
    "FallbackElevenLabsTranscriberLanguage",
    "FallbackElevenLabsTranscriberModel",
    "FallbackElevenLabsVoiceModel",
    "FallbackElevenLabsVoiceVoiceId",
    "FallbackGladiaTranscriberLanguages",
    "FallbackLMNTVoiceLanguage",
    "FallbackSonioxTranscriberLanguage",
    "FallbackSonioxTranscriberLanguages",
    "GladiaTranscriberLanguage",
    "GladiaTranscriberLanguageBehaviour",
    "GladiaTranscriberLanguages",
    "GladiaTranscriberModel",
    "GladiaTranscriberRegion",
    "GoogleModelModel",
    "GoogleTranscriberLanguage",
    "GoogleTranscriberModel",
    "HumeVoiceModel",
    "InworldVoiceLanguageCode",
    "InworldVoiceVoiceId",
    "KnowledgeBaseModel",
    "LMNTVoiceLanguage",
    "LMNTVoiceVoiceId",
    "LivekitSmartEndpointingPlanProvider",
    "MicrosoftVoiceRole",
    "MicrosoftVoiceStyle",
    "MicrosoftVoiceVoiceId",
    "NeuphonicVoiceModel",
    "OpenAIModelModel",
    "OpenAITranscriberLanguage",
    "OpenAITranscriberModel",
    "OpenAIVoiceModel",
    "OpenAIVoiceVoiceId",
    "OpenAIVoicemailDetectionPlanType",
    "PlayHTVoiceEmotion",
    "PlayHTVoiceLanguage",
    "PlayHTVoiceModel",
    "PlayHTVoiceVoiceId",
    "RecordingConsentPlanVerbalFirstMessageMode",
    "RimeAIVoiceLanguage",
    "RimeAIVoiceModel",
    "RimeAIVoiceVoiceId",
    "ServerMessageEndOfCallReportEndedReason",
    "ServerMessageSpeechUpdateRole",
    "ServerMessageStatusUpdateEndedReason",
    "ServerMessageStatusUpdateStatus",
    "ServerMessageTranscriptRole",
    "SmallestAIVoiceVoiceId",
    "SonioxTranscriberLanguage",
    "SonioxTranscriberLanguages",
    "SonioxTranscriberModel",
    "SpeechmaticsTranscriberLanguage",
    "SpeechmaticsTranscriberNumeralStyle",
    "SpeechmaticsTranscriberOperatingPoint",
    "SpeechmaticsTranscriberRegion",
    "TalkscriberTranscriberLanguage",
    "TextContentLanguage",
    "ToolMessageFailedRole",
    "TransferPlanMode",
    "VapiSmartEndpointingPlanProvider",
    "VapiTranscriberLanguage",
    "VapiTranscriberLanguages",
    "VapiTranscriberVersion",
    "VapiVoiceLanguage",
    "VapiVoiceVersion",
    "VapiVoicemailDetectionPlanType",
    "WellSaidVoiceModel",
    "WorkflowAnthropicBedrockModelModel",
    "WorkflowAnthropicModelModel",
    "WorkflowCustomModelMetadataSendMode",
    "WorkflowGoogleModelModel",
    "WorkflowUserEditableBackgroundSound",
    "XaiTranscriberLanguage",
    "XaiVoiceLanguage",
    "XaiVoiceVoiceId",
    "AIEdgeCondition",
    "Analysis",
    "AnalysisCost",
    "AnalysisCostAnalysisType",
    "AnalysisCostBreakdown",
    "AnalysisPlan",
    "AnthropicBedrockModel",
    "AnthropicBedrockModelModel",
    "AnthropicModel",
    "AnthropicModelModel",
    "AnthropicThinkingConfig",
    "AnyscaleModel",
    "Artifact",
    "ArtifactPlan",
    "ArtifactPlanRecordingFormat",
    "AssemblyAITranscriber",
    "AssemblyAITranscriberLanguage",
    "AssemblyAITranscriberLanguageCodes",
    "AssemblyAITranscriberMode",
    "AssemblyAITranscriberSpeechModel",
    "AssistantActivation",
    "AssistantCustomEndpointingRule",
    "AssistantMessage",
    "AssistantOverrides",
    "AssistantOverridesBackgroundSound",
    "AssistantOverridesClientMessages",
    "AssistantOverridesFirstMessageMode",
    "AssistantOverridesServerMessages",
    "AssistantSpeechWordAlignmentTiming",
    "AssistantSpeechWordProgressTiming",
    "AssistantSpeechWordTimestamp",
    "AudioFormat",
    "AudioFormatFormat",
    "AWSIAMCredentialsAuthenticationPlan",
    "AWSStsAuthenticationPlan",
    "AzureBlobStorageBucketPlan",
    "AzureSpeechTranscriber",
    "AzureSpeechTranscriberLanguage",
    "AzureSpeechTranscriberSegmentationStrategy",
    "AzureVoice",
    "AzureVoiceVoiceId",
    "BackgroundSpeechDenoisingPlan",
    "BackoffPlan",
    "BackoffPlanType",
    "BashToolWithToolCall",
    "BearerAuthenticationPlan",
    "BooleanComparatorScorecardMetricCondition",
    "BothCustomEndpointingRule",
    "BotMessage",
    "BucketPlan",
    "Call",
    "CallArtifactUploadItem",
    "CallArtifactUploadItemType",
    "CallBatchError",
    "CallBatchResponse",
    "CallEndedReason",
    "CallHookAssistantSpeechInterrupted",
    "CallHookCallEnding",
    "CallHookCustomerSpeechInterrupted",
    "CallHookCustomerSpeechTimeout",
    "CallHookFilter",
    "CallHookModelResponseTimeout",
    "CallPhoneCallProvider",
    "CallPhoneCallTransport",
    "CallStatus",
    "CallType",
    "CampaignContact",
    "CartesiaExperimentalControls",
    "CartesiaExperimentalControlsEmotion",
    "CartesiaExperimentalControlsSpeed",
    "CartesiaGenerationConfig",
    "CartesiaGenerationConfigExperimental",
    "CartesiaTranscriber",
    "CartesiaTranscriberLanguage",
    "CartesiaTranscriberModel",
    "CartesiaVoice",
    "CartesiaVoiceLanguage",
    "CartesiaVoiceModel",
    "CerebrasModel",
    "CerebrasModelModel",
    "Chat",
    "ChatCost",
    "ChunkPlan",
    "ChunkPlanPunctuationBoundaries",
    "CloudflareR2BucketPlan",
    "CodeToolEnvironmentVariable",
    "Compliance",
    "ComplianceOverride",
    "CompliancePlan",
    "ComputerToolWithToolCall",
    "Condition",
    "ConditionOperator",
    "ContextEngineeringPlanAll",
    "ContextEngineeringPlanLastNMessages",
    "ContextEngineeringPlanNone",
    "ContextEngineeringPlanPreviousAssistantMessages",
    "ContextEngineeringPlanUserAndAssistantMessages",
    "ConversationNode",
    "CostBreakdown",
    "CreateAnthropicBedrockCredentialDTO",
    "CreateAnthropicBedrockCredentialDTORegion",
    "CreateAnthropicCredentialDTO",
    "CreateAnyscaleCredentialDTO",
    "CreateApiRequestToolDTO",
    "CreateApiRequestToolDTOMethod",
    "CreateAssemblyAICredentialDTO",
    "CreateAssistantDTO",
    "CreateAzureCredentialDTO",
    "CreateAzureCredentialDTORegion",
    "CreateAzureCredentialDTOService",
    "CreateAzureOpenAICredentialDTO",
    "CreateAzureOpenAICredentialDTOModels",
    "CreateBashToolDTO",
    "CreateByoPhoneNumberDTO",
    "CreateByoSipTrunkCredentialDTO",
    "CreateCallDTO",
    "CreateCartesiaCredentialDTO",
    "CreateCerebrasCredentialDTO",
    "CreateCloudflareCredentialDTO",
    "CreateCodeToolDTO",
    "CreateComputerToolDTO",
    "CreateCustomCredentialDTO",
    "CreateCustomerDTO",
    "CreateCustomKnowledgeBaseDTO",
    "CreateCustomLLMCredentialDTO",
    "CreateDeepgramCredentialDTO",
    "CreateDeepInfraCredentialDTO",
    "CreateDeepSeekCredentialDTO",
    "CreateDtmfToolDTO",
    "CreateElevenLabsCredentialDTO",
    "CreateElevenLabsCredentialDTOApiUrl",
    "CreateEmailCredentialDTO",
    "CreateEndCallToolDTO",
    "CreateFunctionToolDTO",
    "CreateGcpCredentialDTO",
    "CreateGladiaCredentialDTO",
    "CreateGoHighLevelCalendarAvailabilityToolDTO",
    "CreateGoHighLevelCalendarEventCreateToolDTO",
    "CreateGoHighLevelContactCreateToolDTO",
    "CreateGoHighLevelContactGetToolDTO",
    "CreateGoHighLevelCredentialDTO",
    "CreateGoHighLevelMCPCredentialDTO",
    "CreateGoogleCalendarCheckAvailabilityToolDTO",
    "CreateGoogleCalendarCreateEventToolDTO",
    "CreateGoogleCalendarOAuth2AuthorizationCredentialDTO",
    "CreateGoogleCalendarOAuth2ClientCredentialDTO",
    "CreateGoogleCredentialDTO",
    "CreateGoogleSheetsOAuth2AuthorizationCredentialDTO",
    "CreateGoogleSheetsRowAppendToolDTO",
    "CreateGroqCredentialDTO",
    "CreateHandoffToolDTO",
    "CreateHumeCredentialDTO",
    "CreateInflectionAICredentialDTO",
    "CreateInworldCredentialDTO",
    "CreateLangfuseCredentialDTO",
    "CreateLmntCredentialDTO",
    "CreateMakeCredentialDTO",
    "CreateMcpToolDTO",
    "CreateMicrosoftCredentialDTO",
    "CreateMinimaxCredentialDTO",
    "CreateMistralCredentialDTO",
    "CreateNeuphonicCredentialDTO",
    "CreateOpenAICredentialDTO",
    "CreateOpenRouterCredentialDTO",
    "CreateOutboundCallDTO",
    "CreatePerplexityAICredentialDTO",
    "CreatePlayHTCredentialDTO",
    "CreateQueryToolDTO",
    "CreateRimeAICredentialDTO",
    "CreateRunpodCredentialDTO",
    "CreateS3CompatibleCredentialDTO",
    "CreateS3CredentialDTO",
    "CreateScorecardDTO",
    "CreateSipRequestToolDTO",
    "CreateSipRequestToolDTOVerb",
    "CreateSlackOAuth2AuthorizationCredentialDTO",
    "CreateSlackSendMessageToolDTO",
    "CreateSlackWebhookCredentialDTO",
    "CreateSmallestAICredentialDTO",
    "CreateSmsToolDTO",
    "CreateSonioxCredentialDTO",
    "CreateSpeechmaticsCredentialDTO",
    "CreateSquadDTO",
    "CreateStructuredOutputDTO",
    "CreateStructuredOutputDTOType",
    "CreateSupabaseCredentialDTO",
    "CreateTavusCredentialDTO",
    "CreateTelnyxPhoneNumberDTO",
    "CreateTextEditorToolDTO",
    "CreateTogetherAICredentialDTO",
    "CreateTransferCallToolDTO",
    "CreateTwilioCredentialDTO",
    "CreateTwilioPhoneNumberDTO",
    "CreateVapiPhoneNumberDTO",
    "CreateVoicemailToolDTO",
    "CreateVonageCredentialDTO",
    "CreateVonagePhoneNumberDTO",
    "CreateWebCallDTO",
    "CreateWebhookCredentialDTO",
    "CreateWellSaidCredentialDTO",
    "CreateWorkflowDTO",
    "CreateXAiCredentialDTO",
    "CustomEndpointingModelSmartEndpointingPlan",
    "CustomEndpointingModelSmartEndpointingPlanProvider",
    "CustomerCustomEndpointingRule",
    "CustomerSpeechTimeoutOptions",
    "CustomerSpeechTimeoutOptionsTriggerResetMode",
    "CustomLLMModel",
    "CustomLLMModelMetadataSendMode",
    "CustomMessage",
    "CustomTranscriber",
    "CustomVoice",
    "DeepgramTranscriber",
    "DeepgramTranscriberLanguage",
    "DeepgramTranscriberModel",
    "DeepgramTranscriberRedaction",
    "DeepgramVoice",
    "DeepgramVoiceModel",
    "DeepgramVoiceVoiceId",
    "DeepInfraModel",
    "DeepSeekModel",
    "DeepSeekModelModel",
    "DeleteCallDTO",
    "DeveloperMessage",
    "Edge",
    "ElevenLabsPronunciationDictionaryLocator",
    "ElevenLabsTranscriber",
    "ElevenLabsTranscriberModel",
    "ElevenLabsVoice",
    "ElevenLabsVoiceModel",
    "ElevenLabsVoiceVoiceId",
    "EndedReasonCondition",
    "EndedReasonConditionOperator",
    "ErrorResponse",
    "ExactReplacement",
    "FallbackAssemblyAITranscriber",
    "FallbackAzureSpeechTranscriber",
    "FallbackAzureVoice",
    "FallbackCartesiaTranscriber",
    "FallbackCartesiaVoice",
    "FallbackCustomTranscriber",
    "FallbackCustomVoice",
    "FallbackDeepgramTranscriber",
    "FallbackDeepgramVoice",
    "FallbackElevenLabsTranscriber",
    "FallbackElevenLabsVoice",
    "FallbackGladiaTranscriber",
    "FallbackGladiaTranscriberLanguage",
    "FallbackGladiaTranscriberLanguageBehaviour",
    "FallbackGladiaTranscriberModel",
    "FallbackGladiaTranscriberRegion",
    "FallbackGoogleTranscriber",
    "FallbackGoogleTranscriberLanguage",
    "FallbackGoogleTranscriberModel",
    "FallbackHumeVoice",
    "FallbackHumeVoiceModel",
    "FallbackInworldVoice",
    "FallbackInworldVoiceLanguageCode",
    "FallbackInworldVoiceVoiceId",
    "FallbackLMNTVoice",
    "FallbackLMNTVoiceVoiceId",
    "FallbackMicrosoftVoice",
    "FallbackMicrosoftVoiceRole",
    "FallbackMicrosoftVoiceStyle",
    "FallbackMicrosoftVoiceVoiceId",
    "FallbackNeuphonicVoice",
    "FallbackNeuphonicVoiceModel",
    "FallbackOpenAITranscriber",
    "FallbackOpenAITranscriberLanguage",
    "FallbackOpenAITranscriberModel",
    "FallbackOpenAIVoice",
    "FallbackOpenAIVoiceModel",
    "FallbackOpenAIVoiceVoiceId",
    "FallbackPlan",
    "FallbackPlayHTVoice",
    "FallbackPlayHTVoiceEmotion",
    "FallbackPlayHTVoiceLanguage",
    "FallbackPlayHTVoiceModel",
    "FallbackPlayHTVoiceVoiceId",
    "FallbackRimeAIVoice",
    "FallbackRimeAIVoiceLanguage",
    "FallbackRimeAIVoiceModel",
    "FallbackRimeAIVoiceVoiceId",
    "FallbackSesameVoice",
    "FallbackSmallestAIVoice",
    "FallbackSmallestAIVoiceVoiceId",
    "FallbackSonioxTranscriber",
    "FallbackSonioxTranscriberModel",
    "FallbackSpeechmaticsTranscriber",
    "FallbackSpeechmaticsTranscriberLanguage",
    "FallbackSpeechmaticsTranscriberNumeralStyle",
    "FallbackSpeechmaticsTranscriberOperatingPoint",
    "FallbackSpeechmaticsTranscriberRegion",
    "FallbackTalkscriberTranscriber",
    "FallbackTalkscriberTranscriberLanguage",
    "FallbackTavusVoice",
    "FallbackTranscriberPlan",
    "FallbackVapiVoice",
    "FallbackVapiVoiceLanguage",
    "FallbackVapiVoiceVersion",
    "FallbackWellSaidVoice",
    "FallbackWellSaidVoiceModel",
    "FallbackXaiTranscriber",
    "FallbackXaiTranscriberLanguage",
    "FallbackXaiVoice",
    "FallbackXaiVoiceLanguage",
    "FallbackXaiVoiceVoiceId",
    "FormatPlan",
    "FormatPlanFormattersEnabled",
    "FourierDenoisingPlan",
    "FunctionToolWithToolCall",
    "GcpKey",
    "GeminiMultimodalLivePrebuiltVoiceConfig",
    "GeminiMultimodalLivePrebuiltVoiceConfigVoiceName",
    "GeminiMultimodalLiveSpeechConfig",
    "GeminiMultimodalLiveVoiceConfig",
    "GhlToolMetadata",
    "GhlToolWithToolCall",
    "GladiaCustomVocabularyConfigDTO",
    "GladiaTranscriber",
    "GladiaVocabularyItemDTO",
    "GlobalNodePlan",
    "GoogleCalendarCreateEventToolWithToolCall",
    "GoogleModel",
    "GoogleRealtimeConfig",
    "GoogleTranscriber",
    "GoogleVoicemailDetectionPlan",
    "GoogleVoicemailDetectionPlanType",
    "GroqModel",
    "GroqModelModel",
    "GroupCondition",
    "GroupConditionOperator",
    "HandoffDestinationAssistant",
    "HandoffDestinationDynamic",
    "HandoffDestinationSquad",
    "HMACAuthenticationPlan",
    "HMACAuthenticationPlanAlgorithm",
    "HMACAuthenticationPlanSignatureEncoding",
    "HumeVoice",
    "ImportTwilioPhoneNumberDTO",
    "InflectionAIModel",
    "InworldVoice",
    "JsonSchema",
    "JsonSchemaFormat",
    "JsonSchemaType",
    "KeypadInputPlan",
    "KeypadInputPlanDelimiters",
    "KnowledgeBase",
    "KnowledgeBaseCost",
    "KnowledgeBaseResponseDocument",
    "LangfuseObservabilityPlan",
    "LiquidCondition",
    "LivekitSmartEndpointingPlan",
    "LMNTVoice",
    "MakeToolMetadata",
    "MakeToolWithToolCall",
    "McpToolMessages",
    "McpToolMetadata",
    "McpToolMetadataProtocol",
    "MessageAddHookAction",
    "MessageTarget",
    "MessageTargetRole",
    "MicrosoftVoice",
    "MinCallDurationCondition",
    "MinimaxLLMModel",
    "MinimaxVoice",
    "MinimaxVoiceLanguageBoost",
    "MinimaxVoiceModel",
    "MinimaxVoiceRegion",
    "MinimaxVoiceSubtitleType",
    "MinMessagesCondition",
    "ModelCost",
    "Monitor",
    "MonitorPlan",
    "MonitorResult",
    "Mono",
    "NeuphonicVoice",
    "NodeArtifact",
    "NumberComparatorScorecardMetricCondition",
    "NumberComparatorScorecardMetricConditionComparator",
    "OAuth2AuthenticationPlan",
    "Oauth2AuthenticationSession",
    "OpenAIFunction",
    "OpenAIFunctionParameters",
    "OpenAIMessage",
    "OpenAIMessageRole",
    "OpenAIModel",
    "OpenAIModelFallbackModels",
    "OpenAIModelPromptCacheRetention",
    "OpenAIModelReasoningEffort",
    "OpenAIModelToolStrictCompatibilityMode",
    "OpenAITranscriber",
    "OpenAIVoice",
    "OpenAIVoicemailDetectionPlan",
    "OpenRouterModel",
    "PerformanceMetrics",
    "PerplexityAIModel",
    "PhoneNumberCallEndingHookFilter",
    "PhoneNumberCallEndingHookFilterOneOf",
    "PhoneNumberCallRingingHookFilter",
    "PhoneNumberHookCallEnding",
    "PhoneNumberHookCallRinging",
    "PlayHTVoice",
    "PublicKeyEncryptionPlan",
    "Recording",
    "RecordingConsent",
    "RecordingConsentPlanStayOnLine",
    "RecordingConsentPlanStayOnLineFirstMessageMode",
    "RecordingConsentPlanVerbal",
    "RecordingConsentType",
    "RegexCondition",
    "RegexOption",
    "RegexOptionType",
    "RegexReplacement",
    "RimeAIVoice",
    "S3CompatibleBucketPlan",
    "SayHookAction",
    "SayPhoneNumberHookAction",
    "SchedulePlan",
    "ScorecardMetric",
    "SecurityFilterPlan",
    "SecurityFilterPlanMode",
    "Server",
    "ServerMessage",
    "ServerMessageAssistantRequest",
    "ServerMessageAssistantSpeech",
    "ServerMessageAssistantSpeechSource",
    "ServerMessageCallArtifactUpload",
    "ServerMessageCallDeleted",
    "ServerMessageCallDeleteFailed",
    "ServerMessageCallEndpointingRequest",
    "ServerMessageCampaignPredial",
    "ServerMessageChatCreated",
    "ServerMessageChatDeleted",
    "ServerMessageConversationUpdate",
    "ServerMessageEndOfCallReport",
    "ServerMessageHandoffDestinationRequest",
    "ServerMessageHang",
    "ServerMessageKnowledgeBaseRequest",
    "ServerMessageLanguageChangeDetected",
    "ServerMessageModelOutput",
    "ServerMessagePhoneCallControl",
    "ServerMessagePhoneCallControlRequest",
    "ServerMessageResponse",
    "ServerMessageResponseAssistantRequest",
    "ServerMessageResponseCallEndpointingRequest",
    "ServerMessageResponseCampaignPredial",
    "ServerMessageResponseHandoffDestinationRequest",
    "ServerMessageResponseKnowledgeBaseRequest",
    "ServerMessageResponseToolCalls",
    "ServerMessageResponseTransferDestinationRequest",
    "ServerMessageResponseVoiceRequest",
    "ServerMessageSessionCreated",
    "ServerMessageSessionDeleted",
    "ServerMessageSessionUpdated",
    "ServerMessageSpeechUpdate",
    "ServerMessageSpeechUpdateStatus",
    "ServerMessageStatusUpdate",
    "ServerMessageToolCalls",
    "ServerMessageTranscript",
    "ServerMessageTranscriptTranscriptType",
    "ServerMessageTranscriptType",
    "ServerMessageTransferDestinationRequest",
    "ServerMessageTransferUpdate",
    "ServerMessageUserInterrupted",
    "ServerMessageVoiceInput",
    "ServerMessageVoiceRequest",
    "SesameVoice",
    "Session",
    "SessionCost",
    "SessionCreatedHook",
    "SessionStatus",
    "SipAuthentication",
    "SipTrunkGateway",
    "SipTrunkGatewayOutboundProtocol",
    "SipTrunkOutboundAuthenticationPlan",
    "SipTrunkOutboundSipRegisterPlan",
    "SkippedStructuredOutput",
    "SmallestAIVoice",
    "SmartDenoisingPlan",
    "SonioxContextGeneralItem",
    "SonioxTranscriber",
    "SpeechmaticsCustomVocabularyItem",
    "SpeechmaticsTranscriber",
    "SpkiPemPublicKeyConfig",
    "SquadMemberDTO",
    "StartSpeakingPlan",
    "StopSpeakingPlan",
    "StructuredDataMultiPlan",
    "StructuredDataPlan",
    "StructuredOutputCostBreakdown",
    "SubscriptionLimits",
    "SuccessEvaluationPlan",
    "SuccessEvaluationPlanRubric",
    "SummaryPlan",
    "SupabaseBucketPlan",
    "SupabaseBucketPlanRegion",
    "SystemMessage",
    "TalkscriberTranscriber",
    "TavusConversationProperties",
    "TavusVoice",
    "TelnyxTransport",
    "TextContent",
    "TextEditorToolWithToolCall",
    "TogetherAIModel",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallHookAction",
    "ToolCallMessage",
    "ToolCallResult",
    "ToolCallResultMessage",
    "ToolCallResultMessageWarning",
    "ToolMessage",
    "ToolMessageComplete",
    "ToolMessageCompleteRole",
    "ToolMessageDelayed",
    "ToolMessageFailed",
    "ToolMessageStart",
    "ToolNode",
    "ToolParameter",
    "ToolRef",
    "ToolRejectionPlan",
    "TranscriberCost",
    "TranscriptionEndpointingPlan",
    "TranscriptPlan",
    "TransferArtifact",
    "TransferArtifactMode",
    "TransferArtifactStatus",
    "TransferDestinationAssistant",
    "TransferDestinationAssistantTransferMode",
    "TransferDestinationNumber",
    "TransferDestinationSip",
    "TransferFallbackPlan",
    "TransferPhoneNumberHookAction",
    "TransferPlan",
    "TransferPlanSipVerb",
    "TransportConfigurationTwilio",
    "TransportConfigurationTwilioRecordingChannels",
    "TransportCost",
    "TransportCostProvider",
    "TurnLatency",
    "TwilioTransport",
    "TwilioVoicemailDetectionPlan",
    "TwilioVoicemailDetectionPlanVoicemailDetectionTypes",
    "UpdateCallDTO",
    "UserMessage",
    "VapiCost",
    "VapiCostSubType",
    "VapiModel",
    "VapiModelVersion",
    "VapiPronunciationDictionaryLocator",
    "VapiPronunciationDictionaryLocatorProvider",
    "VapiSipTransport",
    "VapiSmartEndpointingPlan",
    "VapiTranscriber",
    "VapiTranscriberTurnTaking",
    "VapiVoice",
    "VapiVoicemailDetectionPlan",
    "VapiWebCallTransport",
    "VapiWebsocketTransport",
    "VariableExtractionAlias",
    "VariableExtractionPlan",
    "VoiceCost",
    "VoicemailDetectionBackoffPlan",
    "VoicemailDetectionCost",
    "VoicemailDetectionCostProvider",
    "VonageTransport",
    "WellSaidVoice",
    "WorkflowAnthropicBedrockModel",
    "WorkflowAnthropicModel",
    "WorkflowCustomModel",
    "WorkflowGoogleModel",
    "WorkflowOpenAIModel",
    "WorkflowOpenAIModelModel",
    "WorkflowOverrides",
    "WorkflowUserEditable",
    "XaiModel",
    "XaiModelModel",
    "XaiTranscriber",
    "XaiVoice",
]


if not TYPE_CHECKING:
    # Hidden from type checkers: they see the imports above, so a misspelled model name is an error, not Any.
    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name) or (".unknown_variants" if name.startswith("Unknown") else None)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
