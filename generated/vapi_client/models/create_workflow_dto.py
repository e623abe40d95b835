# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan import AnalysisPlan
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assembly_ai_transcriber import AssemblyAITranscriber
    from ..models.assistant_overrides_background_sound import (
        AssistantOverridesBackgroundSound,
        _AssistantOverridesBackgroundSoundValues,
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
    from ..models.session_created_hook import SessionCreatedHook
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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateWorkflowDTO(Model):
    """CreateWorkflowDTO

    Attributes:
        nodes:
        name:
        edges:
        model: This is the model for the workflow.

            This can be overridden at node level using `nodes[n].model`.
        transcriber: This is the transcriber for the workflow.

            This can be overridden at node level using `nodes[n].transcriber`.
        voice: This is the voice for the workflow.

            This can be overridden at node level using `nodes[n].voice`.
        observability_plan: This is the plan for observability of workflow's calls.

            Currently, only Langfuse is supported.
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
        server: This is where Vapi will send webhooks. You can find all webhooks available along with their shape in
            ServerMessage schema.

            The order of precedence is:

            1. tool.server
            2. workflow.server / assistant.server
            3. phoneNumber.server
            4. org.server
        compliance_plan: This is the compliance plan for the workflow. It allows you to configure HIPAA and other compliance
            settings.
        analysis_plan: This is the plan for analysis of workflow's calls. Stored in `call.analysis`.
        artifact_plan: This is the plan for artifacts generated during workflow's calls. Stored in `call.artifact`.
        start_speaking_plan: This is the plan for when the workflow nodes should start talking.

            You should configure this if you're running into these issues:
            - The assistant is too slow to start talking after the customer is done speaking.
            - The assistant is too fast to start talking after the customer is done speaking.
            - The assistant is so fast that it's actually interrupting the customer.
        stop_speaking_plan: This is the plan for when workflow nodes should stop talking on customer interruption.

            You should configure this if you're running into these issues:
            - The assistant is too slow to recognize customer's interruption.
            - The assistant is too fast to recognize customer's interruption.
            - The assistant is getting interrupted by phrases that are just acknowledgments.
            - The assistant is getting interrupted by background noises.
            - The assistant is not properly stopping -- it starts talking right after getting interrupted.
        monitor_plan: This is the plan for real-time monitoring of the workflow's calls.

            Usage:
            - To enable live listening of the workflow's calls, set `monitorPlan.listenEnabled` to `true`.
            - To enable live control of the workflow's calls, set `monitorPlan.controlEnabled` to `true`.
        background_speech_denoising_plan: This enables filtering of noise and background speech while the user is talking.

            Features:
            - Smart denoising using Krisp
            - Fourier denoising

            Both can be used together. Order of precedence:
            - Smart denoising
            - Fourier denoising
        credential_ids: These are the credentials that will be used for the workflow calls. By default, all the credentials
            are available for use in the call but you can provide a subset using this.
        keypad_input_plan: This is the plan for keypad input handling during workflow calls.
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
    background_sound: AssistantOverridesBackgroundSound | _AssistantOverridesBackgroundSoundValues | str | Unset = UNSET
    hooks: (
        list[
            CallHookCallEnding
            | CallHookAssistantSpeechInterrupted
            | CallHookCustomerSpeechInterrupted
            | CallHookCustomerSpeechTimeout
            | CallHookModelResponseTimeout
            | SessionCreatedHook
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Node = _h.alternatives("Node")
_CreateWorkflowDTO_items_8 = _h.Items(("union", "Node"))
_CreateWorkflowDTO_items_14 = _h.Items(("model", "Edge"))
_alternatives_WorkflowModel = _h.alternatives("WorkflowModel")
_alternatives_Transcriber = _h.alternatives("Transcriber")
_alternatives_Voice = _h.alternatives("Voice")
_alternatives_ObservabilityPlan = _h.alternatives("ObservabilityPlan")
_CreateWorkflowDTO_one_of_23 = _h.OneOf(("enum", "AssistantOverridesBackgroundSound", False), ("string", {}))
_CreateWorkflowDTO_one_of_29 = _h.OneOf(
    ("model", "CallHookCallEnding"),
    ("model", "CallHookAssistantSpeechInterrupted"),
    ("model", "CallHookCustomerSpeechInterrupted"),
    ("model", "CallHookCustomerSpeechTimeout"),
    ("model", "CallHookModelResponseTimeout"),
    ("model", "SessionCreatedHook"),
)
_CreateWorkflowDTO_items_30 = _h.Items(
    (
        "oneof",
        ("model", "CallHookCallEnding"),
        ("model", "CallHookAssistantSpeechInterrupted"),
        ("model", "CallHookCustomerSpeechInterrupted"),
        ("model", "CallHookCustomerSpeechTimeout"),
        ("model", "CallHookModelResponseTimeout"),
        ("model", "SessionCreatedHook"),
    )
)
_alternatives_Credential = _h.alternatives("Credential")
_CreateWorkflowDTO_items_38 = _h.Items(("union", "Credential"))
_CreateWorkflowDTO_one_of_39 = _h.OneOf(("union", "VoicemailDetection"), ("const", "off"))


def _load_CreateWorkflowDTO(data: dict[str, Any], strict: bool) -> CreateWorkflowDTO | dict[str, Any]:
    """CreateWorkflowDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "nodes" in data:
        v = data["nodes"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_Node[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_CreateWorkflowDTO_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "edges" in data:
        v = data["edges"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["Edge"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("Edge", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p2 = _R(_CreateWorkflowDTO_items_14, out11) if resume13 else out11
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        tag15 = v.get("provider") if type(v) is dict else None
        alternative16 = _alternatives_WorkflowModel[tag15] if type(tag15) is str else None
        if alternative16 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative16[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative16[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "transcriber" in data:
        v = data["transcriber"]
        tag17 = v.get("provider") if type(v) is dict else None
        alternative18 = _alternatives_Transcriber[tag17] if type(tag17) is str else None
        if alternative18 is None:  # not an object, or a tag this spec does not know
            p4 = _S
        else:
            p4 = alternative18[1](v, strict)
            if type(p4) is dict:
                p4 = _R(alternative18[0], p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "voice" in data:
        v = data["voice"]
        tag19 = v.get("provider") if type(v) is dict else None
        alternative20 = _alternatives_Voice[tag19] if type(tag19) is str else None
        if alternative20 is None:  # not an object, or a tag this spec does not know
            p5 = _S
        else:
            p5 = alternative20[1](v, strict)
            if type(p5) is dict:
                p5 = _R(alternative20[0], p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "observabilityPlan" in data:
        v = data["observabilityPlan"]
        tag21 = v.get("provider") if type(v) is dict else None
        alternative22 = _alternatives_ObservabilityPlan[tag21] if type(tag21) is str else None
        if alternative22 is None:  # not an object, or a tag this spec does not know
            p6 = _S
        else:
            p6 = alternative22[1](v, strict)
            if type(p6) is dict:
                p6 = _R(alternative22[0], p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "backgroundSound" in data:
        v = data["backgroundSound"]
        p7 = _CreateWorkflowDTO_one_of_23(v, strict)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "hooks" in data:
        v = data["hooks"]
        if type(v) is list:
            resume28 = False
            out26: list[Any] = []
            for e24 in v:
                x25 = _CreateWorkflowDTO_one_of_29(e24, strict)
                if x25 is _S or type(x25) is _R:
                    resume28 = True
                out26.append(x25)
            p8 = _R(_CreateWorkflowDTO_items_30, out26) if resume28 else out26
        else:
            p8 = _S
        if p8 is _S or type(p8) is _R:
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
            p9 = _R(_CreateWorkflowDTO_items_38, out33) if resume35 else out33
        else:
            p9 = _S
        if p9 is _S or type(p9) is _R:
            slow = True
    if "voicemailDetection" in data:
        v = data["voicemailDetection"]
        p10 = _CreateWorkflowDTO_one_of_39(v, strict)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "maxDurationSeconds" in data:
        v = data["maxDurationSeconds"]
        p11 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 10 and v <= 43200 else _S
        if p11 is _S:
            slow = True
    if "globalPrompt" in data:
        v = data["globalPrompt"]
        p12 = v if type(v) is str and len(v) <= 5000 else _S
        if p12 is _S:
            slow = True
    if "server" in data:
        v = data["server"]
        p13 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("Server", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "compliancePlan" in data:
        v = data["compliancePlan"]
        p14 = _FAST["CompliancePlan"](v, strict) if type(v) is dict else _S
        if type(p14) is dict:  # loaded in part: the generic loader finishes it
            p14 = _R("CompliancePlan", p14)
        if p14 is _S or type(p14) is _R:
            slow = True
    if "analysisPlan" in data:
        v = data["analysisPlan"]
        p15 = _FAST["AnalysisPlan"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("AnalysisPlan", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if "artifactPlan" in data:
        v = data["artifactPlan"]
        p16 = _FAST["ArtifactPlan"](v, strict) if type(v) is dict else _S
        if type(p16) is dict:  # loaded in part: the generic loader finishes it
            p16 = _R("ArtifactPlan", p16)
        if p16 is _S or type(p16) is _R:
            slow = True
    if "startSpeakingPlan" in data:
        v = data["startSpeakingPlan"]
        p17 = _FAST["StartSpeakingPlan"](v, strict) if type(v) is dict else _S
        if type(p17) is dict:  # loaded in part: the generic loader finishes it
            p17 = _R("StartSpeakingPlan", p17)
        if p17 is _S or type(p17) is _R:
            slow = True
    if "stopSpeakingPlan" in data:
        v = data["stopSpeakingPlan"]
        p18 = _FAST["StopSpeakingPlan"](v, strict) if type(v) is dict else _S
        if type(p18) is dict:  # loaded in part: the generic loader finishes it
            p18 = _R("StopSpeakingPlan", p18)
        if p18 is _S or type(p18) is _R:
            slow = True
    if "monitorPlan" in data:
        v = data["monitorPlan"]
        p19 = _FAST["MonitorPlan"](v, strict) if type(v) is dict else _S
        if type(p19) is dict:  # loaded in part: the generic loader finishes it
            p19 = _R("MonitorPlan", p19)
        if p19 is _S or type(p19) is _R:
            slow = True
    if "backgroundSpeechDenoisingPlan" in data:
        v = data["backgroundSpeechDenoisingPlan"]
        p20 = _FAST["BackgroundSpeechDenoisingPlan"](v, strict) if type(v) is dict else _S
        if type(p20) is dict:  # loaded in part: the generic loader finishes it
            p20 = _R("BackgroundSpeechDenoisingPlan", p20)
        if p20 is _S or type(p20) is _R:
            slow = True
    if "credentialIds" in data:
        v = data["credentialIds"]
        p21 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p21 is _S:
            slow = True
    if "keypadInputPlan" in data:
        v = data["keypadInputPlan"]
        p22 = _FAST["KeypadInputPlan"](v, strict) if type(v) is dict else _S
        if type(p22) is dict:  # loaded in part: the generic loader finishes it
            p22 = _R("KeypadInputPlan", p22)
        if p22 is _S or type(p22) is _R:
            slow = True
    if "voicemailMessage" in data:
        v = data["voicemailMessage"]
        p23 = v if type(v) is str and len(v) <= 1000 else _S
        if p23 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateWorkflowDTO:
            return CreateWorkflowDTO(
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
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateWorkflowDTO(
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
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateWorkflowDTO}
            return obj
    return {
        "nodes": p0,
        "name": p1,
        "edges": p2,
        "model": p3,
        "transcriber": p4,
        "voice": p5,
        "observabilityPlan": p6,
        "backgroundSound": p7,
        "hooks": p8,
        "credentials": p9,
        "voicemailDetection": p10,
        "maxDurationSeconds": p11,
        "globalPrompt": p12,
        "server": p13,
        "compliancePlan": p14,
        "analysisPlan": p15,
        "artifactPlan": p16,
        "startSpeakingPlan": p17,
        "stopSpeakingPlan": p18,
        "monitorPlan": p19,
        "backgroundSpeechDenoisingPlan": p20,
        "credentialIds": p21,
        "keypadInputPlan": p22,
        "voicemailMessage": p23,
    }


_KNOWN_CreateWorkflowDTO = frozenset(
    (
        "nodes",
        "name",
        "edges",
        "model",
        "transcriber",
        "voice",
        "observabilityPlan",
        "backgroundSound",
        "hooks",
        "credentials",
        "voicemailDetection",
        "maxDurationSeconds",
        "globalPrompt",
        "server",
        "compliancePlan",
        "analysisPlan",
        "artifactPlan",
        "startSpeakingPlan",
        "stopSpeakingPlan",
        "monitorPlan",
        "backgroundSpeechDenoisingPlan",
        "credentialIds",
        "keypadInputPlan",
        "voicemailMessage",
    )
)


def _to_dict_CreateWorkflowDTO(self: CreateWorkflowDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.nodes
    if v is not UNSET:
        out["nodes"] = (
            [i40.to_dict() if hasattr(i40, "to_dict") else _h.fresh(i40) for i40 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.model
    if v is not UNSET:
        out["model"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.transcriber
    if v is not UNSET:
        out["transcriber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.voice
    if v is not UNSET:
        out["voice"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.observability_plan
    if v is not UNSET:
        out["observabilityPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.background_sound
    if v is not UNSET:
        out["backgroundSound"] = _h.dump_json(v)
    v = self.hooks
    if v is not UNSET:
        out["hooks"] = [_h.dump_json(i41) for i41 in v] if type(v) is list else _h.fresh(v)
    v = self.credentials
    if v is not UNSET:
        out["credentials"] = (
            [i42.to_dict() if hasattr(i42, "to_dict") else _h.fresh(i42) for i42 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.voicemail_detection
    if v is not UNSET:
        out["voicemailDetection"] = _h.dump_json(v)
    v = self.max_duration_seconds
    if v is not UNSET:
        out["maxDurationSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.edges
    if v is not UNSET:
        out["edges"] = (
            [i43.to_dict() if hasattr(i43, "to_dict") else _h.fresh(i43) for i43 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.global_prompt
    if v is not UNSET:
        out["globalPrompt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.compliance_plan
    if v is not UNSET:
        out["compliancePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
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
    v = self.background_speech_denoising_plan
    if v is not UNSET:
        out["backgroundSpeechDenoisingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.credential_ids
    if v is not UNSET:
        out["credentialIds"] = _h.fresh(v)
    v = self.keypad_input_plan
    if v is not UNSET:
        out["keypadInputPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.voicemail_message
    if v is not UNSET:
        out["voicemailMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateWorkflowDTO._fast_load = _load_CreateWorkflowDTO
setattr(CreateWorkflowDTO, "to_dict", _to_dict_CreateWorkflowDTO)  # noqa: B010 - replaces Model.to_dict
