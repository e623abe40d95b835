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
    from ..models.analysis_plan import AnalysisPlan
    from ..models.anthropic_bedrock_model import AnthropicBedrockModel
    from ..models.anthropic_model import AnthropicModel
    from ..models.anyscale_model import AnyscaleModel
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assembly_ai_transcriber import AssemblyAITranscriber
    from ..models.assistant_overrides_background_sound import (
        AssistantOverridesBackgroundSound,
        _AssistantOverridesBackgroundSoundValues,
    )
    from ..models.assistant_overrides_client_messages import (
        AssistantOverridesClientMessages,
        _AssistantOverridesClientMessagesValues,
    )
    from ..models.assistant_overrides_first_message_mode import (
        AssistantOverridesFirstMessageMode,
        _AssistantOverridesFirstMessageModeValues,
    )
    from ..models.assistant_overrides_server_messages import (
        AssistantOverridesServerMessages,
        _AssistantOverridesServerMessagesValues,
    )
    from ..models.azure_speech_transcriber import AzureSpeechTranscriber
    from ..models.azure_voice import AzureVoice
    from ..models.background_speech_denoising_plan import BackgroundSpeechDenoisingPlan
    from ..models.call_hook_assistant_speech_interrupted import CallHookAssistantSpeechInterrupted
    from ..models.call_hook_call_ending import CallHookCallEnding
    from ..models.call_hook_customer_speech_interrupted import CallHookCustomerSpeechInterrupted
    from ..models.call_hook_customer_speech_timeout import CallHookCustomerSpeechTimeout
    from ..models.call_hook_model_response_timeout import CallHookModelResponseTimeout
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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AssistantOverrides(Model):
    """AssistantOverrides

    Attributes:
        transcriber: These are the options for the assistant's transcriber.
        model: These are the options for the assistant's LLM.
        voice: These are the options for the assistant's voice.
        first_message: This is the first message that the assistant will say. This can also be a URL to a containerized
            audio file (mp3, wav, etc.).

            If unspecified, assistant will wait for user to speak and use the model to respond once they speak.
        first_message_interruptions_enabled:
        first_message_mode: This is the mode for the first message. Default is 'assistant-speaks-first'.

            Use:
            - 'assistant-speaks-first' to have the assistant speak first.
            - 'assistant-waits-for-user' to have the assistant wait for the user to speak first.
            - 'assistant-speaks-first-with-model-generated-message' to have the assistant speak first with a
            message generated by the model based on the conversation state. (`assistant.model.messages` at call
            start, `call.messages` at squad transfer points).

            @default 'assistant-speaks-first'
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
        observability_plan: This is the plan for observability of assistant's calls.

            Currently, only Langfuse is supported.
        credentials: These are dynamic credentials that will be used for the assistant calls. By default, all the
            credentials are available for use in the call but you can supplement an additional credentials using
            this. Dynamic credentials override existing credentials.
        hooks: This is a set of actions that will be performed on certain events.
        toolsappend:
        variable_values: These are values that will be used to replace the template variables in the assistant messages and
            other text-based fields.
            This uses LiquidJS syntax. https://liquidjs.com/tutorials/intro-to-liquid.html

            So for example, `{{ name }}` will be replaced with the value of `name` in `variableValues`.
            `{{"now" | date: "%b %d, %Y, %I:%M %p", "America/New_York"}}` will be replaced with the current date
            and time in New York.
             Some VAPI reserved defaults:
             - *customer* - the customer object
        name: This is the name of the assistant.

            This is required when you want to transfer between assistants in a call.
        voicemail_message: This is the message that the assistant will say if the call is forwarded to voicemail.

            If unspecified, it will hang up.
        end_call_message: This is the message that the assistant will say if it ends the call.

            If unspecified, it will hang up without saying anything.
        end_call_phrases: This list contains phrases that, if spoken by the assistant, will trigger the call to be hung up.
            Case insensitive.
        compliance_plan:
        metadata: This is for metadata you want to store on the assistant.
        background_speech_denoising_plan: This enables filtering of noise and background speech while the user is talking.

            Features:
            - Smart denoising using Krisp
            - Fourier denoising

            Smart denoising can be combined with or used independently of Fourier denoising.

            Order of precedence:
            - Smart denoising
            - Fourier denoising
        analysis_plan: This is the plan for analysis of assistant's calls. Stored in `call.analysis`.
        artifact_plan: This is the plan for artifacts generated during assistant's calls. Stored in `call.artifact`.
        start_speaking_plan: This is the plan for when the assistant should start talking.

            You should configure this if you're running into these issues:
            - The assistant is too slow to start talking after the customer is done speaking.
            - The assistant is too fast to start talking after the customer is done speaking.
            - The assistant is so fast that it's actually interrupting the customer.
        stop_speaking_plan: This is the plan for when assistant should stop talking on customer interruption.

            You should configure this if you're running into these issues:
            - The assistant is too slow to recognize customer's interruption.
            - The assistant is too fast to recognize customer's interruption.
            - The assistant is getting interrupted by phrases that are just acknowledgments.
            - The assistant is getting interrupted by background noises.
            - The assistant is not properly stopping -- it starts talking right after getting interrupted.
        monitor_plan: This is the plan for real-time monitoring of the assistant's calls.

            Usage:
            - To enable live listening of the assistant's calls, set `monitorPlan.listenEnabled` to `true`.
            - To enable live control of the assistant's calls, set `monitorPlan.controlEnabled` to `true`.
            - To attach monitors to the assistant, set `monitorPlan.monitorIds` to the set of monitor ids.
        credential_ids: These are the credentials that will be used for the assistant calls. By default, all the credentials
            are available for use in the call but you can provide a subset using this.
        server: This is where Vapi will send webhooks. You can find all webhooks available along with their shape in
            ServerMessage schema.

            The order of precedence is:

            1. assistant.server.url
            2. phoneNumber.serverUrl
            3. org.serverUrl
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
    first_message_mode: AssistantOverridesFirstMessageMode | _AssistantOverridesFirstMessageModeValues | Unset = UNSET
    voicemail_detection: (
        GoogleVoicemailDetectionPlan
        | OpenAIVoicemailDetectionPlan
        | TwilioVoicemailDetectionPlan
        | VapiVoicemailDetectionPlan
        | Literal["off"]
        | UnknownVoicemailDetection
        | Unset
    ) = UNSET
    client_messages: list[AssistantOverridesClientMessages | _AssistantOverridesClientMessagesValues] | Unset = UNSET
    server_messages: list[AssistantOverridesServerMessages | _AssistantOverridesServerMessagesValues] | Unset = UNSET
    max_duration_seconds: float | Unset = UNSET
    background_sound: AssistantOverridesBackgroundSound | _AssistantOverridesBackgroundSoundValues | str | Unset = UNSET
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
            | CallHookModelResponseTimeout
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Transcriber = _h.alternatives("Transcriber")
_alternatives_AssistantModel = _h.alternatives("AssistantModel")
_alternatives_Voice = _h.alternatives("Voice")
_AssistantOverrides_one_of_7 = _h.OneOf(("union", "VoicemailDetection"), ("const", "off"))
_AssistantOverrides_items_13 = _h.Items(("enum", "AssistantOverridesClientMessages", False))
_AssistantOverrides_items_19 = _h.Items(("enum", "AssistantOverridesServerMessages", False))
_AssistantOverrides_one_of_20 = _h.OneOf(("enum", "AssistantOverridesBackgroundSound", False), ("string", {}))
_alternatives_TransportConfiguration = _h.alternatives("TransportConfiguration")
_AssistantOverrides_items_28 = _h.Items(("union", "TransportConfiguration"))
_alternatives_ObservabilityPlan = _h.alternatives("ObservabilityPlan")
_alternatives_Credential = _h.alternatives("Credential")
_AssistantOverrides_items_38 = _h.Items(("union", "Credential"))
_AssistantOverrides_one_of_44 = _h.OneOf(
    ("model", "CallHookCallEnding"),
    ("model", "CallHookAssistantSpeechInterrupted"),
    ("model", "CallHookCustomerSpeechInterrupted"),
    ("model", "CallHookCustomerSpeechTimeout"),
    ("model", "SessionCreatedHook"),
    ("model", "CallHookModelResponseTimeout"),
)
_AssistantOverrides_items_45 = _h.Items(
    (
        "oneof",
        ("model", "CallHookCallEnding"),
        ("model", "CallHookAssistantSpeechInterrupted"),
        ("model", "CallHookCustomerSpeechInterrupted"),
        ("model", "CallHookCustomerSpeechTimeout"),
        ("model", "SessionCreatedHook"),
        ("model", "CallHookModelResponseTimeout"),
    )
)
_alternatives_Tool = _h.alternatives("Tool")
_AssistantOverrides_items_53 = _h.Items(("union", "Tool"))


def _load_AssistantOverrides(data: dict[str, Any], strict: bool) -> AssistantOverrides | dict[str, Any]:
    """AssistantOverrides from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p20: Any = unset
    p21: Any = unset
    p22: Any = unset
    p23: Any = unset
    p24: Any = unset
    p25: Any = unset
    p26: Any = unset
    p27: Any = unset
    p28: Any = unset
    p29: Any = unset
    p30: Any = unset
    p31: Any = unset
    p32: Any = unset
    slow = False
    if "transcriber" in data:
        v = data["transcriber"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_Transcriber[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p0 = _S
        else:
            p0 = alternative2[1](v, strict)
            if type(p0) is dict:
                p0 = _R(alternative2[0], p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "model" in data:
        v = data["model"]
        tag3 = v.get("provider") if type(v) is dict else None
        alternative4 = _alternatives_AssistantModel[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative4[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative4[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "voice" in data:
        v = data["voice"]
        tag5 = v.get("provider") if type(v) is dict else None
        alternative6 = _alternatives_Voice[tag5] if type(tag5) is str else None
        if alternative6 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative6[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative6[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "firstMessage" in data:
        v = data["firstMessage"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "firstMessageInterruptionsEnabled" in data:
        v = data["firstMessageInterruptionsEnabled"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "firstMessageMode" in data:
        v = data["firstMessageMode"]
        p5 = _MEMBERS["AssistantOverridesFirstMessageMode"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and not strict:
            p5 = _h.open_member("AssistantOverridesFirstMessageMode", v)
        if p5 is _S:
            slow = True
    if "voicemailDetection" in data:
        v = data["voicemailDetection"]
        p6 = _AssistantOverrides_one_of_7(v, strict)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "clientMessages" in data:
        v = data["clientMessages"]
        if type(v) is list:
            resume12 = False
            out10: list[Any] = []
            for e8 in v:
                x9 = _MEMBERS["AssistantOverridesClientMessages"].get(e8, _S) if type(e8) is str else _S
                if x9 is _S and type(e8) is str and True:
                    x9 = _h.open_member("AssistantOverridesClientMessages", e8)
                if x9 is _S:
                    resume12 = True
                out10.append(x9)
            p7 = _R(_AssistantOverrides_items_13, out10) if resume12 else out10
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if "serverMessages" in data:
        v = data["serverMessages"]
        if type(v) is list:
            resume18 = False
            out16: list[Any] = []
            for e14 in v:
                x15 = _MEMBERS["AssistantOverridesServerMessages"].get(e14, _S) if type(e14) is str else _S
                if x15 is _S and type(e14) is str and True:
                    x15 = _h.open_member("AssistantOverridesServerMessages", e14)
                if x15 is _S:
                    resume18 = True
                out16.append(x15)
            p8 = _R(_AssistantOverrides_items_19, out16) if resume18 else out16
        else:
            p8 = _S
        if p8 is _S or type(p8) is _R:
            slow = True
    if "maxDurationSeconds" in data:
        v = data["maxDurationSeconds"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 10 and v <= 43200 else _S
        if p9 is _S:
            slow = True
    if "backgroundSound" in data:
        v = data["backgroundSound"]
        p10 = _AssistantOverrides_one_of_20(v, strict)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "modelOutputInMessagesEnabled" in data:
        v = data["modelOutputInMessagesEnabled"]
        p11 = v if (v is True or v is False) else _S
        if p11 is _S:
            slow = True
    if "transportConfigurations" in data:
        v = data["transportConfigurations"]
        if type(v) is list:
            resume25 = False
            out23: list[Any] = []
            for e21 in v:
                tag26 = e21.get("provider") if type(e21) is dict else None
                alternative27 = _alternatives_TransportConfiguration[tag26] if type(tag26) is str else None
                if alternative27 is None:  # not an object, or a tag this spec does not know
                    x22 = _S
                else:
                    x22 = alternative27[1](e21, strict)
                    if type(x22) is dict:
                        x22 = _R(alternative27[0], x22)
                if x22 is _S or type(x22) is _R:
                    resume25 = True
                out23.append(x22)
            p12 = _R(_AssistantOverrides_items_28, out23) if resume25 else out23
        else:
            p12 = _S
        if p12 is _S or type(p12) is _R:
            slow = True
    if "observabilityPlan" in data:
        v = data["observabilityPlan"]
        tag29 = v.get("provider") if type(v) is dict else None
        alternative30 = _alternatives_ObservabilityPlan[tag29] if type(tag29) is str else None
        if alternative30 is None:  # not an object, or a tag this spec does not know
            p13 = _S
        else:
            p13 = alternative30[1](v, strict)
            if type(p13) is dict:
                p13 = _R(alternative30[0], p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "credentials" in data:
        v = data["credentials"]
        if type(v) is list:
            resume35 = False
            out33: list[Any] = []
            for e31 in v:
                tag36 = e31.get("provider") if type(e31) is dict else None
                alternative37 = _alternatives_Credential[tag36] if type(tag36) is str else None
                if alternative37 is None:  # not an object, or a tag this spec does not know
                    x32 = _S
                else:
                    x32 = alternative37[1](e31, strict)
                    if type(x32) is dict:
                        x32 = _R(alternative37[0], x32)
                if x32 is _S or type(x32) is _R:
                    resume35 = True
                out33.append(x32)
            p14 = _R(_AssistantOverrides_items_38, out33) if resume35 else out33
        else:
            p14 = _S
        if p14 is _S or type(p14) is _R:
            slow = True
    if "hooks" in data:
        v = data["hooks"]
        if type(v) is list:
            resume43 = False
            out41: list[Any] = []
            for e39 in v:
                x40 = _AssistantOverrides_one_of_44(e39, strict)
                if x40 is _S or type(x40) is _R:
                    resume43 = True
                out41.append(x40)
            p15 = _R(_AssistantOverrides_items_45, out41) if resume43 else out41
        else:
            p15 = _S
        if p15 is _S or type(p15) is _R:
            slow = True
    if "tools:append" in data:
        v = data["tools:append"]
        if type(v) is list:
            resume50 = False
            out48: list[Any] = []
            for e46 in v:
                tag51 = e46.get("type") if type(e46) is dict else None
                alternative52 = _alternatives_Tool[tag51] if type(tag51) is str else None
                if alternative52 is None:  # not an object, or a tag this spec does not know
                    x47 = _S
                else:
                    x47 = alternative52[1](e46, strict)
                    if type(x47) is dict:
                        x47 = _R(alternative52[0], x47)
                if x47 is _S or type(x47) is _R:
                    resume50 = True
                out48.append(x47)
            p16 = _R(_AssistantOverrides_items_53, out48) if resume50 else out48
        else:
            p16 = _S
        if p16 is _S or type(p16) is _R:
            slow = True
    if "variableValues" in data:
        v = data["variableValues"]
        p17 = v if type(v) is dict else _S
        if p17 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p18 = v if type(v) is str and len(v) <= 40 else _S
        if p18 is _S:
            slow = True
    if "voicemailMessage" in data:
        v = data["voicemailMessage"]
        p19 = v if type(v) is str and len(v) <= 1000 else _S
        if p19 is _S:
            slow = True
    if "endCallMessage" in data:
        v = data["endCallMessage"]
        p20 = v if type(v) is str and len(v) <= 1000 else _S
        if p20 is _S:
            slow = True
    if "endCallPhrases" in data:
        v = data["endCallPhrases"]
        p21 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 140 for e in v) else _S
        if p21 is _S:
            slow = True
    if "compliancePlan" in data:
        v = data["compliancePlan"]
        p22 = _FAST["CompliancePlan"](v, strict) if type(v) is dict else _S
        if type(p22) is dict:  # loaded in part: the generic loader finishes it
            p22 = _R("CompliancePlan", p22)
        if p22 is _S or type(p22) is _R:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p23 = v if type(v) is dict else _S
        if p23 is _S:
            slow = True
    if "backgroundSpeechDenoisingPlan" in data:
        v = data["backgroundSpeechDenoisingPlan"]
        p24 = _FAST["BackgroundSpeechDenoisingPlan"](v, strict) if type(v) is dict else _S
        if type(p24) is dict:  # loaded in part: the generic loader finishes it
            p24 = _R("BackgroundSpeechDenoisingPlan", p24)
        if p24 is _S or type(p24) is _R:
            slow = True
    if "analysisPlan" in data:
        v = data["analysisPlan"]
        p25 = _FAST["AnalysisPlan"](v, strict) if type(v) is dict else _S
        if type(p25) is dict:  # loaded in part: the generic loader finishes it
            p25 = _R("AnalysisPlan", p25)
        if p25 is _S or type(p25) is _R:
            slow = True
    if "artifactPlan" in data:
        v = data["artifactPlan"]
        p26 = _FAST["ArtifactPlan"](v, strict) if type(v) is dict else _S
        if type(p26) is dict:  # loaded in part: the generic loader finishes it
            p26 = _R("ArtifactPlan", p26)
        if p26 is _S or type(p26) is _R:
            slow = True
    if "startSpeakingPlan" in data:
        v = data["startSpeakingPlan"]
        p27 = _FAST["StartSpeakingPlan"](v, strict) if type(v) is dict else _S
        if type(p27) is dict:  # loaded in part: the generic loader finishes it
            p27 = _R("StartSpeakingPlan", p27)
        if p27 is _S or type(p27) is _R:
            slow = True
    if "stopSpeakingPlan" in data:
        v = data["stopSpeakingPlan"]
        p28 = _FAST["StopSpeakingPlan"](v, strict) if type(v) is dict else _S
        if type(p28) is dict:  # loaded in part: the generic loader finishes it
            p28 = _R("StopSpeakingPlan", p28)
        if p28 is _S or type(p28) is _R:
            slow = True
    if "monitorPlan" in data:
        v = data["monitorPlan"]
        p29 = _FAST["MonitorPlan"](v, strict) if type(v) is dict else _S
        if type(p29) is dict:  # loaded in part: the generic loader finishes it
            p29 = _R("MonitorPlan", p29)
        if p29 is _S or type(p29) is _R:
            slow = True
    if "credentialIds" in data:
        v = data["credentialIds"]
        p30 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p30 is _S:
            slow = True
    if "server" in data:
        v = data["server"]
        p31 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p31) is dict:  # loaded in part: the generic loader finishes it
            p31 = _R("Server", p31)
        if p31 is _S or type(p31) is _R:
            slow = True
    if "keypadInputPlan" in data:
        v = data["keypadInputPlan"]
        p32 = _FAST["KeypadInputPlan"](v, strict) if type(v) is dict else _S
        if type(p32) is dict:  # loaded in part: the generic loader finishes it
            p32 = _R("KeypadInputPlan", p32)
        if p32 is _S or type(p32) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssistantOverrides:
            return AssistantOverrides(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
                p27,
                p28,
                p29,
                p30,
                p31,
                p32,
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssistantOverrides(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
                p27,
                p28,
                p29,
                p30,
                p31,
                p32,
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AssistantOverrides}
            return obj
    return {
        "transcriber": p0,
        "model": p1,
        "voice": p2,
        "firstMessage": p3,
        "firstMessageInterruptionsEnabled": p4,
        "firstMessageMode": p5,
        "voicemailDetection": p6,
        "clientMessages": p7,
        "serverMessages": p8,
        "maxDurationSeconds": p9,
        "backgroundSound": p10,
        "modelOutputInMessagesEnabled": p11,
        "transportConfigurations": p12,
        "observabilityPlan": p13,
        "credentials": p14,
        "hooks": p15,
        "tools:append": p16,
        "variableValues": p17,
        "name": p18,
        "voicemailMessage": p19,
        "endCallMessage": p20,
        "endCallPhrases": p21,
        "compliancePlan": p22,
        "metadata": p23,
        "backgroundSpeechDenoisingPlan": p24,
        "analysisPlan": p25,
        "artifactPlan": p26,
        "startSpeakingPlan": p27,
        "stopSpeakingPlan": p28,
        "monitorPlan": p29,
        "credentialIds": p30,
        "server": p31,
        "keypadInputPlan": p32,
    }


_KNOWN_AssistantOverrides = frozenset(
    (
        "transcriber",
        "model",
        "voice",
        "firstMessage",
        "firstMessageInterruptionsEnabled",
        "firstMessageMode",
        "voicemailDetection",
        "clientMessages",
        "serverMessages",
        "maxDurationSeconds",
        "backgroundSound",
        "modelOutputInMessagesEnabled",
        "transportConfigurations",
        "observabilityPlan",
        "credentials",
        "hooks",
        "tools:append",
        "variableValues",
        "name",
        "voicemailMessage",
        "endCallMessage",
        "endCallPhrases",
        "compliancePlan",
        "metadata",
        "backgroundSpeechDenoisingPlan",
        "analysisPlan",
        "artifactPlan",
        "startSpeakingPlan",
        "stopSpeakingPlan",
        "monitorPlan",
        "credentialIds",
        "server",
        "keypadInputPlan",
    )
)


def _to_dict_AssistantOverrides(self: AssistantOverrides) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.transcriber
    if v is not UNSET:
        out["transcriber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.voice
    if v is not UNSET:
        out["voice"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.first_message
    if v is not UNSET:
        out["firstMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.first_message_interruptions_enabled
    if v is not UNSET:
        out["firstMessageInterruptionsEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.first_message_mode
    if v is not UNSET:
        out["firstMessageMode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.voicemail_detection
    if v is not UNSET:
        out["voicemailDetection"] = _h.dump_json(v)
    v = self.client_messages
    if v is not UNSET:
        out["clientMessages"] = (
            [i54._value_ if isinstance(i54, _h.Enum) else _h.fresh(i54) for i54 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.server_messages
    if v is not UNSET:
        out["serverMessages"] = (
            [i55._value_ if isinstance(i55, _h.Enum) else _h.fresh(i55) for i55 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.max_duration_seconds
    if v is not UNSET:
        out["maxDurationSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.background_sound
    if v is not UNSET:
        out["backgroundSound"] = _h.dump_json(v)
    v = self.model_output_in_messages_enabled
    if v is not UNSET:
        out["modelOutputInMessagesEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transport_configurations
    if v is not UNSET:
        out["transportConfigurations"] = (
            [i56.to_dict() if hasattr(i56, "to_dict") else _h.fresh(i56) for i56 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.observability_plan
    if v is not UNSET:
        out["observabilityPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.credentials
    if v is not UNSET:
        out["credentials"] = (
            [i57.to_dict() if hasattr(i57, "to_dict") else _h.fresh(i57) for i57 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.hooks
    if v is not UNSET:
        out["hooks"] = [_h.dump_json(i58) for i58 in v] if type(v) is list else _h.fresh(v)
    v = self.toolsappend
    if v is not UNSET:
        out["tools:append"] = (
            [i59.to_dict() if hasattr(i59, "to_dict") else _h.fresh(i59) for i59 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.variable_values
    if v is not UNSET:
        out["variableValues"] = _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voicemail_message
    if v is not UNSET:
        out["voicemailMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.end_call_message
    if v is not UNSET:
        out["endCallMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.end_call_phrases
    if v is not UNSET:
        out["endCallPhrases"] = _h.fresh(v)
    v = self.compliance_plan
    if v is not UNSET:
        out["compliancePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    v = self.background_speech_denoising_plan
    if v is not UNSET:
        out["backgroundSpeechDenoisingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.analysis_plan
    if v is not UNSET:
        out["analysisPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.artifact_plan
    if v is not UNSET:
        out["artifactPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.start_speaking_plan
    if v is not UNSET:
        out["startSpeakingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.stop_speaking_plan
    if v is not UNSET:
        out["stopSpeakingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.monitor_plan
    if v is not UNSET:
        out["monitorPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.credential_ids
    if v is not UNSET:
        out["credentialIds"] = _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.keypad_input_plan
    if v is not UNSET:
        out["keypadInputPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssistantOverrides._fast_load = _load_AssistantOverrides
setattr(AssistantOverrides, "to_dict", _to_dict_AssistantOverrides)  # noqa: B010 - replaces Model.to_dict
