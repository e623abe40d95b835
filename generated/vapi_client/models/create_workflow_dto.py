from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan import AnalysisPlan
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assembly_ai_transcriber import AssemblyAITranscriber
    from ..models.assistant_overrides_background_sound import AssistantOverridesBackgroundSound
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
    from ..models.compliance_plan import CompliancePlan
    from ..models.conversation_node import ConversationNode
    from ..models.create_anthropic_bedrock_credential_dto import CreateAnthropicBedrockCredentialDTO
    from ..models.create_anthropic_credential_dto import CreateAnthropicCredentialDTO
    from ..models.create_anyscale_credential_dto import CreateAnyscaleCredentialDTO
    from ..models.create_assembly_ai_credential_dto import CreateAssemblyAICredentialDTO
    from ..models.create_azure_credential_dto import CreateAzureCredentialDTO
    from ..models.create_azure_open_ai_credential_dto import CreateAzureOpenAICredentialDTO
    from ..models.create_byo_sip_trunk_credential_dto import CreateByoSipTrunkCredentialDTO
    from ..models.create_cartesia_credential_dto import CreateCartesiaCredentialDTO
    from ..models.create_cerebras_credential_dto import CreateCerebrasCredentialDTO
    from ..models.create_cloudflare_credential_dto import CreateCloudflareCredentialDTO
    from ..models.create_custom_credential_dto import CreateCustomCredentialDTO
    from ..models.create_custom_llm_credential_dto import CreateCustomLLMCredentialDTO
    from ..models.create_deep_infra_credential_dto import CreateDeepInfraCredentialDTO
    from ..models.create_deep_seek_credential_dto import CreateDeepSeekCredentialDTO
    from ..models.create_deepgram_credential_dto import CreateDeepgramCredentialDTO
    from ..models.create_eleven_labs_credential_dto import CreateElevenLabsCredentialDTO
    from ..models.create_email_credential_dto import CreateEmailCredentialDTO
    from ..models.create_gcp_credential_dto import CreateGcpCredentialDTO
    from ..models.create_gladia_credential_dto import CreateGladiaCredentialDTO
    from ..models.create_go_high_level_credential_dto import CreateGoHighLevelCredentialDTO
    from ..models.create_go_high_level_mcp_credential_dto import CreateGoHighLevelMCPCredentialDTO
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
    from ..models.create_groq_credential_dto import CreateGroqCredentialDTO
    from ..models.create_hume_credential_dto import CreateHumeCredentialDTO
    from ..models.create_inflection_ai_credential_dto import CreateInflectionAICredentialDTO
    from ..models.create_inworld_credential_dto import CreateInworldCredentialDTO
    from ..models.create_langfuse_credential_dto import CreateLangfuseCredentialDTO
    from ..models.create_lmnt_credential_dto import CreateLmntCredentialDTO
    from ..models.create_make_credential_dto import CreateMakeCredentialDTO
    from ..models.create_microsoft_credential_dto import CreateMicrosoftCredentialDTO
    from ..models.create_minimax_credential_dto import CreateMinimaxCredentialDTO
    from ..models.create_mistral_credential_dto import CreateMistralCredentialDTO
    from ..models.create_neuphonic_credential_dto import CreateNeuphonicCredentialDTO
    from ..models.create_open_ai_credential_dto import CreateOpenAICredentialDTO
    from ..models.create_open_router_credential_dto import CreateOpenRouterCredentialDTO
    from ..models.create_perplexity_ai_credential_dto import CreatePerplexityAICredentialDTO
    from ..models.create_play_ht_credential_dto import CreatePlayHTCredentialDTO
    from ..models.create_rime_ai_credential_dto import CreateRimeAICredentialDTO
    from ..models.create_runpod_credential_dto import CreateRunpodCredentialDTO
    from ..models.create_s3_compatible_credential_dto import CreateS3CompatibleCredentialDTO
    from ..models.create_s3_credential_dto import CreateS3CredentialDTO
    from ..models.create_slack_o_auth_2_authorization_credential_dto import CreateSlackOAuth2AuthorizationCredentialDTO
    from ..models.create_slack_webhook_credential_dto import CreateSlackWebhookCredentialDTO
    from ..models.create_smallest_ai_credential_dto import CreateSmallestAICredentialDTO
    from ..models.create_soniox_credential_dto import CreateSonioxCredentialDTO
    from ..models.create_speechmatics_credential_dto import CreateSpeechmaticsCredentialDTO
    from ..models.create_supabase_credential_dto import CreateSupabaseCredentialDTO
    from ..models.create_tavus_credential_dto import CreateTavusCredentialDTO
    from ..models.create_together_ai_credential_dto import CreateTogetherAICredentialDTO
    from ..models.create_twilio_credential_dto import CreateTwilioCredentialDTO
    from ..models.create_vonage_credential_dto import CreateVonageCredentialDTO
    from ..models.create_webhook_credential_dto import CreateWebhookCredentialDTO
    from ..models.create_well_said_credential_dto import CreateWellSaidCredentialDTO
    from ..models.create_x_ai_credential_dto import CreateXAiCredentialDTO
    from ..models.custom_transcriber import CustomTranscriber
    from ..models.custom_voice import CustomVoice
    from ..models.deepgram_transcriber import DeepgramTranscriber
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.edge import Edge
    from ..models.eleven_labs_transcriber import ElevenLabsTranscriber
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.gladia_transcriber import GladiaTranscriber
    from ..models.google_transcriber import GoogleTranscriber
    from ..models.google_voicemail_detection_plan import GoogleVoicemailDetectionPlan
    from ..models.hume_voice import HumeVoice
    from ..models.inworld_voice import InworldVoice
    from ..models.keypad_input_plan import KeypadInputPlan
    from ..models.langfuse_observability_plan import LangfuseObservabilityPlan
    from ..models.lmnt_voice import LMNTVoice
    from ..models.microsoft_voice import MicrosoftVoice
    from ..models.minimax_voice import MinimaxVoice
    from ..models.monitor_plan import MonitorPlan
    from ..models.neuphonic_voice import NeuphonicVoice
    from ..models.open_ai_transcriber import OpenAITranscriber
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.open_ai_voicemail_detection_plan import OpenAIVoicemailDetectionPlan
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.server import Server
    from ..models.sesame_voice import SesameVoice
    from ..models.smallest_ai_voice import SmallestAIVoice
    from ..models.soniox_transcriber import SonioxTranscriber
    from ..models.speechmatics_transcriber import SpeechmaticsTranscriber
    from ..models.start_speaking_plan import StartSpeakingPlan
    from ..models.stop_speaking_plan import StopSpeakingPlan
    from ..models.talkscriber_transcriber import TalkscriberTranscriber
    from ..models.tavus_voice import TavusVoice
    from ..models.tool_node import ToolNode
    from ..models.twilio_voicemail_detection_plan import TwilioVoicemailDetectionPlan
    from ..models.unknown_variants import (
        UnknownCredential,
        UnknownNode,
        UnknownObservabilityPlan,
        UnknownTranscriber,
        UnknownVoice,
        UnknownVoicemailDetection,
        UnknownWorkflowModel,
    )
    from ..models.vapi_transcriber import VapiTranscriber
    from ..models.vapi_voice import VapiVoice
    from ..models.vapi_voicemail_detection_plan import VapiVoicemailDetectionPlan
    from ..models.well_said_voice import WellSaidVoice
    from ..models.workflow_anthropic_bedrock_model import WorkflowAnthropicBedrockModel
    from ..models.workflow_anthropic_model import WorkflowAnthropicModel
    from ..models.workflow_custom_model import WorkflowCustomModel
    from ..models.workflow_google_model import WorkflowGoogleModel
    from ..models.workflow_open_ai_model import WorkflowOpenAIModel
    from ..models.xai_transcriber import XaiTranscriber
    from ..models.xai_voice import XaiVoice


__all__ = ["CreateWorkflowDTO"]


@_attrs_define(repr=False)
class CreateWorkflowDTO(Model):
    """CreateWorkflowDTO

    Attributes:
        nodes:
        name:
        edges:
        model:
        transcriber:
        voice:
        observability_plan:
        background_sound: This is the background sound in the call. Default for phone calls is 'office' and default for web
            calls is 'off'.
            You can also provide a custom sound by providing a URL to an audio file.
        hooks: This is a set of actions that will be performed on certain events.
        credentials: These are dynamic credentials that will be used for the workflow calls. By default, all the
            credentials are available for use in the call but you can supplement an additional credentials using
            this. Dynamic credentials override existing credentials.
        voicemail_detection: This is the voicemail detection plan for the workflow.
        max_duration_seconds: This is the maximum duration of the call in seconds.

            After this duration, the call will automatically end.

            Default is 1800 (30 minutes), max is 43200 (12 hours), and min is 10 seconds.
        global_prompt:
        server:
        compliance_plan:
        analysis_plan:
        artifact_plan:
        start_speaking_plan:
        stop_speaking_plan:
        monitor_plan:
        background_speech_denoising_plan:
        credential_ids: These are the credentials that will be used for the workflow calls. By default, all the credentials
            are available for use in the call but you can provide a subset using this.
        keypad_input_plan:
        voicemail_message: This is the message that the assistant will say if the call is forwarded to voicemail.

            If unspecified, it will hang up.
    """

    _schema: ClassVar[str] = "CreateWorkflowDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("nodes", "nodes"),
        ("name", "name"),
        ("edges", "edges"),
        ("model", "model"),
        ("transcriber", "transcriber"),
        ("voice", "voice"),
        ("observabilityPlan", "observability_plan"),
        ("backgroundSound", "background_sound"),
        ("hooks", "hooks"),
        ("credentials", "credentials"),
        ("voicemailDetection", "voicemail_detection"),
        ("maxDurationSeconds", "max_duration_seconds"),
        ("globalPrompt", "global_prompt"),
        ("server", "server"),
        ("compliancePlan", "compliance_plan"),
        ("analysisPlan", "analysis_plan"),
        ("artifactPlan", "artifact_plan"),
        ("startSpeakingPlan", "start_speaking_plan"),
        ("stopSpeakingPlan", "stop_speaking_plan"),
        ("monitorPlan", "monitor_plan"),
        ("backgroundSpeechDenoisingPlan", "background_speech_denoising_plan"),
        ("credentialIds", "credential_ids"),
        ("keypadInputPlan", "keypad_input_plan"),
        ("voicemailMessage", "voicemail_message"),
    )

    nodes: list[ConversationNode | ToolNode | UnknownNode]
    name: str
    edges: list[Edge]
    model: (
        WorkflowOpenAIModel
        | WorkflowAnthropicModel
        | WorkflowAnthropicBedrockModel
        | WorkflowGoogleModel
        | WorkflowCustomModel
        | UnknownWorkflowModel
        | Unset
    ) = UNSET
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
    observability_plan: LangfuseObservabilityPlan | UnknownObservabilityPlan | Unset = UNSET
    background_sound: AssistantOverridesBackgroundSound | str | Unset = UNSET
    hooks: (
        list[
            CallHookCallEnding
            | CallHookAssistantSpeechInterrupted
            | CallHookCustomerSpeechInterrupted
            | CallHookCustomerSpeechTimeout
            | CallHookModelResponseTimeout
        ]
        | Unset
    ) = UNSET
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
    voicemail_detection: (
        GoogleVoicemailDetectionPlan
        | OpenAIVoicemailDetectionPlan
        | TwilioVoicemailDetectionPlan
        | VapiVoicemailDetectionPlan
        | Literal["off"]
        | UnknownVoicemailDetection
        | Unset
    ) = UNSET
    max_duration_seconds: float | Unset = UNSET
    global_prompt: str | Unset = UNSET
    server: Server | Unset = UNSET
    compliance_plan: CompliancePlan | Unset = UNSET
    analysis_plan: AnalysisPlan | Unset = UNSET
    artifact_plan: ArtifactPlan | Unset = UNSET
    start_speaking_plan: StartSpeakingPlan | Unset = UNSET
    stop_speaking_plan: StopSpeakingPlan | Unset = UNSET
    monitor_plan: MonitorPlan | Unset = UNSET
    background_speech_denoising_plan: BackgroundSpeechDenoisingPlan | Unset = UNSET
    credential_ids: list[str] | Unset = UNSET
    keypad_input_plan: KeypadInputPlan | Unset = UNSET
    voicemail_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
