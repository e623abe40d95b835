"""The spec's schemas as attrs classes, imported on first use to keep `import vapi_client` fast."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analysis import Analysis
    from .analysis_cost_breakdown import AnalysisCostBreakdown
    from .analysis_plan import AnalysisPlan
    from .analysis_plan_success_evaluation_rubric import AnalysisPlanSuccessEvaluationRubric
    from .anthropic_model import AnthropicModel
    from .anthropic_model_name import AnthropicModelName
    from .anyscale_model import AnyscaleModel
    from .assistant_transfer_destination import AssistantTransferDestination
    from .azure_voice import AzureVoice
    from .azure_voice_id import AzureVoiceId
    from .background_sound import BackgroundSound
    from .call import Call
    from .call_ended_reason import CallEndedReason
    from .call_phone_call_provider import CallPhoneCallProvider
    from .call_phone_call_transport import CallPhoneCallTransport
    from .call_status import CallStatus
    from .call_type import CallType
    from .cartesia_voice import CartesiaVoice
    from .client_message_type import ClientMessageType
    from .condition import Condition
    from .condition_operator import ConditionOperator
    from .cost_breakdown import CostBreakdown
    from .create_assistant_dto import CreateAssistantDTO
    from .create_customer_dto import CreateCustomerDTO
    from .create_dtmf_tool_dto import CreateDtmfToolDTO
    from .create_end_call_tool_dto import CreateEndCallToolDTO
    from .create_function_tool_dto import CreateFunctionToolDTO
    from .create_ghl_tool_dto import CreateGhlToolDTO
    from .create_make_tool_dto import CreateMakeToolDTO
    from .create_outbound_call_dto import CreateOutboundCallDTO
    from .create_squad_dto import CreateSquadDTO
    from .create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from .create_web_call_dto import CreateWebCallDTO
    from .custom_llm_model import CustomLLMModel
    from .deep_infra_model import DeepInfraModel
    from .deepgram_transcriber import DeepgramTranscriber
    from .deepgram_transcriber_language import DeepgramTranscriberLanguage
    from .deepgram_transcriber_model import DeepgramTranscriberModel
    from .deepgram_voice import DeepgramVoice
    from .deepgram_voice_id import DeepgramVoiceId
    from .eleven_labs_voice import ElevenLabsVoice
    from .eleven_labs_voice_id import ElevenLabsVoiceId
    from .eleven_labs_voice_model import ElevenLabsVoiceModel
    from .error_response import ErrorResponse
    from .first_message_mode import FirstMessageMode
    from .ghl_tool_metadata import GhlToolMetadata
    from .groq_model import GroqModel
    from .groq_model_name import GroqModelName
    from .import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from .json_schema import JsonSchema
    from .json_schema_type import JsonSchemaType
    from .knowledge_base import KnowledgeBase
    from .lmnt_voice import LMNTVoice
    from .lmnt_voice_id import LMNTVoiceId
    from .make_tool_metadata import MakeToolMetadata
    from .neets_voice import NeetsVoice
    from .neets_voice_id import NeetsVoiceId
    from .open_ai_function import OpenAIFunction
    from .open_ai_function_parameters import OpenAIFunctionParameters
    from .open_ai_message import OpenAIMessage
    from .open_ai_message_role import OpenAIMessageRole
    from .open_ai_model import OpenAIModel
    from .open_ai_model_name import OpenAIModelName
    from .open_ai_voice import OpenAIVoice
    from .open_ai_voice_id import OpenAIVoiceId
    from .open_router_model import OpenRouterModel
    from .override_assistant_dto import OverrideAssistantDTO
    from .perplexity_ai_model import PerplexityAIModel
    from .phone_call_twilio_details import PhoneCallTwilioDetails
    from .phone_call_twilio_details_machine_detection import PhoneCallTwilioDetailsMachineDetection
    from .phone_call_twilio_details_status_callback_event import PhoneCallTwilioDetailsStatusCallbackEvent
    from .phone_number_transfer_destination import PhoneNumberTransferDestination
    from .play_ht_voice import PlayHTVoice
    from .play_ht_voice_emotion import PlayHTVoiceEmotion
    from .play_ht_voice_id import PlayHTVoiceId
    from .punctuation_boundary import PunctuationBoundary
    from .rime_ai_voice import RimeAIVoice
    from .rime_ai_voice_id import RimeAIVoiceId
    from .rime_ai_voice_model import RimeAIVoiceModel
    from .server import Server
    from .server_message import ServerMessage
    from .server_message_assistant_request import ServerMessageAssistantRequest
    from .server_message_conversation_message import ServerMessageConversationMessage
    from .server_message_conversation_update import ServerMessageConversationUpdate
    from .server_message_end_of_call_report import ServerMessageEndOfCallReport
    from .server_message_function_call import ServerMessageFunctionCall
    from .server_message_function_call_details import ServerMessageFunctionCallDetails
    from .server_message_hang import ServerMessageHang
    from .server_message_model_output import ServerMessageModelOutput
    from .server_message_phone_call_control import ServerMessagePhoneCallControl
    from .server_message_response_assistant_request import ServerMessageResponseAssistantRequest
    from .server_message_response_function_call import ServerMessageResponseFunctionCall
    from .server_message_response_tool_calls import ServerMessageResponseToolCalls
    from .server_message_speech_update import ServerMessageSpeechUpdate
    from .server_message_status_update import ServerMessageStatusUpdate
    from .server_message_tool_call import ServerMessageToolCall
    from .server_message_tool_call_function import ServerMessageToolCallFunction
    from .server_message_tool_call_result import ServerMessageToolCallResult
    from .server_message_tool_calls import ServerMessageToolCalls
    from .server_message_transcript import ServerMessageTranscript
    from .server_message_type import ServerMessageType
    from .server_message_voice_input import ServerMessageVoiceInput
    from .sip_transfer_destination import SipTransferDestination
    from .squad_member_dto import SquadMemberDTO
    from .talkscriber_transcriber import TalkscriberTranscriber
    from .talkscriber_transcriber_language import TalkscriberTranscriberLanguage
    from .talkscriber_transcriber_model import TalkscriberTranscriberModel
    from .together_ai_model import TogetherAIModel
    from .tool_message_complete import ToolMessageComplete
    from .tool_message_delayed import ToolMessageDelayed
    from .tool_message_failed import ToolMessageFailed
    from .tool_message_start import ToolMessageStart
    from .twilio_voicemail_detection import TwilioVoicemailDetection
    from .twilio_voicemail_detection_voicemail_detection_type import TwilioVoicemailDetectionVoicemailDetectionType
    from .unknown_variants import *  # noqa: F403
    from .update_call_dto import UpdateCallDTO

_MODULES = {
    "Analysis": ".analysis",
    "AnalysisCostBreakdown": ".analysis_cost_breakdown",
    "AnalysisPlan": ".analysis_plan",
    "AnalysisPlanSuccessEvaluationRubric": ".analysis_plan_success_evaluation_rubric",
    "AnthropicModel": ".anthropic_model",
    "AnthropicModelName": ".anthropic_model_name",
    "AnyscaleModel": ".anyscale_model",
    "AssistantTransferDestination": ".assistant_transfer_destination",
    "AzureVoice": ".azure_voice",
    "AzureVoiceId": ".azure_voice_id",
    "BackgroundSound": ".background_sound",
    "Call": ".call",
    "CallEndedReason": ".call_ended_reason",
    "CallPhoneCallProvider": ".call_phone_call_provider",
    "CallPhoneCallTransport": ".call_phone_call_transport",
    "CallStatus": ".call_status",
    "CallType": ".call_type",
    "CartesiaVoice": ".cartesia_voice",
    "ClientMessageType": ".client_message_type",
    "Condition": ".condition",
    "ConditionOperator": ".condition_operator",
    "CostBreakdown": ".cost_breakdown",
    "CreateAssistantDTO": ".create_assistant_dto",
    "CreateCustomerDTO": ".create_customer_dto",
    "CreateDtmfToolDTO": ".create_dtmf_tool_dto",
    "CreateEndCallToolDTO": ".create_end_call_tool_dto",
    "CreateFunctionToolDTO": ".create_function_tool_dto",
    "CreateGhlToolDTO": ".create_ghl_tool_dto",
    "CreateMakeToolDTO": ".create_make_tool_dto",
    "CreateOutboundCallDTO": ".create_outbound_call_dto",
    "CreateSquadDTO": ".create_squad_dto",
    "CreateTransferCallToolDTO": ".create_transfer_call_tool_dto",
    "CreateWebCallDTO": ".create_web_call_dto",
    "CustomLLMModel": ".custom_llm_model",
    "DeepInfraModel": ".deep_infra_model",
    "DeepgramTranscriber": ".deepgram_transcriber",
    "DeepgramTranscriberLanguage": ".deepgram_transcriber_language",
    "DeepgramTranscriberModel": ".deepgram_transcriber_model",
    "DeepgramVoice": ".deepgram_voice",
    "DeepgramVoiceId": ".deepgram_voice_id",
    "ElevenLabsVoice": ".eleven_labs_voice",
    "ElevenLabsVoiceId": ".eleven_labs_voice_id",
    "ElevenLabsVoiceModel": ".eleven_labs_voice_model",
    "ErrorResponse": ".error_response",
    "FirstMessageMode": ".first_message_mode",
    "GhlToolMetadata": ".ghl_tool_metadata",
    "GroqModel": ".groq_model",
    "GroqModelName": ".groq_model_name",
    "ImportTwilioPhoneNumberDTO": ".import_twilio_phone_number_dto",
    "JsonSchema": ".json_schema",
    "JsonSchemaType": ".json_schema_type",
    "KnowledgeBase": ".knowledge_base",
    "LMNTVoice": ".lmnt_voice",
    "LMNTVoiceId": ".lmnt_voice_id",
    "MakeToolMetadata": ".make_tool_metadata",
    "NeetsVoice": ".neets_voice",
    "NeetsVoiceId": ".neets_voice_id",
    "OpenAIFunction": ".open_ai_function",
    "OpenAIFunctionParameters": ".open_ai_function_parameters",
    "OpenAIMessage": ".open_ai_message",
    "OpenAIMessageRole": ".open_ai_message_role",
    "OpenAIModel": ".open_ai_model",
    "OpenAIModelName": ".open_ai_model_name",
    "OpenAIVoice": ".open_ai_voice",
    "OpenAIVoiceId": ".open_ai_voice_id",
    "OpenRouterModel": ".open_router_model",
    "OverrideAssistantDTO": ".override_assistant_dto",
    "PerplexityAIModel": ".perplexity_ai_model",
    "PhoneCallTwilioDetails": ".phone_call_twilio_details",
    "PhoneCallTwilioDetailsMachineDetection": ".phone_call_twilio_details_machine_detection",
    "PhoneCallTwilioDetailsStatusCallbackEvent": ".phone_call_twilio_details_status_callback_event",
    "PhoneNumberTransferDestination": ".phone_number_transfer_destination",
    "PlayHTVoice": ".play_ht_voice",
    "PlayHTVoiceEmotion": ".play_ht_voice_emotion",
    "PlayHTVoiceId": ".play_ht_voice_id",
    "PunctuationBoundary": ".punctuation_boundary",
    "RimeAIVoice": ".rime_ai_voice",
    "RimeAIVoiceId": ".rime_ai_voice_id",
    "RimeAIVoiceModel": ".rime_ai_voice_model",
    "Server": ".server",
    "ServerMessage": ".server_message",
    "ServerMessageAssistantRequest": ".server_message_assistant_request",
    "ServerMessageConversationMessage": ".server_message_conversation_message",
    "ServerMessageConversationUpdate": ".server_message_conversation_update",
    "ServerMessageEndOfCallReport": ".server_message_end_of_call_report",
    "ServerMessageFunctionCall": ".server_message_function_call",
    "ServerMessageFunctionCallDetails": ".server_message_function_call_details",
    "ServerMessageHang": ".server_message_hang",
    "ServerMessageModelOutput": ".server_message_model_output",
    "ServerMessagePhoneCallControl": ".server_message_phone_call_control",
    "ServerMessageResponseAssistantRequest": ".server_message_response_assistant_request",
    "ServerMessageResponseFunctionCall": ".server_message_response_function_call",
    "ServerMessageResponseToolCalls": ".server_message_response_tool_calls",
    "ServerMessageSpeechUpdate": ".server_message_speech_update",
    "ServerMessageStatusUpdate": ".server_message_status_update",
    "ServerMessageToolCall": ".server_message_tool_call",
    "ServerMessageToolCallFunction": ".server_message_tool_call_function",
    "ServerMessageToolCallResult": ".server_message_tool_call_result",
    "ServerMessageToolCalls": ".server_message_tool_calls",
    "ServerMessageTranscript": ".server_message_transcript",
    "ServerMessageType": ".server_message_type",
    "ServerMessageVoiceInput": ".server_message_voice_input",
    "SipTransferDestination": ".sip_transfer_destination",
    "SquadMemberDTO": ".squad_member_dto",
    "TalkscriberTranscriber": ".talkscriber_transcriber",
    "TalkscriberTranscriberLanguage": ".talkscriber_transcriber_language",
    "TalkscriberTranscriberModel": ".talkscriber_transcriber_model",
    "TogetherAIModel": ".together_ai_model",
    "ToolMessageComplete": ".tool_message_complete",
    "ToolMessageDelayed": ".tool_message_delayed",
    "ToolMessageFailed": ".tool_message_failed",
    "ToolMessageStart": ".tool_message_start",
    "TwilioVoicemailDetection": ".twilio_voicemail_detection",
    "TwilioVoicemailDetectionVoicemailDetectionType": ".twilio_voicemail_detection_voicemail_detection_type",
    "UpdateCallDTO": ".update_call_dto",
}


__all__ = [
    "Analysis",
    "AnalysisCostBreakdown",
    "AnalysisPlan",
    "AnalysisPlanSuccessEvaluationRubric",
    "AnthropicModel",
    "AnthropicModelName",
    "AnyscaleModel",
    "AssistantTransferDestination",
    "AzureVoice",
    "AzureVoiceId",
    "BackgroundSound",
    "Call",
    "CallEndedReason",
    "CallPhoneCallProvider",
    "CallPhoneCallTransport",
    "CallStatus",
    "CallType",
    "CartesiaVoice",
    "ClientMessageType",
    "Condition",
    "ConditionOperator",
    "CostBreakdown",
    "CreateAssistantDTO",
    "CreateCustomerDTO",
    "CreateDtmfToolDTO",
    "CreateEndCallToolDTO",
    "CreateFunctionToolDTO",
    "CreateGhlToolDTO",
    "CreateMakeToolDTO",
    "CreateOutboundCallDTO",
    "CreateSquadDTO",
    "CreateTransferCallToolDTO",
    "CreateWebCallDTO",
    "CustomLLMModel",
    "DeepgramTranscriber",
    "DeepgramTranscriberLanguage",
    "DeepgramTranscriberModel",
    "DeepgramVoice",
    "DeepgramVoiceId",
    "DeepInfraModel",
    "ElevenLabsVoice",
    "ElevenLabsVoiceId",
    "ElevenLabsVoiceModel",
    "ErrorResponse",
    "FirstMessageMode",
    "GhlToolMetadata",
    "GroqModel",
    "GroqModelName",
    "ImportTwilioPhoneNumberDTO",
    "JsonSchema",
    "JsonSchemaType",
    "KnowledgeBase",
    "LMNTVoice",
    "LMNTVoiceId",
    "MakeToolMetadata",
    "NeetsVoice",
    "NeetsVoiceId",
    "OpenAIFunction",
    "OpenAIFunctionParameters",
    "OpenAIMessage",
    "OpenAIMessageRole",
    "OpenAIModel",
    "OpenAIModelName",
    "OpenAIVoice",
    "OpenAIVoiceId",
    "OpenRouterModel",
    "OverrideAssistantDTO",
    "PerplexityAIModel",
    "PhoneCallTwilioDetails",
    "PhoneCallTwilioDetailsMachineDetection",
    "PhoneCallTwilioDetailsStatusCallbackEvent",
    "PhoneNumberTransferDestination",
    "PlayHTVoice",
    "PlayHTVoiceEmotion",
    "PlayHTVoiceId",
    "PunctuationBoundary",
    "RimeAIVoice",
    "RimeAIVoiceId",
    "RimeAIVoiceModel",
    "Server",
    "ServerMessage",
    "ServerMessageAssistantRequest",
    "ServerMessageConversationMessage",
    "ServerMessageConversationUpdate",
    "ServerMessageEndOfCallReport",
    "ServerMessageFunctionCall",
    "ServerMessageFunctionCallDetails",
    "ServerMessageHang",
    "ServerMessageModelOutput",
    "ServerMessagePhoneCallControl",
    "ServerMessageResponseAssistantRequest",
    "ServerMessageResponseFunctionCall",
    "ServerMessageResponseToolCalls",
    "ServerMessageSpeechUpdate",
    "ServerMessageStatusUpdate",
    "ServerMessageToolCall",
    "ServerMessageToolCallFunction",
    "ServerMessageToolCallResult",
    "ServerMessageToolCalls",
    "ServerMessageTranscript",
    "ServerMessageType",
    "ServerMessageVoiceInput",
    "SipTransferDestination",
    "SquadMemberDTO",
    "TalkscriberTranscriber",
    "TalkscriberTranscriberLanguage",
    "TalkscriberTranscriberModel",
    "TogetherAIModel",
    "ToolMessageComplete",
    "ToolMessageDelayed",
    "ToolMessageFailed",
    "ToolMessageStart",
    "TwilioVoicemailDetection",
    "TwilioVoicemailDetectionVoicemailDetectionType",
    "UpdateCallDTO",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name) or (".unknown_variants" if name.startswith("Unknown") else None)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
