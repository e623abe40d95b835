from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan import AnalysisPlan
    from ..models.anthropic_bedrock_model import AnthropicBedrockModel
    from ..models.anthropic_model import AnthropicModel
    from ..models.anyscale_model import AnyscaleModel
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assembly_ai_transcriber import AssemblyAITranscriber
    from ..models.assistant_overrides_background_sound import AssistantOverridesBackgroundSound
    from ..models.assistant_overrides_client_messages import AssistantOverridesClientMessages
    from ..models.assistant_overrides_first_message_mode import AssistantOverridesFirstMessageMode
    from ..models.assistant_overrides_server_messages import AssistantOverridesServerMessages
    from ..models.azure_speech_transcriber import AzureSpeechTranscriber
    from ..models.azure_voice import AzureVoice
    from ..models.background_speech_denoising_plan import BackgroundSpeechDenoisingPlan
    from ..models.call_hook_assistant_speech_interrupted import CallHookAssistantSpeechInterrupted
    from ..models.call_hook_call_ending import CallHookCallEnding
    from ..models.call_hook_customer_speech_interrupted import CallHookCustomerSpeechInterrupted
    from ..models.call_hook_customer_speech_timeout import CallHookCustomerSpeechTimeout
    from ..models.cartesia_transcriber import CartesiaTranscriber
    from ..models.cartesia_voice import CartesiaVoice
    from ..models.cerebras_model import CerebrasModel
    from ..models.compliance_plan import CompliancePlan
    from ..models.create_anthropic_bedrock_credential_dto import CreateAnthropicBedrockCredentialDTO
    from ..models.create_anthropic_credential_dto import CreateAnthropicCredentialDTO
    from ..models.create_anyscale_credential_dto import CreateAnyscaleCredentialDTO
    from ..models.create_api_request_tool_dto import CreateApiRequestToolDTO
    from ..models.create_assembly_ai_credential_dto import CreateAssemblyAICredentialDTO
    from ..models.create_azure_credential_dto import CreateAzureCredentialDTO
    from ..models.create_azure_open_ai_credential_dto import CreateAzureOpenAICredentialDTO
    from ..models.create_bash_tool_dto import CreateBashToolDTO
    from ..models.create_byo_sip_trunk_credential_dto import CreateByoSipTrunkCredentialDTO
    from ..models.create_cartesia_credential_dto import CreateCartesiaCredentialDTO
    from ..models.create_cerebras_credential_dto import CreateCerebrasCredentialDTO
    from ..models.create_cloudflare_credential_dto import CreateCloudflareCredentialDTO
    from ..models.create_code_tool_dto import CreateCodeToolDTO
    from ..models.create_computer_tool_dto import CreateComputerToolDTO
    from ..models.create_custom_credential_dto import CreateCustomCredentialDTO
    from ..models.create_custom_llm_credential_dto import CreateCustomLLMCredentialDTO
    from ..models.create_deep_infra_credential_dto import CreateDeepInfraCredentialDTO
    from ..models.create_deep_seek_credential_dto import CreateDeepSeekCredentialDTO
    from ..models.create_deepgram_credential_dto import CreateDeepgramCredentialDTO
    from ..models.create_dtmf_tool_dto import CreateDtmfToolDTO
    from ..models.create_eleven_labs_credential_dto import CreateElevenLabsCredentialDTO
    from ..models.create_email_credential_dto import CreateEmailCredentialDTO
    from ..models.create_end_call_tool_dto import CreateEndCallToolDTO
    from ..models.create_function_tool_dto import CreateFunctionToolDTO
    from ..models.create_gcp_credential_dto import CreateGcpCredentialDTO
    from ..models.create_gladia_credential_dto import CreateGladiaCredentialDTO
    from ..models.create_go_high_level_calendar_availability_tool_dto import (
        CreateGoHighLevelCalendarAvailabilityToolDTO,
    )
    from ..models.create_go_high_level_calendar_event_create_tool_dto import CreateGoHighLevelCalendarEventCreateToolDTO
    from ..models.create_go_high_level_contact_create_tool_dto import CreateGoHighLevelContactCreateToolDTO
    from ..models.create_go_high_level_contact_get_tool_dto import CreateGoHighLevelContactGetToolDTO
    from ..models.create_go_high_level_credential_dto import CreateGoHighLevelCredentialDTO
    from ..models.create_go_high_level_mcp_credential_dto import CreateGoHighLevelMCPCredentialDTO
    from ..models.create_google_calendar_check_availability_tool_dto import CreateGoogleCalendarCheckAvailabilityToolDTO
    from ..models.create_google_calendar_create_event_tool_dto import CreateGoogleCalendarCreateEventToolDTO
    from ..models.create_google_calendar_o_auth_2_authorization_credential_dto import (
        CreateGoogleCalendarOAuth2AuthorizationCredentialDTO,
    )
    from ..models.create_google_calendar_o_auth_2_client_credential_dto import (
        CreateGoogleCalendarOAuth2ClientCredentialDTO,
    )
    from ..models.create_google_credential_dto import CreateGoogleCredentialDTO
    from ..models.create_google_sheets_o_auth_2_authorization_credential_dto import (
        CreateGoogleSheetsOAuth2AuthorizationCredentialDTO,
    )
    from ..models.create_google_sheets_row_append_tool_dto import CreateGoogleSheetsRowAppendToolDTO
    from ..models.create_groq_credential_dto import CreateGroqCredentialDTO
    from ..models.create_handoff_tool_dto import CreateHandoffToolDTO
    from ..models.create_hume_credential_dto import CreateHumeCredentialDTO
    from ..models.create_inflection_ai_credential_dto import CreateInflectionAICredentialDTO
    from ..models.create_inworld_credential_dto import CreateInworldCredentialDTO
    from ..models.create_langfuse_credential_dto import CreateLangfuseCredentialDTO
    from ..models.create_lmnt_credential_dto import CreateLmntCredentialDTO
    from ..models.create_make_credential_dto import CreateMakeCredentialDTO
    from ..models.create_mcp_tool_dto import CreateMcpToolDTO
    from ..models.create_microsoft_credential_dto import CreateMicrosoftCredentialDTO
    from ..models.create_minimax_credential_dto import CreateMinimaxCredentialDTO
    from ..models.create_mistral_credential_dto import CreateMistralCredentialDTO
    from ..models.create_neuphonic_credential_dto import CreateNeuphonicCredentialDTO
    from ..models.create_open_ai_credential_dto import CreateOpenAICredentialDTO
    from ..models.create_open_router_credential_dto import CreateOpenRouterCredentialDTO
    from ..models.create_perplexity_ai_credential_dto import CreatePerplexityAICredentialDTO
    from ..models.create_play_ht_credential_dto import CreatePlayHTCredentialDTO
    from ..models.create_query_tool_dto import CreateQueryToolDTO
    from ..models.create_rime_ai_credential_dto import CreateRimeAICredentialDTO
    from ..models.create_runpod_credential_dto import CreateRunpodCredentialDTO
    from ..models.create_s3_compatible_credential_dto import CreateS3CompatibleCredentialDTO
    from ..models.create_s3_credential_dto import CreateS3CredentialDTO
    from ..models.create_sip_request_tool_dto import CreateSipRequestToolDTO
    from ..models.create_slack_o_auth_2_authorization_credential_dto import CreateSlackOAuth2AuthorizationCredentialDTO
    from ..models.create_slack_send_message_tool_dto import CreateSlackSendMessageToolDTO
    from ..models.create_slack_webhook_credential_dto import CreateSlackWebhookCredentialDTO
    from ..models.create_smallest_ai_credential_dto import CreateSmallestAICredentialDTO
    from ..models.create_sms_tool_dto import CreateSmsToolDTO
    from ..models.create_soniox_credential_dto import CreateSonioxCredentialDTO
    from ..models.create_speechmatics_credential_dto import CreateSpeechmaticsCredentialDTO
    from ..models.create_supabase_credential_dto import CreateSupabaseCredentialDTO
    from ..models.create_tavus_credential_dto import CreateTavusCredentialDTO
    from ..models.create_text_editor_tool_dto import CreateTextEditorToolDTO
    from ..models.create_together_ai_credential_dto import CreateTogetherAICredentialDTO
    from ..models.create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from ..models.create_twilio_credential_dto import CreateTwilioCredentialDTO
    from ..models.create_voicemail_tool_dto import CreateVoicemailToolDTO
    from ..models.create_vonage_credential_dto import CreateVonageCredentialDTO
    from ..models.create_webhook_credential_dto import CreateWebhookCredentialDTO
    from ..models.create_well_said_credential_dto import CreateWellSaidCredentialDTO
    from ..models.create_x_ai_credential_dto import CreateXAiCredentialDTO
    from ..models.custom_llm_model import CustomLLMModel
    from ..models.custom_transcriber import CustomTranscriber
    from ..models.custom_voice import CustomVoice
    from ..models.deep_infra_model import DeepInfraModel
    from ..models.deep_seek_model import DeepSeekModel
    from ..models.deepgram_transcriber import DeepgramTranscriber
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.eleven_labs_transcriber import ElevenLabsTranscriber
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.gladia_transcriber import GladiaTranscriber
    from ..models.google_model import GoogleModel
    from ..models.google_transcriber import GoogleTranscriber
    from ..models.google_voicemail_detection_plan import GoogleVoicemailDetectionPlan
    from ..models.groq_model import GroqModel
    from ..models.hume_voice import HumeVoice
    from ..models.inflection_ai_model import InflectionAIModel
    from ..models.inworld_voice import InworldVoice
    from ..models.keypad_input_plan import KeypadInputPlan
    from ..models.langfuse_observability_plan import LangfuseObservabilityPlan
    from ..models.lmnt_voice import LMNTVoice
    from ..models.microsoft_voice import MicrosoftVoice
    from ..models.minimax_llm_model import MinimaxLLMModel
    from ..models.minimax_voice import MinimaxVoice
    from ..models.monitor_plan import MonitorPlan
    from ..models.neuphonic_voice import NeuphonicVoice
    from ..models.open_ai_model import OpenAIModel
    from ..models.open_ai_transcriber import OpenAITranscriber
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.open_ai_voicemail_detection_plan import OpenAIVoicemailDetectionPlan
    from ..models.open_router_model import OpenRouterModel
    from ..models.perplexity_ai_model import PerplexityAIModel
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.server import Server
    from ..models.sesame_voice import SesameVoice
    from ..models.session_created_hook import SessionCreatedHook
    from ..models.smallest_ai_voice import SmallestAIVoice
    from ..models.soniox_transcriber import SonioxTranscriber
    from ..models.speechmatics_transcriber import SpeechmaticsTranscriber
    from ..models.start_speaking_plan import StartSpeakingPlan
    from ..models.stop_speaking_plan import StopSpeakingPlan
    from ..models.talkscriber_transcriber import TalkscriberTranscriber
    from ..models.tavus_voice import TavusVoice
    from ..models.together_ai_model import TogetherAIModel
    from ..models.transport_configuration_twilio import TransportConfigurationTwilio
    from ..models.twilio_voicemail_detection_plan import TwilioVoicemailDetectionPlan
    from ..models.unknown_variants import (
        UnknownAssistantModel,
        UnknownCredential,
        UnknownObservabilityPlan,
        UnknownTool,
        UnknownTranscriber,
        UnknownTransportConfiguration,
        UnknownVoice,
        UnknownVoicemailDetection,
    )
    from ..models.vapi_model import VapiModel
    from ..models.vapi_transcriber import VapiTranscriber
    from ..models.vapi_voice import VapiVoice
    from ..models.vapi_voicemail_detection_plan import VapiVoicemailDetectionPlan
    from ..models.well_said_voice import WellSaidVoice
    from ..models.xai_model import XaiModel
    from ..models.xai_transcriber import XaiTranscriber
    from ..models.xai_voice import XaiVoice


__all__ = ["AssistantOverrides"]


@_attrs_define(repr=False)
class AssistantOverrides(Model):
    """AssistantOverrides

    Attributes:
        transcriber:
        model:
        voice:
        first_message: This is the first message that the assistant will say. This can also be a URL to a containerized
            audio file (mp3, wav, etc.).

            If unspecified, assistant will wait for user to speak and use the model to respond once they speak.
        first_message_interruptions_enabled:
        first_message_mode:
        voicemail_detection: These are the settings to configure or disable voicemail detection. Alternatively, voicemail
            detection can be configured using the model.tools=[VoicemailTool].
            By default, voicemail detection is disabled.
        client_messages: These are the messages that will be sent to your Client SDKs. Default is conversation-
            update,function-call,hang,model-output,speech-update,status-update,transfer-update,transcript,tool-
            calls,user-interrupted,voice-input,workflow.node.started,assistant.started. You can check the shape
            of the messages in ClientMessage schema.
        server_messages: These are the messages that will be sent to your Server URL. Default is conversation-update,end-of-
            call-report,function-call,hang,speech-update,status-update,tool-calls,transfer-destination-
            request,handoff-destination-request,user-interrupted,assistant.started. You can check the shape of
            the messages in ServerMessage schema.
        max_duration_seconds: This is the maximum number of seconds that the call will last. When the call reaches this duration,
            it will be ended.

            @default 600 (10 minutes)
        background_sound: This is the background sound in the call. Default for phone calls is 'office' and default for web
            calls is 'off'.
            You can also provide a custom sound by providing a URL to an audio file.
        model_output_in_messages_enabled: This determines whether the model's output is used in conversation history rather than the
            transcription of assistant's speech.

            @default false
        transport_configurations: These are the configurations to be passed to the transport providers of assistant's calls, like
            Twilio. You can store multiple configurations for different transport providers. For a call, only
            the configuration matching the call transport provider is used.
        observability_plan:
        credentials: These are dynamic credentials that will be used for the assistant calls. By default, all the
            credentials are available for use in the call but you can supplement an additional credentials using
            this. Dynamic credentials override existing credentials.
        hooks: This is a set of actions that will be performed on certain events.
        toolsappend:
        variable_values: Any JSON object: free-form data the API stores and returns as given.
        name: This is the name of the assistant.

            This is required when you want to transfer between assistants in a call.
        voicemail_message: This is the message that the assistant will say if the call is forwarded to voicemail.

            If unspecified, it will hang up.
        end_call_message: This is the message that the assistant will say if it ends the call.

            If unspecified, it will hang up without saying anything.
        end_call_phrases: This list contains phrases that, if spoken by the assistant, will trigger the call to be hung up.
            Case insensitive.
        compliance_plan:
        metadata: Any JSON object: free-form data the API stores and returns as given.
        background_speech_denoising_plan:
        analysis_plan:
        artifact_plan:
        start_speaking_plan:
        stop_speaking_plan:
        monitor_plan:
        credential_ids: These are the credentials that will be used for the assistant calls. By default, all the credentials
            are available for use in the call but you can provide a subset using this.
        server:
        keypad_input_plan:
    """

    _schema: ClassVar[str] = "AssistantOverrides"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("transcriber", "transcriber"),
        ("model", "model"),
        ("voice", "voice"),
        ("firstMessage", "first_message"),
        ("firstMessageInterruptionsEnabled", "first_message_interruptions_enabled"),
        ("firstMessageMode", "first_message_mode"),
        ("voicemailDetection", "voicemail_detection"),
        ("clientMessages", "client_messages"),
        ("serverMessages", "server_messages"),
        ("maxDurationSeconds", "max_duration_seconds"),
        ("backgroundSound", "background_sound"),
        ("modelOutputInMessagesEnabled", "model_output_in_messages_enabled"),
        ("transportConfigurations", "transport_configurations"),
        ("observabilityPlan", "observability_plan"),
        ("credentials", "credentials"),
        ("hooks", "hooks"),
        ("tools:append", "toolsappend"),
        ("variableValues", "variable_values"),
        ("name", "name"),
        ("voicemailMessage", "voicemail_message"),
        ("endCallMessage", "end_call_message"),
        ("endCallPhrases", "end_call_phrases"),
        ("compliancePlan", "compliance_plan"),
        ("metadata", "metadata"),
        ("backgroundSpeechDenoisingPlan", "background_speech_denoising_plan"),
        ("analysisPlan", "analysis_plan"),
        ("artifactPlan", "artifact_plan"),
        ("startSpeakingPlan", "start_speaking_plan"),
        ("stopSpeakingPlan", "stop_speaking_plan"),
        ("monitorPlan", "monitor_plan"),
        ("credentialIds", "credential_ids"),
        ("server", "server"),
        ("keypadInputPlan", "keypad_input_plan"),
    )

    transcriber: (
        AssemblyAITranscriber
        | AzureSpeechTranscriber
        | CustomTranscriber
        | DeepgramTranscriber
        | ElevenLabsTranscriber
        | GladiaTranscriber
        | GoogleTranscriber
        | SpeechmaticsTranscriber
        | TalkscriberTranscriber
        | OpenAITranscriber
        | CartesiaTranscriber
        | SonioxTranscriber
        | XaiTranscriber
        | VapiTranscriber
        | UnknownTranscriber
        | Unset
    ) = UNSET
    model: (
        AnthropicModel
        | AnthropicBedrockModel
        | AnyscaleModel
        | CerebrasModel
        | CustomLLMModel
        | DeepInfraModel
        | DeepSeekModel
        | GoogleModel
        | GroqModel
        | InflectionAIModel
        | MinimaxLLMModel
        | OpenAIModel
        | OpenRouterModel
        | PerplexityAIModel
        | TogetherAIModel
        | XaiModel
        | VapiModel
        | UnknownAssistantModel
        | Unset
    ) = UNSET
    voice: (
        AzureVoice
        | CartesiaVoice
        | CustomVoice
        | DeepgramVoice
        | ElevenLabsVoice
        | HumeVoice
        | LMNTVoice
        | NeuphonicVoice
        | OpenAIVoice
        | PlayHTVoice
        | WellSaidVoice
        | RimeAIVoice
        | SmallestAIVoice
        | TavusVoice
        | VapiVoice
        | SesameVoice
        | InworldVoice
        | MinimaxVoice
        | XaiVoice
        | MicrosoftVoice
        | UnknownVoice
        | Unset
    ) = UNSET
    first_message: str | Unset = UNSET
    first_message_interruptions_enabled: bool | Unset = UNSET
    first_message_mode: AssistantOverridesFirstMessageMode | Unset = UNSET
    voicemail_detection: (
        GoogleVoicemailDetectionPlan
        | OpenAIVoicemailDetectionPlan
        | TwilioVoicemailDetectionPlan
        | VapiVoicemailDetectionPlan
        | Literal["off"]
        | UnknownVoicemailDetection
        | Unset
    ) = UNSET
    client_messages: list[AssistantOverridesClientMessages] | Unset = UNSET
    server_messages: list[AssistantOverridesServerMessages] | Unset = UNSET
    max_duration_seconds: float | Unset = UNSET
    background_sound: AssistantOverridesBackgroundSound | str | Unset = UNSET
    model_output_in_messages_enabled: bool | Unset = UNSET
    transport_configurations: list[TransportConfigurationTwilio | UnknownTransportConfiguration] | Unset = UNSET
    observability_plan: LangfuseObservabilityPlan | UnknownObservabilityPlan | Unset = UNSET
    credentials: (
        list[
            CreateAnthropicCredentialDTO
            | CreateAnthropicBedrockCredentialDTO
            | CreateAnyscaleCredentialDTO
            | CreateAssemblyAICredentialDTO
            | CreateAzureCredentialDTO
            | CreateAzureOpenAICredentialDTO
            | CreateByoSipTrunkCredentialDTO
            | CreateCartesiaCredentialDTO
            | CreateCerebrasCredentialDTO
            | CreateCloudflareCredentialDTO
            | CreateCustomLLMCredentialDTO
            | CreateDeepgramCredentialDTO
            | CreateDeepInfraCredentialDTO
            | CreateDeepSeekCredentialDTO
            | CreateElevenLabsCredentialDTO
            | CreateGcpCredentialDTO
            | CreateGladiaCredentialDTO
            | CreateGoHighLevelCredentialDTO
            | CreateGoogleCredentialDTO
            | CreateGroqCredentialDTO
            | CreateHumeCredentialDTO
            | CreateInflectionAICredentialDTO
            | CreateLangfuseCredentialDTO
            | CreateLmntCredentialDTO
            | CreateMakeCredentialDTO
            | CreateMistralCredentialDTO
            | CreateNeuphonicCredentialDTO
            | CreateOpenAICredentialDTO
            | CreateOpenRouterCredentialDTO
            | CreatePerplexityAICredentialDTO
            | CreatePlayHTCredentialDTO
            | CreateRimeAICredentialDTO
            | CreateRunpodCredentialDTO
            | CreateS3CredentialDTO
            | CreateS3CompatibleCredentialDTO
            | CreateSmallestAICredentialDTO
            | CreateSpeechmaticsCredentialDTO
            | CreateSonioxCredentialDTO
            | CreateSupabaseCredentialDTO
            | CreateTavusCredentialDTO
            | CreateTogetherAICredentialDTO
            | CreateTwilioCredentialDTO
            | CreateVonageCredentialDTO
            | CreateWebhookCredentialDTO
            | CreateCustomCredentialDTO
            | CreateXAiCredentialDTO
            | CreateMicrosoftCredentialDTO
            | CreateGoogleCalendarOAuth2ClientCredentialDTO
            | CreateGoogleCalendarOAuth2AuthorizationCredentialDTO
            | CreateGoogleSheetsOAuth2AuthorizationCredentialDTO
            | CreateSlackOAuth2AuthorizationCredentialDTO
            | CreateGoHighLevelMCPCredentialDTO
            | CreateInworldCredentialDTO
            | CreateMinimaxCredentialDTO
            | CreateWellSaidCredentialDTO
            | CreateEmailCredentialDTO
            | CreateSlackWebhookCredentialDTO
            | UnknownCredential
        ]
        | Unset
    ) = UNSET
    hooks: (
        list[
            CallHookCallEnding
            | CallHookAssistantSpeechInterrupted
            | CallHookCustomerSpeechInterrupted
            | CallHookCustomerSpeechTimeout
            | SessionCreatedHook
        ]
        | Unset
    ) = UNSET
    toolsappend: (
        list[
            CreateApiRequestToolDTO
            | CreateBashToolDTO
            | CreateCodeToolDTO
            | CreateComputerToolDTO
            | CreateDtmfToolDTO
            | CreateEndCallToolDTO
            | CreateFunctionToolDTO
            | CreateGoHighLevelCalendarAvailabilityToolDTO
            | CreateGoHighLevelCalendarEventCreateToolDTO
            | CreateGoHighLevelContactCreateToolDTO
            | CreateGoHighLevelContactGetToolDTO
            | CreateGoogleCalendarCheckAvailabilityToolDTO
            | CreateGoogleCalendarCreateEventToolDTO
            | CreateGoogleSheetsRowAppendToolDTO
            | CreateHandoffToolDTO
            | CreateMcpToolDTO
            | CreateQueryToolDTO
            | CreateSlackSendMessageToolDTO
            | CreateSmsToolDTO
            | CreateTextEditorToolDTO
            | CreateTransferCallToolDTO
            | CreateSipRequestToolDTO
            | CreateVoicemailToolDTO
            | UnknownTool
        ]
        | Unset
    ) = UNSET
    variable_values: dict[str, Any] | Unset = UNSET
    name: str | Unset = UNSET
    voicemail_message: str | Unset = UNSET
    end_call_message: str | Unset = UNSET
    end_call_phrases: list[str] | Unset = UNSET
    compliance_plan: CompliancePlan | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    background_speech_denoising_plan: BackgroundSpeechDenoisingPlan | Unset = UNSET
    analysis_plan: AnalysisPlan | Unset = UNSET
    artifact_plan: ArtifactPlan | Unset = UNSET
    start_speaking_plan: StartSpeakingPlan | Unset = UNSET
    stop_speaking_plan: StopSpeakingPlan | Unset = UNSET
    monitor_plan: MonitorPlan | Unset = UNSET
    credential_ids: list[str] | Unset = UNSET
    server: Server | Unset = UNSET
    keypad_input_plan: KeypadInputPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
