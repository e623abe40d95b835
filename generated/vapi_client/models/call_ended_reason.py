# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CallEndedReason"]


class CallEndedReason(OpenEnum):
    """Known values of CallEndedReason; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CALL_START_ERROR_NEITHER_ASSISTANT_NOR_SERVER_SET = "call-start-error-neither-assistant-nor-server-set"
        ASSISTANT_REQUEST_FAILED = "assistant-request-failed"
        ASSISTANT_REQUEST_RETURNED_ERROR = "assistant-request-returned-error"
        ASSISTANT_REQUEST_RETURNED_UNSPEAKABLE_ERROR = "assistant-request-returned-unspeakable-error"
        ASSISTANT_REQUEST_RETURNED_INVALID_ASSISTANT = "assistant-request-returned-invalid-assistant"
        ASSISTANT_REQUEST_RETURNED_NO_ASSISTANT = "assistant-request-returned-no-assistant"
        ASSISTANT_REQUEST_RETURNED_FORWARDING_PHONE_NUMBER = "assistant-request-returned-forwarding-phone-number"
        SCHEDULED_CALL_DELETED = "scheduled-call-deleted"
        CALL_START_ERROR_VAPIFAULT_GET_ORG = "call.start.error-vapifault-get-org"
        CALL_START_ERROR_VAPIFAULT_GET_SUBSCRIPTION = "call.start.error-vapifault-get-subscription"
        CALL_START_ERROR_GET_ASSISTANT = "call.start.error-get-assistant"
        CALL_START_ERROR_GET_PHONE_NUMBER = "call.start.error-get-phone-number"
        CALL_START_ERROR_GET_CUSTOMER = "call.start.error-get-customer"
        CALL_START_ERROR_GET_RESOURCES_VALIDATION = "call.start.error-get-resources-validation"
        CALL_START_ERROR_VAPI_NUMBER_INTERNATIONAL = "call.start.error-vapi-number-international"
        CALL_START_ERROR_VAPI_NUMBER_OUTBOUND_DAILY_LIMIT = "call.start.error-vapi-number-outbound-daily-limit"
        CALL_START_ERROR_GET_TRANSPORT = "call.start.error-get-transport"
        CALL_START_ERROR_SUBSCRIPTION_WALLET_DOES_NOT_EXIST = "call.start.error-subscription-wallet-does-not-exist"
        CALL_START_ERROR_FRAUD_CHECK_FAILED = "call.start.error-fraud-check-failed"
        CALL_START_ERROR_SUBSCRIPTION_FROZEN = "call.start.error-subscription-frozen"
        CALL_START_ERROR_SUBSCRIPTION_INSUFFICIENT_CREDITS = "call.start.error-subscription-insufficient-credits"
        CALL_START_ERROR_SUBSCRIPTION_UPGRADE_FAILED = "call.start.error-subscription-upgrade-failed"
        CALL_START_ERROR_SUBSCRIPTION_CONCURRENCY_LIMIT_REACHED = (
            "call.start.error-subscription-concurrency-limit-reached"
        )
        CALL_START_ERROR_ENTERPRISE_FEATURE_NOT_AVAILABLE_RECORDING_CONSENT = (
            "call.start.error-enterprise-feature-not-available-recording-consent"
        )
        CALL_START_ASSISTANT_VERSION_ERROR_VALIDATION = "call.start.assistant-version-error-validation"
        ASSISTANT_NOT_VALID = "assistant-not-valid"
        CALL_START_ERROR_VAPIFAULT_DATABASE_ERROR = "call.start.error-vapifault-database-error"
        ASSISTANT_NOT_FOUND = "assistant-not-found"
        PIPELINE_ERROR_OPENAI_VOICE_FAILED = "pipeline-error-openai-voice-failed"
        PIPELINE_ERROR_CARTESIA_VOICE_FAILED = "pipeline-error-cartesia-voice-failed"
        PIPELINE_ERROR_DEEPGRAM_VOICE_FAILED = "pipeline-error-deepgram-voice-failed"
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_FAILED = "pipeline-error-eleven-labs-voice-failed"
        PIPELINE_ERROR_PLAYHT_VOICE_FAILED = "pipeline-error-playht-voice-failed"
        PIPELINE_ERROR_LMNT_VOICE_FAILED = "pipeline-error-lmnt-voice-failed"
        PIPELINE_ERROR_AZURE_VOICE_FAILED = "pipeline-error-azure-voice-failed"
        PIPELINE_ERROR_RIME_AI_VOICE_FAILED = "pipeline-error-rime-ai-voice-failed"
        PIPELINE_ERROR_SMALLEST_AI_VOICE_FAILED = "pipeline-error-smallest-ai-voice-failed"
        PIPELINE_ERROR_VAPI_VOICE_FAILED = "pipeline-error-vapi-voice-failed"
        PIPELINE_ERROR_NEUPHONIC_VOICE_FAILED = "pipeline-error-neuphonic-voice-failed"
        PIPELINE_ERROR_HUME_VOICE_FAILED = "pipeline-error-hume-voice-failed"
        PIPELINE_ERROR_SESAME_VOICE_FAILED = "pipeline-error-sesame-voice-failed"
        PIPELINE_ERROR_INWORLD_VOICE_FAILED = "pipeline-error-inworld-voice-failed"
        PIPELINE_ERROR_MINIMAX_VOICE_FAILED = "pipeline-error-minimax-voice-failed"
        PIPELINE_ERROR_WELLSAID_VOICE_FAILED = "pipeline-error-wellsaid-voice-failed"
        PIPELINE_ERROR_XAI_VOICE_FAILED = "pipeline-error-xai-voice-failed"
        PIPELINE_ERROR_MICROSOFT_VOICE_FAILED = "pipeline-error-microsoft-voice-failed"
        PIPELINE_ERROR_MICROSOFT_VOICE_REQUEST_CANCELED = "pipeline-error-microsoft-voice-request-canceled"
        PIPELINE_ERROR_TAVUS_VIDEO_FAILED = "pipeline-error-tavus-video-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_VOICE_FAILED = "call.in-progress.error-vapifault-openai-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_VOICE_FAILED = (
            "call.in-progress.error-vapifault-cartesia-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_VOICE_FAILED = (
            "call.in-progress.error-vapifault-deepgram-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_FAILED = (
            "call.in-progress.error-vapifault-eleven-labs-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_VOICE_FAILED = "call.in-progress.error-vapifault-playht-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_LMNT_VOICE_FAILED = "call.in-progress.error-vapifault-lmnt-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_VOICE_FAILED = "call.in-progress.error-vapifault-azure-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_RIME_AI_VOICE_FAILED = "call.in-progress.error-vapifault-rime-ai-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SMALLEST_AI_VOICE_FAILED = (
            "call.in-progress.error-vapifault-smallest-ai-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_VOICE_FAILED = "call.in-progress.error-vapifault-vapi-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_NEUPHONIC_VOICE_FAILED = (
            "call.in-progress.error-vapifault-neuphonic-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_HUME_VOICE_FAILED = "call.in-progress.error-vapifault-hume-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SESAME_VOICE_FAILED = "call.in-progress.error-vapifault-sesame-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_INWORLD_VOICE_FAILED = "call.in-progress.error-vapifault-inworld-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_VOICE_FAILED = "call.in-progress.error-vapifault-minimax-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_WELLSAID_VOICE_FAILED = (
            "call.in-progress.error-vapifault-wellsaid-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_VOICE_FAILED = "call.in-progress.error-vapifault-xai-voice-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MICROSOFT_VOICE_FAILED = (
            "call.in-progress.error-vapifault-microsoft-voice-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TAVUS_VIDEO_FAILED = "call.in-progress.error-vapifault-tavus-video-failed"
        PIPELINE_ERROR_VAPI_LLM_FAILED = "pipeline-error-vapi-llm-failed"
        PIPELINE_ERROR_VAPI_400_BAD_REQUEST_VALIDATION_FAILED = "pipeline-error-vapi-400-bad-request-validation-failed"
        PIPELINE_ERROR_VAPI_401_UNAUTHORIZED = "pipeline-error-vapi-401-unauthorized"
        PIPELINE_ERROR_VAPI_403_MODEL_ACCESS_DENIED = "pipeline-error-vapi-403-model-access-denied"
        PIPELINE_ERROR_VAPI_429_EXCEEDED_QUOTA = "pipeline-error-vapi-429-exceeded-quota"
        PIPELINE_ERROR_VAPI_500_SERVER_ERROR = "pipeline-error-vapi-500-server-error"
        PIPELINE_ERROR_VAPI_503_SERVER_OVERLOADED_ERROR = "pipeline-error-vapi-503-server-overloaded-error"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_LLM_FAILED = "call.in-progress.error-providerfault-vapi-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_LLM_FAILED = "call.in-progress.error-vapifault-vapi-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-vapi-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-vapi-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-vapi-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-vapi-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-vapi-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-vapi-503-server-overloaded-error"
        )
        PIPELINE_ERROR_VAPI_TRANSCRIBER_FAILED = "pipeline-error-vapi-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-vapi-transcriber-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_TRANSCRIBER_FAILED = (
            "call.in-progress.error-providerfault-vapi-transcriber-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_VOICE_FAILED = (
            "call.in-progress.error-providerfault-vapi-voice-failed"
        )
        PIPELINE_ERROR_DEEPGRAM_TRANSCRIBER_FAILED = "pipeline-error-deepgram-transcriber-failed"
        PIPELINE_ERROR_DEEPGRAM_TRANSCRIBER_API_KEY_MISSING = "pipeline-error-deepgram-transcriber-api-key-missing"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-deepgram-transcriber-failed"
        )
        PIPELINE_ERROR_GLADIA_TRANSCRIBER_FAILED = "pipeline-error-gladia-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GLADIA_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-gladia-transcriber-failed"
        )
        PIPELINE_ERROR_SPEECHMATICS_TRANSCRIBER_FAILED = "pipeline-error-speechmatics-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SPEECHMATICS_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-speechmatics-transcriber-failed"
        )
        PIPELINE_ERROR_ASSEMBLY_AI_TRANSCRIBER_FAILED = "pipeline-error-assembly-ai-transcriber-failed"
        PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_400_INSUFFICENT_FUNDS = (
            "pipeline-error-assembly-ai-returning-400-insufficent-funds"
        )
        PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_400_PAID_ONLY_FEATURE = (
            "pipeline-error-assembly-ai-returning-400-paid-only-feature"
        )
        PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_401_INVALID_CREDENTIALS = (
            "pipeline-error-assembly-ai-returning-401-invalid-credentials"
        )
        PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_500_INVALID_SCHEMA = (
            "pipeline-error-assembly-ai-returning-500-invalid-schema"
        )
        PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_500_WORD_BOOST_PARSING_FAILED = (
            "pipeline-error-assembly-ai-returning-500-word-boost-parsing-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-assembly-ai-transcriber-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_400_INSUFFICENT_FUNDS = (
            "call.in-progress.error-vapifault-assembly-ai-returning-400-insufficent-funds"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_400_PAID_ONLY_FEATURE = (
            "call.in-progress.error-vapifault-assembly-ai-returning-400-paid-only-feature"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_401_INVALID_CREDENTIALS = (
            "call.in-progress.error-vapifault-assembly-ai-returning-401-invalid-credentials"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_500_INVALID_SCHEMA = (
            "call.in-progress.error-vapifault-assembly-ai-returning-500-invalid-schema"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_500_WORD_BOOST_PARSING_FAILED = (
            "call.in-progress.error-vapifault-assembly-ai-returning-500-word-boost-parsing-failed"
        )
        PIPELINE_ERROR_TALKSCRIBER_TRANSCRIBER_FAILED = "pipeline-error-talkscriber-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TALKSCRIBER_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-talkscriber-transcriber-failed"
        )
        PIPELINE_ERROR_AZURE_SPEECH_TRANSCRIBER_FAILED = "pipeline-error-azure-speech-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_SPEECH_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-azure-speech-transcriber-failed"
        )
        PIPELINE_ERROR_ELEVEN_LABS_TRANSCRIBER_FAILED = "pipeline-error-eleven-labs-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-eleven-labs-transcriber-failed"
        )
        PIPELINE_ERROR_GOOGLE_TRANSCRIBER_FAILED = "pipeline-error-google-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-google-transcriber-failed"
        )
        PIPELINE_ERROR_OPENAI_TRANSCRIBER_FAILED = "pipeline-error-openai-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-openai-transcriber-failed"
        )
        PIPELINE_ERROR_SONIOX_TRANSCRIBER_AUTH_FAILED = "pipeline-error-soniox-transcriber-auth-failed"
        PIPELINE_ERROR_SONIOX_TRANSCRIBER_RATE_LIMITED = "pipeline-error-soniox-transcriber-rate-limited"
        PIPELINE_ERROR_SONIOX_TRANSCRIBER_INVALID_CONFIG = "pipeline-error-soniox-transcriber-invalid-config"
        PIPELINE_ERROR_SONIOX_TRANSCRIBER_SERVER_ERROR = "pipeline-error-soniox-transcriber-server-error"
        PIPELINE_ERROR_SONIOX_TRANSCRIBER_FAILED = "pipeline-error-soniox-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_AUTH_FAILED = (
            "call.in-progress.error-vapifault-soniox-transcriber-auth-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_RATE_LIMITED = (
            "call.in-progress.error-vapifault-soniox-transcriber-rate-limited"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_INVALID_CONFIG = (
            "call.in-progress.error-vapifault-soniox-transcriber-invalid-config"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_SERVER_ERROR = (
            "call.in-progress.error-vapifault-soniox-transcriber-server-error"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-soniox-transcriber-failed"
        )
        PIPELINE_ERROR_XAI_TRANSCRIBER_AUTH_FAILED = "pipeline-error-xai-transcriber-auth-failed"
        PIPELINE_ERROR_XAI_TRANSCRIBER_RATE_LIMITED = "pipeline-error-xai-transcriber-rate-limited"
        PIPELINE_ERROR_XAI_TRANSCRIBER_INVALID_CONFIG = "pipeline-error-xai-transcriber-invalid-config"
        PIPELINE_ERROR_XAI_TRANSCRIBER_SERVER_ERROR = "pipeline-error-xai-transcriber-server-error"
        PIPELINE_ERROR_XAI_TRANSCRIBER_FAILED = "pipeline-error-xai-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_AUTH_FAILED = (
            "call.in-progress.error-vapifault-xai-transcriber-auth-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_RATE_LIMITED = (
            "call.in-progress.error-vapifault-xai-transcriber-rate-limited"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_INVALID_CONFIG = (
            "call.in-progress.error-vapifault-xai-transcriber-invalid-config"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_SERVER_ERROR = (
            "call.in-progress.error-vapifault-xai-transcriber-server-error"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-xai-transcriber-failed"
        )
        PIPELINE_ERROR_CARTESIA_TRANSCRIBER_FAILED = "pipeline-error-cartesia-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-cartesia-transcriber-failed"
        )
        CALL_IN_PROGRESS_ERROR_PIPELINE_NO_AVAILABLE_LLM_MODEL = (
            "call.in-progress.error-pipeline-no-available-llm-model"
        )
        WORKER_SHUTDOWN = "worker-shutdown"
        VONAGE_DISCONNECTED = "vonage-disconnected"
        VONAGE_FAILED_TO_CONNECT_CALL = "vonage-failed-to-connect-call"
        VONAGE_COMPLETED = "vonage-completed"
        PHONE_CALL_PROVIDER_BYPASS_ENABLED_BUT_NO_CALL_RECEIVED = (
            "phone-call-provider-bypass-enabled-but-no-call-received"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TRANSPORT_NEVER_CONNECTED = (
            "call.in-progress.error-providerfault-transport-never-connected"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_WORKER_NOT_AVAILABLE = "call.in-progress.error-vapifault-worker-not-available"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TRANSPORT_NEVER_CONNECTED = (
            "call.in-progress.error-vapifault-transport-never-connected"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TRANSPORT_CONNECTED_BUT_CALL_NOT_ACTIVE = (
            "call.in-progress.error-vapifault-transport-connected-but-call-not-active"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CALL_STARTED_BUT_CONNECTION_TO_TRANSPORT_MISSING = (
            "call.in-progress.error-vapifault-call-started-but-connection-to-transport-missing"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_WORKER_DIED = "call.in-progress.error-vapifault-worker-died"
        CALL_IN_PROGRESS_TWILIO_COMPLETED_CALL = "call.in-progress.twilio-completed-call"
        CALL_IN_PROGRESS_SIP_COMPLETED_CALL = "call.in-progress.sip-completed-call"
        CALL_IN_PROGRESS_ERROR_SIP_INBOUND_CALL_FAILED_TO_CONNECT = (
            "call.in-progress.error-sip-inbound-call-failed-to-connect"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_503_SERVICE_UNAVAILABLE = (
            "call.in-progress.error-providerfault-outbound-sip-503-service-unavailable"
        )
        CALL_IN_PROGRESS_ERROR_SIP_OUTBOUND_CALL_FAILED_TO_CONNECT = (
            "call.in-progress.error-sip-outbound-call-failed-to-connect"
        )
        CALL_RINGING_ERROR_SIP_INBOUND_CALL_FAILED_TO_CONNECT = "call.ringing.error-sip-inbound-call-failed-to-connect"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_LLM_FAILED = (
            "call.in-progress.error-providerfault-openai-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_LLM_FAILED = (
            "call.in-progress.error-providerfault-azure-openai-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_LLM_FAILED = "call.in-progress.error-providerfault-groq-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_LLM_FAILED = (
            "call.in-progress.error-providerfault-google-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_LLM_FAILED = "call.in-progress.error-providerfault-xai-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_LLM_FAILED = (
            "call.in-progress.error-providerfault-mistral-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_LLM_FAILED = (
            "call.in-progress.error-providerfault-minimax-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_LLM_FAILED = (
            "call.in-progress.error-providerfault-inflection-ai-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_LLM_FAILED = (
            "call.in-progress.error-providerfault-cerebras-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_LLM_FAILED = (
            "call.in-progress.error-providerfault-deep-seek-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_LLM_FAILED = (
            "call.in-progress.error-providerfault-baseten-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CHAT_PIPELINE_FAILED_TO_START = (
            "call.in-progress.error-vapifault-chat-pipeline-failed-to-start"
        )
        PIPELINE_ERROR_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-openai-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_OPENAI_401_UNAUTHORIZED = "pipeline-error-openai-401-unauthorized"
        PIPELINE_ERROR_OPENAI_401_INCORRECT_API_KEY = "pipeline-error-openai-401-incorrect-api-key"
        PIPELINE_ERROR_OPENAI_401_ACCOUNT_NOT_IN_ORGANIZATION = "pipeline-error-openai-401-account-not-in-organization"
        PIPELINE_ERROR_OPENAI_403_MODEL_ACCESS_DENIED = "pipeline-error-openai-403-model-access-denied"
        PIPELINE_ERROR_OPENAI_429_EXCEEDED_QUOTA = "pipeline-error-openai-429-exceeded-quota"
        PIPELINE_ERROR_OPENAI_429_RATE_LIMIT_REACHED = "pipeline-error-openai-429-rate-limit-reached"
        PIPELINE_ERROR_OPENAI_500_SERVER_ERROR = "pipeline-error-openai-500-server-error"
        PIPELINE_ERROR_OPENAI_503_SERVER_OVERLOADED_ERROR = "pipeline-error-openai-503-server-overloaded-error"
        PIPELINE_ERROR_OPENAI_LLM_FAILED = "pipeline-error-openai-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-openai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-openai-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_INCORRECT_API_KEY = (
            "call.in-progress.error-vapifault-openai-401-incorrect-api-key"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_ACCOUNT_NOT_IN_ORGANIZATION = (
            "call.in-progress.error-vapifault-openai-401-account-not-in-organization"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-openai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-openai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_429_RATE_LIMIT_REACHED = (
            "call.in-progress.error-vapifault-openai-429-rate-limit-reached"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-openai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-openai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_AZURE_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-azure-openai-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_AZURE_OPENAI_401_UNAUTHORIZED = "pipeline-error-azure-openai-401-unauthorized"
        PIPELINE_ERROR_AZURE_OPENAI_403_MODEL_ACCESS_DENIED = "pipeline-error-azure-openai-403-model-access-denied"
        PIPELINE_ERROR_AZURE_OPENAI_429_EXCEEDED_QUOTA = "pipeline-error-azure-openai-429-exceeded-quota"
        PIPELINE_ERROR_AZURE_OPENAI_500_SERVER_ERROR = "pipeline-error-azure-openai-500-server-error"
        PIPELINE_ERROR_AZURE_OPENAI_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-azure-openai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_AZURE_OPENAI_LLM_FAILED = "pipeline-error-azure-openai-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-azure-openai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-azure-openai-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-azure-openai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-azure-openai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-azure-openai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-azure-openai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_GOOGLE_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-google-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_GOOGLE_401_UNAUTHORIZED = "pipeline-error-google-401-unauthorized"
        PIPELINE_ERROR_GOOGLE_403_MODEL_ACCESS_DENIED = "pipeline-error-google-403-model-access-denied"
        PIPELINE_ERROR_GOOGLE_429_EXCEEDED_QUOTA = "pipeline-error-google-429-exceeded-quota"
        PIPELINE_ERROR_GOOGLE_500_SERVER_ERROR = "pipeline-error-google-500-server-error"
        PIPELINE_ERROR_GOOGLE_503_SERVER_OVERLOADED_ERROR = "pipeline-error-google-503-server-overloaded-error"
        PIPELINE_ERROR_GOOGLE_LLM_FAILED = "pipeline-error-google-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-google-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-google-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-google-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-google-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-google-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-google-503-server-overloaded-error"
        )
        PIPELINE_ERROR_XAI_400_BAD_REQUEST_VALIDATION_FAILED = "pipeline-error-xai-400-bad-request-validation-failed"
        PIPELINE_ERROR_XAI_401_UNAUTHORIZED = "pipeline-error-xai-401-unauthorized"
        PIPELINE_ERROR_XAI_403_MODEL_ACCESS_DENIED = "pipeline-error-xai-403-model-access-denied"
        PIPELINE_ERROR_XAI_429_EXCEEDED_QUOTA = "pipeline-error-xai-429-exceeded-quota"
        PIPELINE_ERROR_XAI_500_SERVER_ERROR = "pipeline-error-xai-500-server-error"
        PIPELINE_ERROR_XAI_503_SERVER_OVERLOADED_ERROR = "pipeline-error-xai-503-server-overloaded-error"
        PIPELINE_ERROR_XAI_LLM_FAILED = "pipeline-error-xai-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-xai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_401_UNAUTHORIZED = "call.in-progress.error-vapifault-xai-401-unauthorized"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-xai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-xai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-xai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-xai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_BASETEN_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-baseten-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_BASETEN_401_UNAUTHORIZED = "pipeline-error-baseten-401-unauthorized"
        PIPELINE_ERROR_BASETEN_403_MODEL_ACCESS_DENIED = "pipeline-error-baseten-403-model-access-denied"
        PIPELINE_ERROR_BASETEN_429_EXCEEDED_QUOTA = "pipeline-error-baseten-429-exceeded-quota"
        PIPELINE_ERROR_BASETEN_500_SERVER_ERROR = "pipeline-error-baseten-500-server-error"
        PIPELINE_ERROR_BASETEN_503_SERVER_OVERLOADED_ERROR = "pipeline-error-baseten-503-server-overloaded-error"
        PIPELINE_ERROR_BASETEN_LLM_FAILED = "pipeline-error-baseten-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-baseten-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-baseten-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-baseten-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-baseten-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-baseten-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-baseten-503-server-overloaded-error"
        )
        PIPELINE_ERROR_MISTRAL_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-mistral-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_MISTRAL_401_UNAUTHORIZED = "pipeline-error-mistral-401-unauthorized"
        PIPELINE_ERROR_MISTRAL_403_MODEL_ACCESS_DENIED = "pipeline-error-mistral-403-model-access-denied"
        PIPELINE_ERROR_MISTRAL_429_EXCEEDED_QUOTA = "pipeline-error-mistral-429-exceeded-quota"
        PIPELINE_ERROR_MISTRAL_500_SERVER_ERROR = "pipeline-error-mistral-500-server-error"
        PIPELINE_ERROR_MISTRAL_503_SERVER_OVERLOADED_ERROR = "pipeline-error-mistral-503-server-overloaded-error"
        PIPELINE_ERROR_MISTRAL_LLM_FAILED = "pipeline-error-mistral-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-mistral-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-mistral-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-mistral-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-mistral-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-mistral-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-mistral-503-server-overloaded-error"
        )
        PIPELINE_ERROR_MINIMAX_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-minimax-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_MINIMAX_401_UNAUTHORIZED = "pipeline-error-minimax-401-unauthorized"
        PIPELINE_ERROR_MINIMAX_403_MODEL_ACCESS_DENIED = "pipeline-error-minimax-403-model-access-denied"
        PIPELINE_ERROR_MINIMAX_429_EXCEEDED_QUOTA = "pipeline-error-minimax-429-exceeded-quota"
        PIPELINE_ERROR_MINIMAX_500_SERVER_ERROR = "pipeline-error-minimax-500-server-error"
        PIPELINE_ERROR_MINIMAX_503_SERVER_OVERLOADED_ERROR = "pipeline-error-minimax-503-server-overloaded-error"
        PIPELINE_ERROR_MINIMAX_LLM_FAILED = "pipeline-error-minimax-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-minimax-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-minimax-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-minimax-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-minimax-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-minimax-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-minimax-503-server-overloaded-error"
        )
        PIPELINE_ERROR_INFLECTION_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-inflection-ai-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_INFLECTION_AI_401_UNAUTHORIZED = "pipeline-error-inflection-ai-401-unauthorized"
        PIPELINE_ERROR_INFLECTION_AI_403_MODEL_ACCESS_DENIED = "pipeline-error-inflection-ai-403-model-access-denied"
        PIPELINE_ERROR_INFLECTION_AI_429_EXCEEDED_QUOTA = "pipeline-error-inflection-ai-429-exceeded-quota"
        PIPELINE_ERROR_INFLECTION_AI_500_SERVER_ERROR = "pipeline-error-inflection-ai-500-server-error"
        PIPELINE_ERROR_INFLECTION_AI_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-inflection-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_INFLECTION_AI_LLM_FAILED = "pipeline-error-inflection-ai-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-inflection-ai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-inflection-ai-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-inflection-ai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-inflection-ai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-inflection-ai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-inflection-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_DEEP_SEEK_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-deep-seek-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_DEEP_SEEK_401_UNAUTHORIZED = "pipeline-error-deep-seek-401-unauthorized"
        PIPELINE_ERROR_DEEP_SEEK_403_MODEL_ACCESS_DENIED = "pipeline-error-deep-seek-403-model-access-denied"
        PIPELINE_ERROR_DEEP_SEEK_429_EXCEEDED_QUOTA = "pipeline-error-deep-seek-429-exceeded-quota"
        PIPELINE_ERROR_DEEP_SEEK_500_SERVER_ERROR = "pipeline-error-deep-seek-500-server-error"
        PIPELINE_ERROR_DEEP_SEEK_503_SERVER_OVERLOADED_ERROR = "pipeline-error-deep-seek-503-server-overloaded-error"
        PIPELINE_ERROR_DEEP_SEEK_LLM_FAILED = "pipeline-error-deep-seek-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-deep-seek-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-deep-seek-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-deep-seek-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-deep-seek-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-deep-seek-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-deep-seek-503-server-overloaded-error"
        )
        PIPELINE_ERROR_GROQ_400_BAD_REQUEST_VALIDATION_FAILED = "pipeline-error-groq-400-bad-request-validation-failed"
        PIPELINE_ERROR_GROQ_401_UNAUTHORIZED = "pipeline-error-groq-401-unauthorized"
        PIPELINE_ERROR_GROQ_403_MODEL_ACCESS_DENIED = "pipeline-error-groq-403-model-access-denied"
        PIPELINE_ERROR_GROQ_429_EXCEEDED_QUOTA = "pipeline-error-groq-429-exceeded-quota"
        PIPELINE_ERROR_GROQ_500_SERVER_ERROR = "pipeline-error-groq-500-server-error"
        PIPELINE_ERROR_GROQ_503_SERVER_OVERLOADED_ERROR = "pipeline-error-groq-503-server-overloaded-error"
        PIPELINE_ERROR_GROQ_LLM_FAILED = "pipeline-error-groq-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-groq-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-groq-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-groq-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-groq-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-groq-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-groq-503-server-overloaded-error"
        )
        PIPELINE_ERROR_CEREBRAS_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-cerebras-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_CEREBRAS_401_UNAUTHORIZED = "pipeline-error-cerebras-401-unauthorized"
        PIPELINE_ERROR_CEREBRAS_403_MODEL_ACCESS_DENIED = "pipeline-error-cerebras-403-model-access-denied"
        PIPELINE_ERROR_CEREBRAS_429_EXCEEDED_QUOTA = "pipeline-error-cerebras-429-exceeded-quota"
        PIPELINE_ERROR_CEREBRAS_500_SERVER_ERROR = "pipeline-error-cerebras-500-server-error"
        PIPELINE_ERROR_CEREBRAS_503_SERVER_OVERLOADED_ERROR = "pipeline-error-cerebras-503-server-overloaded-error"
        PIPELINE_ERROR_CEREBRAS_LLM_FAILED = "pipeline-error-cerebras-llm-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-cerebras-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-cerebras-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-cerebras-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-cerebras-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-cerebras-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-cerebras-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANTHROPIC_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-anthropic-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_ANTHROPIC_401_UNAUTHORIZED = "pipeline-error-anthropic-401-unauthorized"
        PIPELINE_ERROR_ANTHROPIC_403_MODEL_ACCESS_DENIED = "pipeline-error-anthropic-403-model-access-denied"
        PIPELINE_ERROR_ANTHROPIC_429_EXCEEDED_QUOTA = "pipeline-error-anthropic-429-exceeded-quota"
        PIPELINE_ERROR_ANTHROPIC_500_SERVER_ERROR = "pipeline-error-anthropic-500-server-error"
        PIPELINE_ERROR_ANTHROPIC_503_SERVER_OVERLOADED_ERROR = "pipeline-error-anthropic-503-server-overloaded-error"
        PIPELINE_ERROR_ANTHROPIC_LLM_FAILED = "pipeline-error-anthropic-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_LLM_FAILED = (
            "call.in-progress.error-providerfault-anthropic-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-anthropic-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-anthropic-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-anthropic-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-anthropic-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-anthropic-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-anthropic-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-anthropic-bedrock-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_401_UNAUTHORIZED = "pipeline-error-anthropic-bedrock-401-unauthorized"
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_403_MODEL_ACCESS_DENIED = (
            "pipeline-error-anthropic-bedrock-403-model-access-denied"
        )
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_429_EXCEEDED_QUOTA = "pipeline-error-anthropic-bedrock-429-exceeded-quota"
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_500_SERVER_ERROR = "pipeline-error-anthropic-bedrock-500-server-error"
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-anthropic-bedrock-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANTHROPIC_BEDROCK_LLM_FAILED = "pipeline-error-anthropic-bedrock-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_LLM_FAILED = (
            "call.in-progress.error-providerfault-anthropic-bedrock-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-anthropic-bedrock-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-anthropic-bedrock-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-anthropic-bedrock-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-anthropic-bedrock-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-anthropic-bedrock-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-anthropic-bedrock-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANTHROPIC_VERTEX_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-anthropic-vertex-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_ANTHROPIC_VERTEX_401_UNAUTHORIZED = "pipeline-error-anthropic-vertex-401-unauthorized"
        PIPELINE_ERROR_ANTHROPIC_VERTEX_403_MODEL_ACCESS_DENIED = (
            "pipeline-error-anthropic-vertex-403-model-access-denied"
        )
        PIPELINE_ERROR_ANTHROPIC_VERTEX_429_EXCEEDED_QUOTA = "pipeline-error-anthropic-vertex-429-exceeded-quota"
        PIPELINE_ERROR_ANTHROPIC_VERTEX_500_SERVER_ERROR = "pipeline-error-anthropic-vertex-500-server-error"
        PIPELINE_ERROR_ANTHROPIC_VERTEX_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-anthropic-vertex-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANTHROPIC_VERTEX_LLM_FAILED = "pipeline-error-anthropic-vertex-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_LLM_FAILED = (
            "call.in-progress.error-providerfault-anthropic-vertex-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-anthropic-vertex-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-anthropic-vertex-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-anthropic-vertex-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-anthropic-vertex-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-anthropic-vertex-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-anthropic-vertex-503-server-overloaded-error"
        )
        PIPELINE_ERROR_TOGETHER_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-together-ai-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_TOGETHER_AI_401_UNAUTHORIZED = "pipeline-error-together-ai-401-unauthorized"
        PIPELINE_ERROR_TOGETHER_AI_403_MODEL_ACCESS_DENIED = "pipeline-error-together-ai-403-model-access-denied"
        PIPELINE_ERROR_TOGETHER_AI_429_EXCEEDED_QUOTA = "pipeline-error-together-ai-429-exceeded-quota"
        PIPELINE_ERROR_TOGETHER_AI_500_SERVER_ERROR = "pipeline-error-together-ai-500-server-error"
        PIPELINE_ERROR_TOGETHER_AI_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-together-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_TOGETHER_AI_LLM_FAILED = "pipeline-error-together-ai-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_LLM_FAILED = (
            "call.in-progress.error-providerfault-together-ai-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-together-ai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-together-ai-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-together-ai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-together-ai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-together-ai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-together-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_ANYSCALE_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-anyscale-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_ANYSCALE_401_UNAUTHORIZED = "pipeline-error-anyscale-401-unauthorized"
        PIPELINE_ERROR_ANYSCALE_403_MODEL_ACCESS_DENIED = "pipeline-error-anyscale-403-model-access-denied"
        PIPELINE_ERROR_ANYSCALE_429_EXCEEDED_QUOTA = "pipeline-error-anyscale-429-exceeded-quota"
        PIPELINE_ERROR_ANYSCALE_500_SERVER_ERROR = "pipeline-error-anyscale-500-server-error"
        PIPELINE_ERROR_ANYSCALE_503_SERVER_OVERLOADED_ERROR = "pipeline-error-anyscale-503-server-overloaded-error"
        PIPELINE_ERROR_ANYSCALE_LLM_FAILED = "pipeline-error-anyscale-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_LLM_FAILED = (
            "call.in-progress.error-providerfault-anyscale-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-anyscale-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-anyscale-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-anyscale-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-anyscale-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-anyscale-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-anyscale-503-server-overloaded-error"
        )
        PIPELINE_ERROR_OPENROUTER_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-openrouter-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_OPENROUTER_401_UNAUTHORIZED = "pipeline-error-openrouter-401-unauthorized"
        PIPELINE_ERROR_OPENROUTER_403_MODEL_ACCESS_DENIED = "pipeline-error-openrouter-403-model-access-denied"
        PIPELINE_ERROR_OPENROUTER_429_EXCEEDED_QUOTA = "pipeline-error-openrouter-429-exceeded-quota"
        PIPELINE_ERROR_OPENROUTER_500_SERVER_ERROR = "pipeline-error-openrouter-500-server-error"
        PIPELINE_ERROR_OPENROUTER_503_SERVER_OVERLOADED_ERROR = "pipeline-error-openrouter-503-server-overloaded-error"
        PIPELINE_ERROR_OPENROUTER_LLM_FAILED = "pipeline-error-openrouter-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_LLM_FAILED = (
            "call.in-progress.error-providerfault-openrouter-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-openrouter-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-openrouter-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-openrouter-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-openrouter-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-openrouter-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-openrouter-503-server-overloaded-error"
        )
        PIPELINE_ERROR_PERPLEXITY_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-perplexity-ai-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_PERPLEXITY_AI_401_UNAUTHORIZED = "pipeline-error-perplexity-ai-401-unauthorized"
        PIPELINE_ERROR_PERPLEXITY_AI_403_MODEL_ACCESS_DENIED = "pipeline-error-perplexity-ai-403-model-access-denied"
        PIPELINE_ERROR_PERPLEXITY_AI_429_EXCEEDED_QUOTA = "pipeline-error-perplexity-ai-429-exceeded-quota"
        PIPELINE_ERROR_PERPLEXITY_AI_500_SERVER_ERROR = "pipeline-error-perplexity-ai-500-server-error"
        PIPELINE_ERROR_PERPLEXITY_AI_503_SERVER_OVERLOADED_ERROR = (
            "pipeline-error-perplexity-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_PERPLEXITY_AI_LLM_FAILED = "pipeline-error-perplexity-ai-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_LLM_FAILED = (
            "call.in-progress.error-providerfault-perplexity-ai-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-perplexity-ai-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-perplexity-ai-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-perplexity-ai-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-perplexity-ai-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-perplexity-ai-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-perplexity-ai-503-server-overloaded-error"
        )
        PIPELINE_ERROR_DEEPINFRA_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-deepinfra-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_DEEPINFRA_401_UNAUTHORIZED = "pipeline-error-deepinfra-401-unauthorized"
        PIPELINE_ERROR_DEEPINFRA_403_MODEL_ACCESS_DENIED = "pipeline-error-deepinfra-403-model-access-denied"
        PIPELINE_ERROR_DEEPINFRA_429_EXCEEDED_QUOTA = "pipeline-error-deepinfra-429-exceeded-quota"
        PIPELINE_ERROR_DEEPINFRA_500_SERVER_ERROR = "pipeline-error-deepinfra-500-server-error"
        PIPELINE_ERROR_DEEPINFRA_503_SERVER_OVERLOADED_ERROR = "pipeline-error-deepinfra-503-server-overloaded-error"
        PIPELINE_ERROR_DEEPINFRA_LLM_FAILED = "pipeline-error-deepinfra-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_LLM_FAILED = (
            "call.in-progress.error-providerfault-deepinfra-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-deepinfra-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-deepinfra-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-deepinfra-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-deepinfra-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-deepinfra-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-deepinfra-503-server-overloaded-error"
        )
        PIPELINE_ERROR_RUNPOD_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-runpod-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_RUNPOD_401_UNAUTHORIZED = "pipeline-error-runpod-401-unauthorized"
        PIPELINE_ERROR_RUNPOD_403_MODEL_ACCESS_DENIED = "pipeline-error-runpod-403-model-access-denied"
        PIPELINE_ERROR_RUNPOD_429_EXCEEDED_QUOTA = "pipeline-error-runpod-429-exceeded-quota"
        PIPELINE_ERROR_RUNPOD_500_SERVER_ERROR = "pipeline-error-runpod-500-server-error"
        PIPELINE_ERROR_RUNPOD_503_SERVER_OVERLOADED_ERROR = "pipeline-error-runpod-503-server-overloaded-error"
        PIPELINE_ERROR_RUNPOD_LLM_FAILED = "pipeline-error-runpod-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_LLM_FAILED = (
            "call.in-progress.error-providerfault-runpod-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-runpod-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-runpod-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-runpod-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-runpod-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-runpod-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-runpod-503-server-overloaded-error"
        )
        PIPELINE_ERROR_CUSTOM_LLM_400_BAD_REQUEST_VALIDATION_FAILED = (
            "pipeline-error-custom-llm-400-bad-request-validation-failed"
        )
        PIPELINE_ERROR_CUSTOM_LLM_401_UNAUTHORIZED = "pipeline-error-custom-llm-401-unauthorized"
        PIPELINE_ERROR_CUSTOM_LLM_403_MODEL_ACCESS_DENIED = "pipeline-error-custom-llm-403-model-access-denied"
        PIPELINE_ERROR_CUSTOM_LLM_429_EXCEEDED_QUOTA = "pipeline-error-custom-llm-429-exceeded-quota"
        PIPELINE_ERROR_CUSTOM_LLM_500_SERVER_ERROR = "pipeline-error-custom-llm-500-server-error"
        PIPELINE_ERROR_CUSTOM_LLM_503_SERVER_OVERLOADED_ERROR = "pipeline-error-custom-llm-503-server-overloaded-error"
        PIPELINE_ERROR_CUSTOM_LLM_LLM_FAILED = "pipeline-error-custom-llm-llm-failed"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_LLM_FAILED = (
            "call.in-progress.error-providerfault-custom-llm-llm-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_400_BAD_REQUEST_VALIDATION_FAILED = (
            "call.in-progress.error-vapifault-custom-llm-400-bad-request-validation-failed"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-custom-llm-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-custom-llm-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-custom-llm-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-custom-llm-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_503_SERVER_OVERLOADED_ERROR = (
            "call.in-progress.error-providerfault-custom-llm-503-server-overloaded-error"
        )
        CALL_IN_PROGRESS_ERROR_PIPELINE_WS_MODEL_CONNECTION_FAILED = (
            "call.in-progress.error-pipeline-ws-model-connection-failed"
        )
        PIPELINE_ERROR_CUSTOM_VOICE_FAILED = "pipeline-error-custom-voice-failed"
        PIPELINE_ERROR_CARTESIA_SOCKET_HANG_UP = "pipeline-error-cartesia-socket-hang-up"
        PIPELINE_ERROR_CARTESIA_REQUESTED_PAYMENT = "pipeline-error-cartesia-requested-payment"
        PIPELINE_ERROR_CARTESIA_500_SERVER_ERROR = "pipeline-error-cartesia-500-server-error"
        PIPELINE_ERROR_CARTESIA_502_SERVER_ERROR = "pipeline-error-cartesia-502-server-error"
        PIPELINE_ERROR_CARTESIA_503_SERVER_ERROR = "pipeline-error-cartesia-503-server-error"
        PIPELINE_ERROR_CARTESIA_522_SERVER_ERROR = "pipeline-error-cartesia-522-server-error"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_SOCKET_HANG_UP = (
            "call.in-progress.error-vapifault-cartesia-socket-hang-up"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_REQUESTED_PAYMENT = (
            "call.in-progress.error-vapifault-cartesia-requested-payment"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-cartesia-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_503_SERVER_ERROR = (
            "call.in-progress.error-providerfault-cartesia-503-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_522_SERVER_ERROR = (
            "call.in-progress.error-providerfault-cartesia-522-server-error"
        )
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FOUND = "pipeline-error-eleven-labs-voice-not-found"
        PIPELINE_ERROR_ELEVEN_LABS_QUOTA_EXCEEDED = "pipeline-error-eleven-labs-quota-exceeded"
        PIPELINE_ERROR_ELEVEN_LABS_UNAUTHORIZED_ACCESS = "pipeline-error-eleven-labs-unauthorized-access"
        PIPELINE_ERROR_ELEVEN_LABS_UNAUTHORIZED_TO_ACCESS_MODEL = (
            "pipeline-error-eleven-labs-unauthorized-to-access-model"
        )
        PIPELINE_ERROR_ELEVEN_LABS_PROFESSIONAL_VOICES_ONLY_FOR_CREATOR_PLUS = (
            "pipeline-error-eleven-labs-professional-voices-only-for-creator-plus"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_FREE_PLAN_AND_REQUESTED_UPGRADE = (
            "pipeline-error-eleven-labs-blocked-free-plan-and-requested-upgrade"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_CONCURRENT_REQUESTS_AND_REQUESTED_UPGRADE = (
            "pipeline-error-eleven-labs-blocked-concurrent-requests-and-requested-upgrade"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_USING_INSTANT_VOICE_CLONE_AND_REQUESTED_UPGRADE = (
            "pipeline-error-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade"
        )
        PIPELINE_ERROR_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE = (
            "pipeline-error-eleven-labs-system-busy-and-requested-upgrade"
        )
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FINE_TUNED = "pipeline-error-eleven-labs-voice-not-fine-tuned"
        PIPELINE_ERROR_ELEVEN_LABS_INVALID_API_KEY = "pipeline-error-eleven-labs-invalid-api-key"
        PIPELINE_ERROR_ELEVEN_LABS_INVALID_VOICE_SAMPLES = "pipeline-error-eleven-labs-invalid-voice-samples"
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_DISABLED_BY_OWNER = "pipeline-error-eleven-labs-voice-disabled-by-owner"
        PIPELINE_ERROR_ELEVEN_LABS_VAPI_VOICE_DISABLED_BY_OWNER = (
            "pipeline-error-eleven-labs-vapi-voice-disabled-by-owner"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_ACCOUNT_IN_PROBATION = (
            "pipeline-error-eleven-labs-blocked-account-in-probation"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_CONTENT_AGAINST_THEIR_POLICY = (
            "pipeline-error-eleven-labs-blocked-content-against-their-policy"
        )
        PIPELINE_ERROR_ELEVEN_LABS_MISSING_SAMPLES_FOR_VOICE_CLONE = (
            "pipeline-error-eleven-labs-missing-samples-for-voice-clone"
        )
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FINE_TUNED_AND_CANNOT_BE_USED = (
            "pipeline-error-eleven-labs-voice-not-fine-tuned-and-cannot-be-used"
        )
        PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_ALLOWED_FOR_FREE_USERS = (
            "pipeline-error-eleven-labs-voice-not-allowed-for-free-users"
        )
        PIPELINE_ERROR_ELEVEN_LABS_MAX_CHARACTER_LIMIT_EXCEEDED = (
            "pipeline-error-eleven-labs-max-character-limit-exceeded"
        )
        PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_VOICE_POTENTIALLY_AGAINST_TERMS_OF_SERVICE_AND_AWAITING_VERIFICATION = (
            "pipeline-error-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification"
        )
        PIPELINE_ERROR_ELEVEN_LABS_500_SERVER_ERROR = "pipeline-error-eleven-labs-500-server-error"
        PIPELINE_ERROR_ELEVEN_LABS_503_SERVER_ERROR = "pipeline-error-eleven-labs-503-server-error"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FOUND = (
            "call.in-progress.error-vapifault-eleven-labs-voice-not-found"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_QUOTA_EXCEEDED = (
            "call.in-progress.error-vapifault-eleven-labs-quota-exceeded"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_UNAUTHORIZED_ACCESS = (
            "call.in-progress.error-vapifault-eleven-labs-unauthorized-access"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_UNAUTHORIZED_TO_ACCESS_MODEL = (
            "call.in-progress.error-vapifault-eleven-labs-unauthorized-to-access-model"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_PROFESSIONAL_VOICES_ONLY_FOR_CREATOR_PLUS = (
            "call.in-progress.error-vapifault-eleven-labs-professional-voices-only-for-creator-plus"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_FREE_PLAN_AND_REQUESTED_UPGRADE = (
            "call.in-progress.error-vapifault-eleven-labs-blocked-free-plan-and-requested-upgrade"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_CONCURRENT_REQUESTS_AND_REQUESTED_UPGRADE = (
            "call.in-progress.error-vapifault-eleven-labs-blocked-concurrent-requests-and-requested-upgrade"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_USING_INSTANT_VOICE_CLONE_AND_REQUESTED_UPGRADE = (
            "call.in-progress.error-vapifault-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE = (
            "call.in-progress.error-vapifault-eleven-labs-system-busy-and-requested-upgrade"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FINE_TUNED = (
            "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_INVALID_API_KEY = (
            "call.in-progress.error-vapifault-eleven-labs-invalid-api-key"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_INVALID_VOICE_SAMPLES = (
            "call.in-progress.error-vapifault-eleven-labs-invalid-voice-samples"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_DISABLED_BY_OWNER = (
            "call.in-progress.error-vapifault-eleven-labs-voice-disabled-by-owner"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_ACCOUNT_IN_PROBATION = (
            "call.in-progress.error-vapifault-eleven-labs-blocked-account-in-probation"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_CONTENT_AGAINST_THEIR_POLICY = (
            "call.in-progress.error-vapifault-eleven-labs-blocked-content-against-their-policy"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_MISSING_SAMPLES_FOR_VOICE_CLONE = (
            "call.in-progress.error-vapifault-eleven-labs-missing-samples-for-voice-clone"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FINE_TUNED_AND_CANNOT_BE_USED = (
            "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned-and-cannot-be-used"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_ALLOWED_FOR_FREE_USERS = (
            "call.in-progress.error-vapifault-eleven-labs-voice-not-allowed-for-free-users"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_MAX_CHARACTER_LIMIT_EXCEEDED = (
            "call.in-progress.error-vapifault-eleven-labs-max-character-limit-exceeded"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_VOICE_POTENTIALLY_AGAINST_TERMS_OF_SERVICE_AND_AWAITING_VERIFICATION = "call.in-progress.error-vapifault-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE = (
            "call.in-progress.error-providerfault-eleven-labs-system-busy-and-requested-upgrade"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_500_SERVER_ERROR = (
            "call.in-progress.error-providerfault-eleven-labs-500-server-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_503_SERVER_ERROR = (
            "call.in-progress.error-providerfault-eleven-labs-503-server-error"
        )
        PIPELINE_ERROR_PLAYHT_REQUEST_TIMED_OUT = "pipeline-error-playht-request-timed-out"
        PIPELINE_ERROR_PLAYHT_INVALID_VOICE = "pipeline-error-playht-invalid-voice"
        PIPELINE_ERROR_PLAYHT_UNEXPECTED_ERROR = "pipeline-error-playht-unexpected-error"
        PIPELINE_ERROR_PLAYHT_OUT_OF_CREDITS = "pipeline-error-playht-out-of-credits"
        PIPELINE_ERROR_PLAYHT_INVALID_EMOTION = "pipeline-error-playht-invalid-emotion"
        PIPELINE_ERROR_PLAYHT_VOICE_MUST_BE_A_VALID_VOICE_MANIFEST_URI = (
            "pipeline-error-playht-voice-must-be-a-valid-voice-manifest-uri"
        )
        PIPELINE_ERROR_PLAYHT_401_UNAUTHORIZED = "pipeline-error-playht-401-unauthorized"
        PIPELINE_ERROR_PLAYHT_403_FORBIDDEN_OUT_OF_CHARACTERS = "pipeline-error-playht-403-forbidden-out-of-characters"
        PIPELINE_ERROR_PLAYHT_403_FORBIDDEN_API_ACCESS_NOT_AVAILABLE = (
            "pipeline-error-playht-403-forbidden-api-access-not-available"
        )
        PIPELINE_ERROR_PLAYHT_429_EXCEEDED_QUOTA = "pipeline-error-playht-429-exceeded-quota"
        PIPELINE_ERROR_PLAYHT_502_GATEWAY_ERROR = "pipeline-error-playht-502-gateway-error"
        PIPELINE_ERROR_PLAYHT_504_GATEWAY_ERROR = "pipeline-error-playht-504-gateway-error"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_REQUEST_TIMED_OUT = (
            "call.in-progress.error-vapifault-playht-request-timed-out"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_INVALID_VOICE = "call.in-progress.error-vapifault-playht-invalid-voice"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_UNEXPECTED_ERROR = (
            "call.in-progress.error-vapifault-playht-unexpected-error"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_OUT_OF_CREDITS = (
            "call.in-progress.error-vapifault-playht-out-of-credits"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_INVALID_EMOTION = (
            "call.in-progress.error-vapifault-playht-invalid-emotion"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_VOICE_MUST_BE_A_VALID_VOICE_MANIFEST_URI = (
            "call.in-progress.error-vapifault-playht-voice-must-be-a-valid-voice-manifest-uri"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_401_UNAUTHORIZED = (
            "call.in-progress.error-vapifault-playht-401-unauthorized"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_403_FORBIDDEN_OUT_OF_CHARACTERS = (
            "call.in-progress.error-vapifault-playht-403-forbidden-out-of-characters"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_403_FORBIDDEN_API_ACCESS_NOT_AVAILABLE = (
            "call.in-progress.error-vapifault-playht-403-forbidden-api-access-not-available"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_429_EXCEEDED_QUOTA = (
            "call.in-progress.error-vapifault-playht-429-exceeded-quota"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PLAYHT_502_GATEWAY_ERROR = (
            "call.in-progress.error-providerfault-playht-502-gateway-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PLAYHT_504_GATEWAY_ERROR = (
            "call.in-progress.error-providerfault-playht-504-gateway-error"
        )
        PIPELINE_ERROR_CUSTOM_TRANSCRIBER_FAILED = "pipeline-error-custom-transcriber-failed"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_TRANSCRIBER_FAILED = (
            "call.in-progress.error-vapifault-custom-transcriber-failed"
        )
        PIPELINE_ERROR_DEEPGRAM_RETURNING_400_NO_SUCH_MODEL_LANGUAGE_TIER_COMBINATION = (
            "pipeline-error-deepgram-returning-400-no-such-model-language-tier-combination"
        )
        PIPELINE_ERROR_DEEPGRAM_RETURNING_401_INVALID_CREDENTIALS = (
            "pipeline-error-deepgram-returning-401-invalid-credentials"
        )
        PIPELINE_ERROR_DEEPGRAM_RETURNING_403_MODEL_ACCESS_DENIED = (
            "pipeline-error-deepgram-returning-403-model-access-denied"
        )
        PIPELINE_ERROR_DEEPGRAM_RETURNING_404_NOT_FOUND = "pipeline-error-deepgram-returning-404-not-found"
        PIPELINE_ERROR_DEEPGRAM_RETURNING_500_INVALID_JSON = "pipeline-error-deepgram-returning-500-invalid-json"
        PIPELINE_ERROR_DEEPGRAM_RETURNING_502_NETWORK_ERROR = "pipeline-error-deepgram-returning-502-network-error"
        PIPELINE_ERROR_DEEPGRAM_RETURNING_502_BAD_GATEWAY_EHOSTUNREACH = (
            "pipeline-error-deepgram-returning-502-bad-gateway-ehostunreach"
        )
        PIPELINE_ERROR_DEEPGRAM_RETURNING_ECONNRESET = "pipeline-error-deepgram-returning-econnreset"
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_400_NO_SUCH_MODEL_LANGUAGE_TIER_COMBINATION = (
            "call.in-progress.error-vapifault-deepgram-returning-400-no-such-model-language-tier-combination"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_401_INVALID_CREDENTIALS = (
            "call.in-progress.error-vapifault-deepgram-returning-401-invalid-credentials"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_404_NOT_FOUND = (
            "call.in-progress.error-vapifault-deepgram-returning-404-not-found"
        )
        CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_403_MODEL_ACCESS_DENIED = (
            "call.in-progress.error-vapifault-deepgram-returning-403-model-access-denied"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_500_INVALID_JSON = (
            "call.in-progress.error-providerfault-deepgram-returning-500-invalid-json"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_502_NETWORK_ERROR = (
            "call.in-progress.error-providerfault-deepgram-returning-502-network-error"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_502_BAD_GATEWAY_EHOSTUNREACH = (
            "call.in-progress.error-providerfault-deepgram-returning-502-bad-gateway-ehostunreach"
        )
        CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_MAX_DURATION = "call.in-progress.error-warm-transfer-max-duration"
        CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_ASSISTANT_CANCELLED = (
            "call.in-progress.error-warm-transfer-assistant-cancelled"
        )
        CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_SILENCE_TIMEOUT = "call.in-progress.error-warm-transfer-silence-timeout"
        CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_MICROPHONE_TIMEOUT = (
            "call.in-progress.error-warm-transfer-microphone-timeout"
        )
        ASSISTANT_ENDED_CALL = "assistant-ended-call"
        ASSISTANT_SAID_END_CALL_PHRASE = "assistant-said-end-call-phrase"
        ASSISTANT_ENDED_CALL_WITH_HANGUP_TASK = "assistant-ended-call-with-hangup-task"
        ASSISTANT_ENDED_CALL_AFTER_MESSAGE_SPOKEN = "assistant-ended-call-after-message-spoken"
        ASSISTANT_FORWARDED_CALL = "assistant-forwarded-call"
        ASSISTANT_JOIN_TIMED_OUT = "assistant-join-timed-out"
        CALL_IN_PROGRESS_ERROR_ASSISTANT_DID_NOT_RECEIVE_CUSTOMER_AUDIO = (
            "call.in-progress.error-assistant-did-not-receive-customer-audio"
        )
        CALL_IN_PROGRESS_ERROR_TRANSFER_FAILED = "call.in-progress.error-transfer-failed"
        CUSTOMER_BUSY = "customer-busy"
        CUSTOMER_ENDED_CALL = "customer-ended-call"
        CUSTOMER_ENDED_CALL_BEFORE_WARM_TRANSFER = "customer-ended-call-before-warm-transfer"
        CUSTOMER_ENDED_CALL_AFTER_WARM_TRANSFER_ATTEMPT = "customer-ended-call-after-warm-transfer-attempt"
        CUSTOMER_ENDED_CALL_DURING_TRANSFER = "customer-ended-call-during-transfer"
        CUSTOMER_DID_NOT_ANSWER = "customer-did-not-answer"
        CUSTOMER_DID_NOT_GIVE_MICROPHONE_PERMISSION = "customer-did-not-give-microphone-permission"
        EXCEEDED_MAX_DURATION = "exceeded-max-duration"
        MANUALLY_CANCELED = "manually-canceled"
        PHONE_CALL_PROVIDER_CLOSED_WEBSOCKET = "phone-call-provider-closed-websocket"
        CALL_FORWARDING_OPERATOR_BUSY = "call.forwarding.operator-busy"
        CALL_FORWARDING_NO_ANSWER = "call.forwarding.no-answer"
        SILENCE_TIMED_OUT = "silence-timed-out"
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_403_FORBIDDEN = (
            "call.in-progress.error-providerfault-outbound-sip-403-forbidden"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_407_PROXY_AUTHENTICATION_REQUIRED = (
            "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_408_REQUEST_TIMEOUT = (
            "call.in-progress.error-providerfault-outbound-sip-408-request-timeout"
        )
        CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_480_TEMPORARILY_UNAVAILABLE = (
            "call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable"
        )
        CALL_RINGING_HOOK_EXECUTED_SAY = "call.ringing.hook-executed-say"
        CALL_RINGING_HOOK_EXECUTED_TRANSFER = "call.ringing.hook-executed-transfer"
        CALL_ENDING_HOOK_EXECUTED_SAY = "call.ending.hook-executed-say"
        CALL_ENDING_HOOK_EXECUTED_TRANSFER = "call.ending.hook-executed-transfer"
        CALL_RINGING_SIP_INBOUND_CALLER_HUNGUP_BEFORE_CALL_CONNECT = (
            "call.ringing.sip-inbound-caller-hungup-before-call-connect"
        )
        TWILIO_FAILED_TO_CONNECT_CALL = "twilio-failed-to-connect-call"
        TWILIO_REPORTED_CUSTOMER_MISDIALED = "twilio-reported-customer-misdialed"
        VONAGE_REJECTED = "vonage-rejected"
        VOICEMAIL = "voicemail"
        CALL_DELETED = "call-deleted"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CallEndedReasonValues: TypeAlias = Literal[
    "call-start-error-neither-assistant-nor-server-set",
    "assistant-request-failed",
    "assistant-request-returned-error",
    "assistant-request-returned-unspeakable-error",
    "assistant-request-returned-invalid-assistant",
    "assistant-request-returned-no-assistant",
    "assistant-request-returned-forwarding-phone-number",
    "scheduled-call-deleted",
    "call.start.error-vapifault-get-org",
    "call.start.error-vapifault-get-subscription",
    "call.start.error-get-assistant",
    "call.start.error-get-phone-number",
    "call.start.error-get-customer",
    "call.start.error-get-resources-validation",
    "call.start.error-vapi-number-international",
    "call.start.error-vapi-number-outbound-daily-limit",
    "call.start.error-get-transport",
    "call.start.error-subscription-wallet-does-not-exist",
    "call.start.error-fraud-check-failed",
    "call.start.error-subscription-frozen",
    "call.start.error-subscription-insufficient-credits",
    "call.start.error-subscription-upgrade-failed",
    "call.start.error-subscription-concurrency-limit-reached",
    "call.start.error-enterprise-feature-not-available-recording-consent",
    "call.start.assistant-version-error-validation",
    "assistant-not-valid",
    "call.start.error-vapifault-database-error",
    "assistant-not-found",
    "pipeline-error-openai-voice-failed",
    "pipeline-error-cartesia-voice-failed",
    "pipeline-error-deepgram-voice-failed",
    "pipeline-error-eleven-labs-voice-failed",
    "pipeline-error-playht-voice-failed",
    "pipeline-error-lmnt-voice-failed",
    "pipeline-error-azure-voice-failed",
    "pipeline-error-rime-ai-voice-failed",
    "pipeline-error-smallest-ai-voice-failed",
    "pipeline-error-vapi-voice-failed",
    "pipeline-error-neuphonic-voice-failed",
    "pipeline-error-hume-voice-failed",
    "pipeline-error-sesame-voice-failed",
    "pipeline-error-inworld-voice-failed",
    "pipeline-error-minimax-voice-failed",
    "pipeline-error-wellsaid-voice-failed",
    "pipeline-error-xai-voice-failed",
    "pipeline-error-microsoft-voice-failed",
    "pipeline-error-microsoft-voice-request-canceled",
    "pipeline-error-tavus-video-failed",
    "call.in-progress.error-vapifault-openai-voice-failed",
    "call.in-progress.error-vapifault-cartesia-voice-failed",
    "call.in-progress.error-vapifault-deepgram-voice-failed",
    "call.in-progress.error-vapifault-eleven-labs-voice-failed",
    "call.in-progress.error-vapifault-playht-voice-failed",
    "call.in-progress.error-vapifault-lmnt-voice-failed",
    "call.in-progress.error-vapifault-azure-voice-failed",
    "call.in-progress.error-vapifault-rime-ai-voice-failed",
    "call.in-progress.error-vapifault-smallest-ai-voice-failed",
    "call.in-progress.error-vapifault-vapi-voice-failed",
    "call.in-progress.error-vapifault-neuphonic-voice-failed",
    "call.in-progress.error-vapifault-hume-voice-failed",
    "call.in-progress.error-vapifault-sesame-voice-failed",
    "call.in-progress.error-vapifault-inworld-voice-failed",
    "call.in-progress.error-vapifault-minimax-voice-failed",
    "call.in-progress.error-vapifault-wellsaid-voice-failed",
    "call.in-progress.error-vapifault-xai-voice-failed",
    "call.in-progress.error-vapifault-microsoft-voice-failed",
    "call.in-progress.error-vapifault-tavus-video-failed",
    "pipeline-error-vapi-llm-failed",
    "pipeline-error-vapi-400-bad-request-validation-failed",
    "pipeline-error-vapi-401-unauthorized",
    "pipeline-error-vapi-403-model-access-denied",
    "pipeline-error-vapi-429-exceeded-quota",
    "pipeline-error-vapi-500-server-error",
    "pipeline-error-vapi-503-server-overloaded-error",
    "call.in-progress.error-providerfault-vapi-llm-failed",
    "call.in-progress.error-vapifault-vapi-llm-failed",
    "call.in-progress.error-vapifault-vapi-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-vapi-401-unauthorized",
    "call.in-progress.error-vapifault-vapi-403-model-access-denied",
    "call.in-progress.error-vapifault-vapi-429-exceeded-quota",
    "call.in-progress.error-providerfault-vapi-500-server-error",
    "call.in-progress.error-providerfault-vapi-503-server-overloaded-error",
    "pipeline-error-vapi-transcriber-failed",
    "call.in-progress.error-vapifault-vapi-transcriber-failed",
    "call.in-progress.error-providerfault-vapi-transcriber-failed",
    "call.in-progress.error-providerfault-vapi-voice-failed",
    "pipeline-error-deepgram-transcriber-failed",
    "pipeline-error-deepgram-transcriber-api-key-missing",
    "call.in-progress.error-vapifault-deepgram-transcriber-failed",
    "pipeline-error-gladia-transcriber-failed",
    "call.in-progress.error-vapifault-gladia-transcriber-failed",
    "pipeline-error-speechmatics-transcriber-failed",
    "call.in-progress.error-vapifault-speechmatics-transcriber-failed",
    "pipeline-error-assembly-ai-transcriber-failed",
    "pipeline-error-assembly-ai-returning-400-insufficent-funds",
    "pipeline-error-assembly-ai-returning-400-paid-only-feature",
    "pipeline-error-assembly-ai-returning-401-invalid-credentials",
    "pipeline-error-assembly-ai-returning-500-invalid-schema",
    "pipeline-error-assembly-ai-returning-500-word-boost-parsing-failed",
    "call.in-progress.error-vapifault-assembly-ai-transcriber-failed",
    "call.in-progress.error-vapifault-assembly-ai-returning-400-insufficent-funds",
    "call.in-progress.error-vapifault-assembly-ai-returning-400-paid-only-feature",
    "call.in-progress.error-vapifault-assembly-ai-returning-401-invalid-credentials",
    "call.in-progress.error-vapifault-assembly-ai-returning-500-invalid-schema",
    "call.in-progress.error-vapifault-assembly-ai-returning-500-word-boost-parsing-failed",
    "pipeline-error-talkscriber-transcriber-failed",
    "call.in-progress.error-vapifault-talkscriber-transcriber-failed",
    "pipeline-error-azure-speech-transcriber-failed",
    "call.in-progress.error-vapifault-azure-speech-transcriber-failed",
    "pipeline-error-eleven-labs-transcriber-failed",
    "call.in-progress.error-vapifault-eleven-labs-transcriber-failed",
    "pipeline-error-google-transcriber-failed",
    "call.in-progress.error-vapifault-google-transcriber-failed",
    "pipeline-error-openai-transcriber-failed",
    "call.in-progress.error-vapifault-openai-transcriber-failed",
    "pipeline-error-soniox-transcriber-auth-failed",
    "pipeline-error-soniox-transcriber-rate-limited",
    "pipeline-error-soniox-transcriber-invalid-config",
    "pipeline-error-soniox-transcriber-server-error",
    "pipeline-error-soniox-transcriber-failed",
    "call.in-progress.error-vapifault-soniox-transcriber-auth-failed",
    "call.in-progress.error-vapifault-soniox-transcriber-rate-limited",
    "call.in-progress.error-vapifault-soniox-transcriber-invalid-config",
    "call.in-progress.error-vapifault-soniox-transcriber-server-error",
    "call.in-progress.error-vapifault-soniox-transcriber-failed",
    "pipeline-error-xai-transcriber-auth-failed",
    "pipeline-error-xai-transcriber-rate-limited",
    "pipeline-error-xai-transcriber-invalid-config",
    "pipeline-error-xai-transcriber-server-error",
    "pipeline-error-xai-transcriber-failed",
    "call.in-progress.error-vapifault-xai-transcriber-auth-failed",
    "call.in-progress.error-vapifault-xai-transcriber-rate-limited",
    "call.in-progress.error-vapifault-xai-transcriber-invalid-config",
    "call.in-progress.error-vapifault-xai-transcriber-server-error",
    "call.in-progress.error-vapifault-xai-transcriber-failed",
    "pipeline-error-cartesia-transcriber-failed",
    "call.in-progress.error-vapifault-cartesia-transcriber-failed",
    "call.in-progress.error-pipeline-no-available-llm-model",
    "worker-shutdown",
    "vonage-disconnected",
    "vonage-failed-to-connect-call",
    "vonage-completed",
    "phone-call-provider-bypass-enabled-but-no-call-received",
    "call.in-progress.error-providerfault-transport-never-connected",
    "call.in-progress.error-vapifault-worker-not-available",
    "call.in-progress.error-vapifault-transport-never-connected",
    "call.in-progress.error-vapifault-transport-connected-but-call-not-active",
    "call.in-progress.error-vapifault-call-started-but-connection-to-transport-missing",
    "call.in-progress.error-vapifault-worker-died",
    "call.in-progress.twilio-completed-call",
    "call.in-progress.sip-completed-call",
    "call.in-progress.error-sip-inbound-call-failed-to-connect",
    "call.in-progress.error-providerfault-outbound-sip-503-service-unavailable",
    "call.in-progress.error-sip-outbound-call-failed-to-connect",
    "call.ringing.error-sip-inbound-call-failed-to-connect",
    "call.in-progress.error-providerfault-openai-llm-failed",
    "call.in-progress.error-providerfault-azure-openai-llm-failed",
    "call.in-progress.error-providerfault-groq-llm-failed",
    "call.in-progress.error-providerfault-google-llm-failed",
    "call.in-progress.error-providerfault-xai-llm-failed",
    "call.in-progress.error-providerfault-mistral-llm-failed",
    "call.in-progress.error-providerfault-minimax-llm-failed",
    "call.in-progress.error-providerfault-inflection-ai-llm-failed",
    "call.in-progress.error-providerfault-cerebras-llm-failed",
    "call.in-progress.error-providerfault-deep-seek-llm-failed",
    "call.in-progress.error-providerfault-baseten-llm-failed",
    "call.in-progress.error-vapifault-chat-pipeline-failed-to-start",
    "pipeline-error-openai-400-bad-request-validation-failed",
    "pipeline-error-openai-401-unauthorized",
    "pipeline-error-openai-401-incorrect-api-key",
    "pipeline-error-openai-401-account-not-in-organization",
    "pipeline-error-openai-403-model-access-denied",
    "pipeline-error-openai-429-exceeded-quota",
    "pipeline-error-openai-429-rate-limit-reached",
    "pipeline-error-openai-500-server-error",
    "pipeline-error-openai-503-server-overloaded-error",
    "pipeline-error-openai-llm-failed",
    "call.in-progress.error-vapifault-openai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-openai-401-unauthorized",
    "call.in-progress.error-vapifault-openai-401-incorrect-api-key",
    "call.in-progress.error-vapifault-openai-401-account-not-in-organization",
    "call.in-progress.error-vapifault-openai-403-model-access-denied",
    "call.in-progress.error-vapifault-openai-429-exceeded-quota",
    "call.in-progress.error-vapifault-openai-429-rate-limit-reached",
    "call.in-progress.error-providerfault-openai-500-server-error",
    "call.in-progress.error-providerfault-openai-503-server-overloaded-error",
    "pipeline-error-azure-openai-400-bad-request-validation-failed",
    "pipeline-error-azure-openai-401-unauthorized",
    "pipeline-error-azure-openai-403-model-access-denied",
    "pipeline-error-azure-openai-429-exceeded-quota",
    "pipeline-error-azure-openai-500-server-error",
    "pipeline-error-azure-openai-503-server-overloaded-error",
    "pipeline-error-azure-openai-llm-failed",
    "call.in-progress.error-vapifault-azure-openai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-azure-openai-401-unauthorized",
    "call.in-progress.error-vapifault-azure-openai-403-model-access-denied",
    "call.in-progress.error-vapifault-azure-openai-429-exceeded-quota",
    "call.in-progress.error-providerfault-azure-openai-500-server-error",
    "call.in-progress.error-providerfault-azure-openai-503-server-overloaded-error",
    "pipeline-error-google-400-bad-request-validation-failed",
    "pipeline-error-google-401-unauthorized",
    "pipeline-error-google-403-model-access-denied",
    "pipeline-error-google-429-exceeded-quota",
    "pipeline-error-google-500-server-error",
    "pipeline-error-google-503-server-overloaded-error",
    "pipeline-error-google-llm-failed",
    "call.in-progress.error-vapifault-google-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-google-401-unauthorized",
    "call.in-progress.error-vapifault-google-403-model-access-denied",
    "call.in-progress.error-vapifault-google-429-exceeded-quota",
    "call.in-progress.error-providerfault-google-500-server-error",
    "call.in-progress.error-providerfault-google-503-server-overloaded-error",
    "pipeline-error-xai-400-bad-request-validation-failed",
    "pipeline-error-xai-401-unauthorized",
    "pipeline-error-xai-403-model-access-denied",
    "pipeline-error-xai-429-exceeded-quota",
    "pipeline-error-xai-500-server-error",
    "pipeline-error-xai-503-server-overloaded-error",
    "pipeline-error-xai-llm-failed",
    "call.in-progress.error-vapifault-xai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-xai-401-unauthorized",
    "call.in-progress.error-vapifault-xai-403-model-access-denied",
    "call.in-progress.error-vapifault-xai-429-exceeded-quota",
    "call.in-progress.error-providerfault-xai-500-server-error",
    "call.in-progress.error-providerfault-xai-503-server-overloaded-error",
    "pipeline-error-baseten-400-bad-request-validation-failed",
    "pipeline-error-baseten-401-unauthorized",
    "pipeline-error-baseten-403-model-access-denied",
    "pipeline-error-baseten-429-exceeded-quota",
    "pipeline-error-baseten-500-server-error",
    "pipeline-error-baseten-503-server-overloaded-error",
    "pipeline-error-baseten-llm-failed",
    "call.in-progress.error-vapifault-baseten-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-baseten-401-unauthorized",
    "call.in-progress.error-vapifault-baseten-403-model-access-denied",
    "call.in-progress.error-vapifault-baseten-429-exceeded-quota",
    "call.in-progress.error-providerfault-baseten-500-server-error",
    "call.in-progress.error-providerfault-baseten-503-server-overloaded-error",
    "pipeline-error-mistral-400-bad-request-validation-failed",
    "pipeline-error-mistral-401-unauthorized",
    "pipeline-error-mistral-403-model-access-denied",
    "pipeline-error-mistral-429-exceeded-quota",
    "pipeline-error-mistral-500-server-error",
    "pipeline-error-mistral-503-server-overloaded-error",
    "pipeline-error-mistral-llm-failed",
    "call.in-progress.error-vapifault-mistral-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-mistral-401-unauthorized",
    "call.in-progress.error-vapifault-mistral-403-model-access-denied",
    "call.in-progress.error-vapifault-mistral-429-exceeded-quota",
    "call.in-progress.error-providerfault-mistral-500-server-error",
    "call.in-progress.error-providerfault-mistral-503-server-overloaded-error",
    "pipeline-error-minimax-400-bad-request-validation-failed",
    "pipeline-error-minimax-401-unauthorized",
    "pipeline-error-minimax-403-model-access-denied",
    "pipeline-error-minimax-429-exceeded-quota",
    "pipeline-error-minimax-500-server-error",
    "pipeline-error-minimax-503-server-overloaded-error",
    "pipeline-error-minimax-llm-failed",
    "call.in-progress.error-vapifault-minimax-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-minimax-401-unauthorized",
    "call.in-progress.error-vapifault-minimax-403-model-access-denied",
    "call.in-progress.error-vapifault-minimax-429-exceeded-quota",
    "call.in-progress.error-providerfault-minimax-500-server-error",
    "call.in-progress.error-providerfault-minimax-503-server-overloaded-error",
    "pipeline-error-inflection-ai-400-bad-request-validation-failed",
    "pipeline-error-inflection-ai-401-unauthorized",
    "pipeline-error-inflection-ai-403-model-access-denied",
    "pipeline-error-inflection-ai-429-exceeded-quota",
    "pipeline-error-inflection-ai-500-server-error",
    "pipeline-error-inflection-ai-503-server-overloaded-error",
    "pipeline-error-inflection-ai-llm-failed",
    "call.in-progress.error-vapifault-inflection-ai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-inflection-ai-401-unauthorized",
    "call.in-progress.error-vapifault-inflection-ai-403-model-access-denied",
    "call.in-progress.error-vapifault-inflection-ai-429-exceeded-quota",
    "call.in-progress.error-providerfault-inflection-ai-500-server-error",
    "call.in-progress.error-providerfault-inflection-ai-503-server-overloaded-error",
    "pipeline-error-deep-seek-400-bad-request-validation-failed",
    "pipeline-error-deep-seek-401-unauthorized",
    "pipeline-error-deep-seek-403-model-access-denied",
    "pipeline-error-deep-seek-429-exceeded-quota",
    "pipeline-error-deep-seek-500-server-error",
    "pipeline-error-deep-seek-503-server-overloaded-error",
    "pipeline-error-deep-seek-llm-failed",
    "call.in-progress.error-vapifault-deep-seek-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-deep-seek-401-unauthorized",
    "call.in-progress.error-vapifault-deep-seek-403-model-access-denied",
    "call.in-progress.error-vapifault-deep-seek-429-exceeded-quota",
    "call.in-progress.error-providerfault-deep-seek-500-server-error",
    "call.in-progress.error-providerfault-deep-seek-503-server-overloaded-error",
    "pipeline-error-groq-400-bad-request-validation-failed",
    "pipeline-error-groq-401-unauthorized",
    "pipeline-error-groq-403-model-access-denied",
    "pipeline-error-groq-429-exceeded-quota",
    "pipeline-error-groq-500-server-error",
    "pipeline-error-groq-503-server-overloaded-error",
    "pipeline-error-groq-llm-failed",
    "call.in-progress.error-vapifault-groq-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-groq-401-unauthorized",
    "call.in-progress.error-vapifault-groq-403-model-access-denied",
    "call.in-progress.error-vapifault-groq-429-exceeded-quota",
    "call.in-progress.error-providerfault-groq-500-server-error",
    "call.in-progress.error-providerfault-groq-503-server-overloaded-error",
    "pipeline-error-cerebras-400-bad-request-validation-failed",
    "pipeline-error-cerebras-401-unauthorized",
    "pipeline-error-cerebras-403-model-access-denied",
    "pipeline-error-cerebras-429-exceeded-quota",
    "pipeline-error-cerebras-500-server-error",
    "pipeline-error-cerebras-503-server-overloaded-error",
    "pipeline-error-cerebras-llm-failed",
    "call.in-progress.error-vapifault-cerebras-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-cerebras-401-unauthorized",
    "call.in-progress.error-vapifault-cerebras-403-model-access-denied",
    "call.in-progress.error-vapifault-cerebras-429-exceeded-quota",
    "call.in-progress.error-providerfault-cerebras-500-server-error",
    "call.in-progress.error-providerfault-cerebras-503-server-overloaded-error",
    "pipeline-error-anthropic-400-bad-request-validation-failed",
    "pipeline-error-anthropic-401-unauthorized",
    "pipeline-error-anthropic-403-model-access-denied",
    "pipeline-error-anthropic-429-exceeded-quota",
    "pipeline-error-anthropic-500-server-error",
    "pipeline-error-anthropic-503-server-overloaded-error",
    "pipeline-error-anthropic-llm-failed",
    "call.in-progress.error-providerfault-anthropic-llm-failed",
    "call.in-progress.error-vapifault-anthropic-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-anthropic-401-unauthorized",
    "call.in-progress.error-vapifault-anthropic-403-model-access-denied",
    "call.in-progress.error-vapifault-anthropic-429-exceeded-quota",
    "call.in-progress.error-providerfault-anthropic-500-server-error",
    "call.in-progress.error-providerfault-anthropic-503-server-overloaded-error",
    "pipeline-error-anthropic-bedrock-400-bad-request-validation-failed",
    "pipeline-error-anthropic-bedrock-401-unauthorized",
    "pipeline-error-anthropic-bedrock-403-model-access-denied",
    "pipeline-error-anthropic-bedrock-429-exceeded-quota",
    "pipeline-error-anthropic-bedrock-500-server-error",
    "pipeline-error-anthropic-bedrock-503-server-overloaded-error",
    "pipeline-error-anthropic-bedrock-llm-failed",
    "call.in-progress.error-providerfault-anthropic-bedrock-llm-failed",
    "call.in-progress.error-vapifault-anthropic-bedrock-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-anthropic-bedrock-401-unauthorized",
    "call.in-progress.error-vapifault-anthropic-bedrock-403-model-access-denied",
    "call.in-progress.error-vapifault-anthropic-bedrock-429-exceeded-quota",
    "call.in-progress.error-providerfault-anthropic-bedrock-500-server-error",
    "call.in-progress.error-providerfault-anthropic-bedrock-503-server-overloaded-error",
    "pipeline-error-anthropic-vertex-400-bad-request-validation-failed",
    "pipeline-error-anthropic-vertex-401-unauthorized",
    "pipeline-error-anthropic-vertex-403-model-access-denied",
    "pipeline-error-anthropic-vertex-429-exceeded-quota",
    "pipeline-error-anthropic-vertex-500-server-error",
    "pipeline-error-anthropic-vertex-503-server-overloaded-error",
    "pipeline-error-anthropic-vertex-llm-failed",
    "call.in-progress.error-providerfault-anthropic-vertex-llm-failed",
    "call.in-progress.error-vapifault-anthropic-vertex-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-anthropic-vertex-401-unauthorized",
    "call.in-progress.error-vapifault-anthropic-vertex-403-model-access-denied",
    "call.in-progress.error-vapifault-anthropic-vertex-429-exceeded-quota",
    "call.in-progress.error-providerfault-anthropic-vertex-500-server-error",
    "call.in-progress.error-providerfault-anthropic-vertex-503-server-overloaded-error",
    "pipeline-error-together-ai-400-bad-request-validation-failed",
    "pipeline-error-together-ai-401-unauthorized",
    "pipeline-error-together-ai-403-model-access-denied",
    "pipeline-error-together-ai-429-exceeded-quota",
    "pipeline-error-together-ai-500-server-error",
    "pipeline-error-together-ai-503-server-overloaded-error",
    "pipeline-error-together-ai-llm-failed",
    "call.in-progress.error-providerfault-together-ai-llm-failed",
    "call.in-progress.error-vapifault-together-ai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-together-ai-401-unauthorized",
    "call.in-progress.error-vapifault-together-ai-403-model-access-denied",
    "call.in-progress.error-vapifault-together-ai-429-exceeded-quota",
    "call.in-progress.error-providerfault-together-ai-500-server-error",
    "call.in-progress.error-providerfault-together-ai-503-server-overloaded-error",
    "pipeline-error-anyscale-400-bad-request-validation-failed",
    "pipeline-error-anyscale-401-unauthorized",
    "pipeline-error-anyscale-403-model-access-denied",
    "pipeline-error-anyscale-429-exceeded-quota",
    "pipeline-error-anyscale-500-server-error",
    "pipeline-error-anyscale-503-server-overloaded-error",
    "pipeline-error-anyscale-llm-failed",
    "call.in-progress.error-providerfault-anyscale-llm-failed",
    "call.in-progress.error-vapifault-anyscale-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-anyscale-401-unauthorized",
    "call.in-progress.error-vapifault-anyscale-403-model-access-denied",
    "call.in-progress.error-vapifault-anyscale-429-exceeded-quota",
    "call.in-progress.error-providerfault-anyscale-500-server-error",
    "call.in-progress.error-providerfault-anyscale-503-server-overloaded-error",
    "pipeline-error-openrouter-400-bad-request-validation-failed",
    "pipeline-error-openrouter-401-unauthorized",
    "pipeline-error-openrouter-403-model-access-denied",
    "pipeline-error-openrouter-429-exceeded-quota",
    "pipeline-error-openrouter-500-server-error",
    "pipeline-error-openrouter-503-server-overloaded-error",
    "pipeline-error-openrouter-llm-failed",
    "call.in-progress.error-providerfault-openrouter-llm-failed",
    "call.in-progress.error-vapifault-openrouter-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-openrouter-401-unauthorized",
    "call.in-progress.error-vapifault-openrouter-403-model-access-denied",
    "call.in-progress.error-vapifault-openrouter-429-exceeded-quota",
    "call.in-progress.error-providerfault-openrouter-500-server-error",
    "call.in-progress.error-providerfault-openrouter-503-server-overloaded-error",
    "pipeline-error-perplexity-ai-400-bad-request-validation-failed",
    "pipeline-error-perplexity-ai-401-unauthorized",
    "pipeline-error-perplexity-ai-403-model-access-denied",
    "pipeline-error-perplexity-ai-429-exceeded-quota",
    "pipeline-error-perplexity-ai-500-server-error",
    "pipeline-error-perplexity-ai-503-server-overloaded-error",
    "pipeline-error-perplexity-ai-llm-failed",
    "call.in-progress.error-providerfault-perplexity-ai-llm-failed",
    "call.in-progress.error-vapifault-perplexity-ai-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-perplexity-ai-401-unauthorized",
    "call.in-progress.error-vapifault-perplexity-ai-403-model-access-denied",
    "call.in-progress.error-vapifault-perplexity-ai-429-exceeded-quota",
    "call.in-progress.error-providerfault-perplexity-ai-500-server-error",
    "call.in-progress.error-providerfault-perplexity-ai-503-server-overloaded-error",
    "pipeline-error-deepinfra-400-bad-request-validation-failed",
    "pipeline-error-deepinfra-401-unauthorized",
    "pipeline-error-deepinfra-403-model-access-denied",
    "pipeline-error-deepinfra-429-exceeded-quota",
    "pipeline-error-deepinfra-500-server-error",
    "pipeline-error-deepinfra-503-server-overloaded-error",
    "pipeline-error-deepinfra-llm-failed",
    "call.in-progress.error-providerfault-deepinfra-llm-failed",
    "call.in-progress.error-vapifault-deepinfra-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-deepinfra-401-unauthorized",
    "call.in-progress.error-vapifault-deepinfra-403-model-access-denied",
    "call.in-progress.error-vapifault-deepinfra-429-exceeded-quota",
    "call.in-progress.error-providerfault-deepinfra-500-server-error",
    "call.in-progress.error-providerfault-deepinfra-503-server-overloaded-error",
    "pipeline-error-runpod-400-bad-request-validation-failed",
    "pipeline-error-runpod-401-unauthorized",
    "pipeline-error-runpod-403-model-access-denied",
    "pipeline-error-runpod-429-exceeded-quota",
    "pipeline-error-runpod-500-server-error",
    "pipeline-error-runpod-503-server-overloaded-error",
    "pipeline-error-runpod-llm-failed",
    "call.in-progress.error-providerfault-runpod-llm-failed",
    "call.in-progress.error-vapifault-runpod-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-runpod-401-unauthorized",
    "call.in-progress.error-vapifault-runpod-403-model-access-denied",
    "call.in-progress.error-vapifault-runpod-429-exceeded-quota",
    "call.in-progress.error-providerfault-runpod-500-server-error",
    "call.in-progress.error-providerfault-runpod-503-server-overloaded-error",
    "pipeline-error-custom-llm-400-bad-request-validation-failed",
    "pipeline-error-custom-llm-401-unauthorized",
    "pipeline-error-custom-llm-403-model-access-denied",
    "pipeline-error-custom-llm-429-exceeded-quota",
    "pipeline-error-custom-llm-500-server-error",
    "pipeline-error-custom-llm-503-server-overloaded-error",
    "pipeline-error-custom-llm-llm-failed",
    "call.in-progress.error-providerfault-custom-llm-llm-failed",
    "call.in-progress.error-vapifault-custom-llm-400-bad-request-validation-failed",
    "call.in-progress.error-vapifault-custom-llm-401-unauthorized",
    "call.in-progress.error-vapifault-custom-llm-403-model-access-denied",
    "call.in-progress.error-vapifault-custom-llm-429-exceeded-quota",
    "call.in-progress.error-providerfault-custom-llm-500-server-error",
    "call.in-progress.error-providerfault-custom-llm-503-server-overloaded-error",
    "call.in-progress.error-pipeline-ws-model-connection-failed",
    "pipeline-error-custom-voice-failed",
    "pipeline-error-cartesia-socket-hang-up",
    "pipeline-error-cartesia-requested-payment",
    "pipeline-error-cartesia-500-server-error",
    "pipeline-error-cartesia-502-server-error",
    "pipeline-error-cartesia-503-server-error",
    "pipeline-error-cartesia-522-server-error",
    "call.in-progress.error-vapifault-cartesia-socket-hang-up",
    "call.in-progress.error-vapifault-cartesia-requested-payment",
    "call.in-progress.error-providerfault-cartesia-500-server-error",
    "call.in-progress.error-providerfault-cartesia-503-server-error",
    "call.in-progress.error-providerfault-cartesia-522-server-error",
    "pipeline-error-eleven-labs-voice-not-found",
    "pipeline-error-eleven-labs-quota-exceeded",
    "pipeline-error-eleven-labs-unauthorized-access",
    "pipeline-error-eleven-labs-unauthorized-to-access-model",
    "pipeline-error-eleven-labs-professional-voices-only-for-creator-plus",
    "pipeline-error-eleven-labs-blocked-free-plan-and-requested-upgrade",
    "pipeline-error-eleven-labs-blocked-concurrent-requests-and-requested-upgrade",
    "pipeline-error-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade",
    "pipeline-error-eleven-labs-system-busy-and-requested-upgrade",
    "pipeline-error-eleven-labs-voice-not-fine-tuned",
    "pipeline-error-eleven-labs-invalid-api-key",
    "pipeline-error-eleven-labs-invalid-voice-samples",
    "pipeline-error-eleven-labs-voice-disabled-by-owner",
    "pipeline-error-eleven-labs-vapi-voice-disabled-by-owner",
    "pipeline-error-eleven-labs-blocked-account-in-probation",
    "pipeline-error-eleven-labs-blocked-content-against-their-policy",
    "pipeline-error-eleven-labs-missing-samples-for-voice-clone",
    "pipeline-error-eleven-labs-voice-not-fine-tuned-and-cannot-be-used",
    "pipeline-error-eleven-labs-voice-not-allowed-for-free-users",
    "pipeline-error-eleven-labs-max-character-limit-exceeded",
    "pipeline-error-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification",
    "pipeline-error-eleven-labs-500-server-error",
    "pipeline-error-eleven-labs-503-server-error",
    "call.in-progress.error-vapifault-eleven-labs-voice-not-found",
    "call.in-progress.error-vapifault-eleven-labs-quota-exceeded",
    "call.in-progress.error-vapifault-eleven-labs-unauthorized-access",
    "call.in-progress.error-vapifault-eleven-labs-unauthorized-to-access-model",
    "call.in-progress.error-vapifault-eleven-labs-professional-voices-only-for-creator-plus",
    "call.in-progress.error-vapifault-eleven-labs-blocked-free-plan-and-requested-upgrade",
    "call.in-progress.error-vapifault-eleven-labs-blocked-concurrent-requests-and-requested-upgrade",
    "call.in-progress.error-vapifault-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade",
    "call.in-progress.error-vapifault-eleven-labs-system-busy-and-requested-upgrade",
    "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned",
    "call.in-progress.error-vapifault-eleven-labs-invalid-api-key",
    "call.in-progress.error-vapifault-eleven-labs-invalid-voice-samples",
    "call.in-progress.error-vapifault-eleven-labs-voice-disabled-by-owner",
    "call.in-progress.error-vapifault-eleven-labs-blocked-account-in-probation",
    "call.in-progress.error-vapifault-eleven-labs-blocked-content-against-their-policy",
    "call.in-progress.error-vapifault-eleven-labs-missing-samples-for-voice-clone",
    "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned-and-cannot-be-used",
    "call.in-progress.error-vapifault-eleven-labs-voice-not-allowed-for-free-users",
    "call.in-progress.error-vapifault-eleven-labs-max-character-limit-exceeded",
    "call.in-progress.error-vapifault-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification",
    "call.in-progress.error-providerfault-eleven-labs-system-busy-and-requested-upgrade",
    "call.in-progress.error-providerfault-eleven-labs-500-server-error",
    "call.in-progress.error-providerfault-eleven-labs-503-server-error",
    "pipeline-error-playht-request-timed-out",
    "pipeline-error-playht-invalid-voice",
    "pipeline-error-playht-unexpected-error",
    "pipeline-error-playht-out-of-credits",
    "pipeline-error-playht-invalid-emotion",
    "pipeline-error-playht-voice-must-be-a-valid-voice-manifest-uri",
    "pipeline-error-playht-401-unauthorized",
    "pipeline-error-playht-403-forbidden-out-of-characters",
    "pipeline-error-playht-403-forbidden-api-access-not-available",
    "pipeline-error-playht-429-exceeded-quota",
    "pipeline-error-playht-502-gateway-error",
    "pipeline-error-playht-504-gateway-error",
    "call.in-progress.error-vapifault-playht-request-timed-out",
    "call.in-progress.error-vapifault-playht-invalid-voice",
    "call.in-progress.error-vapifault-playht-unexpected-error",
    "call.in-progress.error-vapifault-playht-out-of-credits",
    "call.in-progress.error-vapifault-playht-invalid-emotion",
    "call.in-progress.error-vapifault-playht-voice-must-be-a-valid-voice-manifest-uri",
    "call.in-progress.error-vapifault-playht-401-unauthorized",
    "call.in-progress.error-vapifault-playht-403-forbidden-out-of-characters",
    "call.in-progress.error-vapifault-playht-403-forbidden-api-access-not-available",
    "call.in-progress.error-vapifault-playht-429-exceeded-quota",
    "call.in-progress.error-providerfault-playht-502-gateway-error",
    "call.in-progress.error-providerfault-playht-504-gateway-error",
    "pipeline-error-custom-transcriber-failed",
    "call.in-progress.error-vapifault-custom-transcriber-failed",
    "pipeline-error-deepgram-returning-400-no-such-model-language-tier-combination",
    "pipeline-error-deepgram-returning-401-invalid-credentials",
    "pipeline-error-deepgram-returning-403-model-access-denied",
    "pipeline-error-deepgram-returning-404-not-found",
    "pipeline-error-deepgram-returning-500-invalid-json",
    "pipeline-error-deepgram-returning-502-network-error",
    "pipeline-error-deepgram-returning-502-bad-gateway-ehostunreach",
    "pipeline-error-deepgram-returning-econnreset",
    "call.in-progress.error-vapifault-deepgram-returning-400-no-such-model-language-tier-combination",
    "call.in-progress.error-vapifault-deepgram-returning-401-invalid-credentials",
    "call.in-progress.error-vapifault-deepgram-returning-404-not-found",
    "call.in-progress.error-vapifault-deepgram-returning-403-model-access-denied",
    "call.in-progress.error-providerfault-deepgram-returning-500-invalid-json",
    "call.in-progress.error-providerfault-deepgram-returning-502-network-error",
    "call.in-progress.error-providerfault-deepgram-returning-502-bad-gateway-ehostunreach",
    "call.in-progress.error-warm-transfer-max-duration",
    "call.in-progress.error-warm-transfer-assistant-cancelled",
    "call.in-progress.error-warm-transfer-silence-timeout",
    "call.in-progress.error-warm-transfer-microphone-timeout",
    "assistant-ended-call",
    "assistant-said-end-call-phrase",
    "assistant-ended-call-with-hangup-task",
    "assistant-ended-call-after-message-spoken",
    "assistant-forwarded-call",
    "assistant-join-timed-out",
    "call.in-progress.error-assistant-did-not-receive-customer-audio",
    "call.in-progress.error-transfer-failed",
    "customer-busy",
    "customer-ended-call",
    "customer-ended-call-before-warm-transfer",
    "customer-ended-call-after-warm-transfer-attempt",
    "customer-ended-call-during-transfer",
    "customer-did-not-answer",
    "customer-did-not-give-microphone-permission",
    "exceeded-max-duration",
    "manually-canceled",
    "phone-call-provider-closed-websocket",
    "call.forwarding.operator-busy",
    "call.forwarding.no-answer",
    "silence-timed-out",
    "call.in-progress.error-providerfault-outbound-sip-403-forbidden",
    "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required",
    "call.in-progress.error-providerfault-outbound-sip-408-request-timeout",
    "call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable",
    "call.ringing.hook-executed-say",
    "call.ringing.hook-executed-transfer",
    "call.ending.hook-executed-say",
    "call.ending.hook-executed-transfer",
    "call.ringing.sip-inbound-caller-hungup-before-call-connect",
    "twilio-failed-to-connect-call",
    "twilio-reported-customer-misdialed",
    "vonage-rejected",
    "voicemail",
    "call-deleted",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CallEndedReason,
    (
        ("CALL_START_ERROR_NEITHER_ASSISTANT_NOR_SERVER_SET", "call-start-error-neither-assistant-nor-server-set"),
        ("ASSISTANT_REQUEST_FAILED", "assistant-request-failed"),
        ("ASSISTANT_REQUEST_RETURNED_ERROR", "assistant-request-returned-error"),
        ("ASSISTANT_REQUEST_RETURNED_UNSPEAKABLE_ERROR", "assistant-request-returned-unspeakable-error"),
        ("ASSISTANT_REQUEST_RETURNED_INVALID_ASSISTANT", "assistant-request-returned-invalid-assistant"),
        ("ASSISTANT_REQUEST_RETURNED_NO_ASSISTANT", "assistant-request-returned-no-assistant"),
        ("ASSISTANT_REQUEST_RETURNED_FORWARDING_PHONE_NUMBER", "assistant-request-returned-forwarding-phone-number"),
        ("SCHEDULED_CALL_DELETED", "scheduled-call-deleted"),
        ("CALL_START_ERROR_VAPIFAULT_GET_ORG", "call.start.error-vapifault-get-org"),
        ("CALL_START_ERROR_VAPIFAULT_GET_SUBSCRIPTION", "call.start.error-vapifault-get-subscription"),
        ("CALL_START_ERROR_GET_ASSISTANT", "call.start.error-get-assistant"),
        ("CALL_START_ERROR_GET_PHONE_NUMBER", "call.start.error-get-phone-number"),
        ("CALL_START_ERROR_GET_CUSTOMER", "call.start.error-get-customer"),
        ("CALL_START_ERROR_GET_RESOURCES_VALIDATION", "call.start.error-get-resources-validation"),
        ("CALL_START_ERROR_VAPI_NUMBER_INTERNATIONAL", "call.start.error-vapi-number-international"),
        ("CALL_START_ERROR_VAPI_NUMBER_OUTBOUND_DAILY_LIMIT", "call.start.error-vapi-number-outbound-daily-limit"),
        ("CALL_START_ERROR_GET_TRANSPORT", "call.start.error-get-transport"),
        ("CALL_START_ERROR_SUBSCRIPTION_WALLET_DOES_NOT_EXIST", "call.start.error-subscription-wallet-does-not-exist"),
        ("CALL_START_ERROR_FRAUD_CHECK_FAILED", "call.start.error-fraud-check-failed"),
        ("CALL_START_ERROR_SUBSCRIPTION_FROZEN", "call.start.error-subscription-frozen"),
        ("CALL_START_ERROR_SUBSCRIPTION_INSUFFICIENT_CREDITS", "call.start.error-subscription-insufficient-credits"),
        ("CALL_START_ERROR_SUBSCRIPTION_UPGRADE_FAILED", "call.start.error-subscription-upgrade-failed"),
        (
            "CALL_START_ERROR_SUBSCRIPTION_CONCURRENCY_LIMIT_REACHED",
            "call.start.error-subscription-concurrency-limit-reached",
        ),
        (
            "CALL_START_ERROR_ENTERPRISE_FEATURE_NOT_AVAILABLE_RECORDING_CONSENT",
            "call.start.error-enterprise-feature-not-available-recording-consent",
        ),
        ("CALL_START_ASSISTANT_VERSION_ERROR_VALIDATION", "call.start.assistant-version-error-validation"),
        ("ASSISTANT_NOT_VALID", "assistant-not-valid"),
        ("CALL_START_ERROR_VAPIFAULT_DATABASE_ERROR", "call.start.error-vapifault-database-error"),
        ("ASSISTANT_NOT_FOUND", "assistant-not-found"),
        ("PIPELINE_ERROR_OPENAI_VOICE_FAILED", "pipeline-error-openai-voice-failed"),
        ("PIPELINE_ERROR_CARTESIA_VOICE_FAILED", "pipeline-error-cartesia-voice-failed"),
        ("PIPELINE_ERROR_DEEPGRAM_VOICE_FAILED", "pipeline-error-deepgram-voice-failed"),
        ("PIPELINE_ERROR_ELEVEN_LABS_VOICE_FAILED", "pipeline-error-eleven-labs-voice-failed"),
        ("PIPELINE_ERROR_PLAYHT_VOICE_FAILED", "pipeline-error-playht-voice-failed"),
        ("PIPELINE_ERROR_LMNT_VOICE_FAILED", "pipeline-error-lmnt-voice-failed"),
        ("PIPELINE_ERROR_AZURE_VOICE_FAILED", "pipeline-error-azure-voice-failed"),
        ("PIPELINE_ERROR_RIME_AI_VOICE_FAILED", "pipeline-error-rime-ai-voice-failed"),
        ("PIPELINE_ERROR_SMALLEST_AI_VOICE_FAILED", "pipeline-error-smallest-ai-voice-failed"),
        ("PIPELINE_ERROR_VAPI_VOICE_FAILED", "pipeline-error-vapi-voice-failed"),
        ("PIPELINE_ERROR_NEUPHONIC_VOICE_FAILED", "pipeline-error-neuphonic-voice-failed"),
        ("PIPELINE_ERROR_HUME_VOICE_FAILED", "pipeline-error-hume-voice-failed"),
        ("PIPELINE_ERROR_SESAME_VOICE_FAILED", "pipeline-error-sesame-voice-failed"),
        ("PIPELINE_ERROR_INWORLD_VOICE_FAILED", "pipeline-error-inworld-voice-failed"),
        ("PIPELINE_ERROR_MINIMAX_VOICE_FAILED", "pipeline-error-minimax-voice-failed"),
        ("PIPELINE_ERROR_WELLSAID_VOICE_FAILED", "pipeline-error-wellsaid-voice-failed"),
        ("PIPELINE_ERROR_XAI_VOICE_FAILED", "pipeline-error-xai-voice-failed"),
        ("PIPELINE_ERROR_MICROSOFT_VOICE_FAILED", "pipeline-error-microsoft-voice-failed"),
        ("PIPELINE_ERROR_MICROSOFT_VOICE_REQUEST_CANCELED", "pipeline-error-microsoft-voice-request-canceled"),
        ("PIPELINE_ERROR_TAVUS_VIDEO_FAILED", "pipeline-error-tavus-video-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_VOICE_FAILED",
            "call.in-progress.error-vapifault-openai-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_VOICE_FAILED",
            "call.in-progress.error-vapifault-cartesia-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_VOICE_FAILED",
            "call.in-progress.error-vapifault-deepgram-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_FAILED",
            "call.in-progress.error-vapifault-eleven-labs-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_VOICE_FAILED",
            "call.in-progress.error-vapifault-playht-voice-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_LMNT_VOICE_FAILED", "call.in-progress.error-vapifault-lmnt-voice-failed"),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_VOICE_FAILED", "call.in-progress.error-vapifault-azure-voice-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_RIME_AI_VOICE_FAILED",
            "call.in-progress.error-vapifault-rime-ai-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SMALLEST_AI_VOICE_FAILED",
            "call.in-progress.error-vapifault-smallest-ai-voice-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_VOICE_FAILED", "call.in-progress.error-vapifault-vapi-voice-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_NEUPHONIC_VOICE_FAILED",
            "call.in-progress.error-vapifault-neuphonic-voice-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_HUME_VOICE_FAILED", "call.in-progress.error-vapifault-hume-voice-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SESAME_VOICE_FAILED",
            "call.in-progress.error-vapifault-sesame-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_INWORLD_VOICE_FAILED",
            "call.in-progress.error-vapifault-inworld-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_VOICE_FAILED",
            "call.in-progress.error-vapifault-minimax-voice-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_WELLSAID_VOICE_FAILED",
            "call.in-progress.error-vapifault-wellsaid-voice-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_VOICE_FAILED", "call.in-progress.error-vapifault-xai-voice-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MICROSOFT_VOICE_FAILED",
            "call.in-progress.error-vapifault-microsoft-voice-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_TAVUS_VIDEO_FAILED", "call.in-progress.error-vapifault-tavus-video-failed"),
        ("PIPELINE_ERROR_VAPI_LLM_FAILED", "pipeline-error-vapi-llm-failed"),
        (
            "PIPELINE_ERROR_VAPI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-vapi-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_VAPI_401_UNAUTHORIZED", "pipeline-error-vapi-401-unauthorized"),
        ("PIPELINE_ERROR_VAPI_403_MODEL_ACCESS_DENIED", "pipeline-error-vapi-403-model-access-denied"),
        ("PIPELINE_ERROR_VAPI_429_EXCEEDED_QUOTA", "pipeline-error-vapi-429-exceeded-quota"),
        ("PIPELINE_ERROR_VAPI_500_SERVER_ERROR", "pipeline-error-vapi-500-server-error"),
        ("PIPELINE_ERROR_VAPI_503_SERVER_OVERLOADED_ERROR", "pipeline-error-vapi-503-server-overloaded-error"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_LLM_FAILED",
            "call.in-progress.error-providerfault-vapi-llm-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_LLM_FAILED", "call.in-progress.error-vapifault-vapi-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-vapi-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-vapi-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-vapi-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-vapi-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-vapi-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-vapi-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_VAPI_TRANSCRIBER_FAILED", "pipeline-error-vapi-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_VAPI_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-vapi-transcriber-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_TRANSCRIBER_FAILED",
            "call.in-progress.error-providerfault-vapi-transcriber-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_VAPI_VOICE_FAILED",
            "call.in-progress.error-providerfault-vapi-voice-failed",
        ),
        ("PIPELINE_ERROR_DEEPGRAM_TRANSCRIBER_FAILED", "pipeline-error-deepgram-transcriber-failed"),
        ("PIPELINE_ERROR_DEEPGRAM_TRANSCRIBER_API_KEY_MISSING", "pipeline-error-deepgram-transcriber-api-key-missing"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-deepgram-transcriber-failed",
        ),
        ("PIPELINE_ERROR_GLADIA_TRANSCRIBER_FAILED", "pipeline-error-gladia-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GLADIA_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-gladia-transcriber-failed",
        ),
        ("PIPELINE_ERROR_SPEECHMATICS_TRANSCRIBER_FAILED", "pipeline-error-speechmatics-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SPEECHMATICS_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-speechmatics-transcriber-failed",
        ),
        ("PIPELINE_ERROR_ASSEMBLY_AI_TRANSCRIBER_FAILED", "pipeline-error-assembly-ai-transcriber-failed"),
        (
            "PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_400_INSUFFICENT_FUNDS",
            "pipeline-error-assembly-ai-returning-400-insufficent-funds",
        ),
        (
            "PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_400_PAID_ONLY_FEATURE",
            "pipeline-error-assembly-ai-returning-400-paid-only-feature",
        ),
        (
            "PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_401_INVALID_CREDENTIALS",
            "pipeline-error-assembly-ai-returning-401-invalid-credentials",
        ),
        (
            "PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_500_INVALID_SCHEMA",
            "pipeline-error-assembly-ai-returning-500-invalid-schema",
        ),
        (
            "PIPELINE_ERROR_ASSEMBLY_AI_RETURNING_500_WORD_BOOST_PARSING_FAILED",
            "pipeline-error-assembly-ai-returning-500-word-boost-parsing-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-assembly-ai-transcriber-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_400_INSUFFICENT_FUNDS",
            "call.in-progress.error-vapifault-assembly-ai-returning-400-insufficent-funds",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_400_PAID_ONLY_FEATURE",
            "call.in-progress.error-vapifault-assembly-ai-returning-400-paid-only-feature",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_401_INVALID_CREDENTIALS",
            "call.in-progress.error-vapifault-assembly-ai-returning-401-invalid-credentials",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_500_INVALID_SCHEMA",
            "call.in-progress.error-vapifault-assembly-ai-returning-500-invalid-schema",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ASSEMBLY_AI_RETURNING_500_WORD_BOOST_PARSING_FAILED",
            "call.in-progress.error-vapifault-assembly-ai-returning-500-word-boost-parsing-failed",
        ),
        ("PIPELINE_ERROR_TALKSCRIBER_TRANSCRIBER_FAILED", "pipeline-error-talkscriber-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TALKSCRIBER_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-talkscriber-transcriber-failed",
        ),
        ("PIPELINE_ERROR_AZURE_SPEECH_TRANSCRIBER_FAILED", "pipeline-error-azure-speech-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_SPEECH_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-azure-speech-transcriber-failed",
        ),
        ("PIPELINE_ERROR_ELEVEN_LABS_TRANSCRIBER_FAILED", "pipeline-error-eleven-labs-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-eleven-labs-transcriber-failed",
        ),
        ("PIPELINE_ERROR_GOOGLE_TRANSCRIBER_FAILED", "pipeline-error-google-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-google-transcriber-failed",
        ),
        ("PIPELINE_ERROR_OPENAI_TRANSCRIBER_FAILED", "pipeline-error-openai-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-openai-transcriber-failed",
        ),
        ("PIPELINE_ERROR_SONIOX_TRANSCRIBER_AUTH_FAILED", "pipeline-error-soniox-transcriber-auth-failed"),
        ("PIPELINE_ERROR_SONIOX_TRANSCRIBER_RATE_LIMITED", "pipeline-error-soniox-transcriber-rate-limited"),
        ("PIPELINE_ERROR_SONIOX_TRANSCRIBER_INVALID_CONFIG", "pipeline-error-soniox-transcriber-invalid-config"),
        ("PIPELINE_ERROR_SONIOX_TRANSCRIBER_SERVER_ERROR", "pipeline-error-soniox-transcriber-server-error"),
        ("PIPELINE_ERROR_SONIOX_TRANSCRIBER_FAILED", "pipeline-error-soniox-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_AUTH_FAILED",
            "call.in-progress.error-vapifault-soniox-transcriber-auth-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_RATE_LIMITED",
            "call.in-progress.error-vapifault-soniox-transcriber-rate-limited",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_INVALID_CONFIG",
            "call.in-progress.error-vapifault-soniox-transcriber-invalid-config",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_SERVER_ERROR",
            "call.in-progress.error-vapifault-soniox-transcriber-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_SONIOX_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-soniox-transcriber-failed",
        ),
        ("PIPELINE_ERROR_XAI_TRANSCRIBER_AUTH_FAILED", "pipeline-error-xai-transcriber-auth-failed"),
        ("PIPELINE_ERROR_XAI_TRANSCRIBER_RATE_LIMITED", "pipeline-error-xai-transcriber-rate-limited"),
        ("PIPELINE_ERROR_XAI_TRANSCRIBER_INVALID_CONFIG", "pipeline-error-xai-transcriber-invalid-config"),
        ("PIPELINE_ERROR_XAI_TRANSCRIBER_SERVER_ERROR", "pipeline-error-xai-transcriber-server-error"),
        ("PIPELINE_ERROR_XAI_TRANSCRIBER_FAILED", "pipeline-error-xai-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_AUTH_FAILED",
            "call.in-progress.error-vapifault-xai-transcriber-auth-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_RATE_LIMITED",
            "call.in-progress.error-vapifault-xai-transcriber-rate-limited",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_INVALID_CONFIG",
            "call.in-progress.error-vapifault-xai-transcriber-invalid-config",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_SERVER_ERROR",
            "call.in-progress.error-vapifault-xai-transcriber-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-xai-transcriber-failed",
        ),
        ("PIPELINE_ERROR_CARTESIA_TRANSCRIBER_FAILED", "pipeline-error-cartesia-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-cartesia-transcriber-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PIPELINE_NO_AVAILABLE_LLM_MODEL",
            "call.in-progress.error-pipeline-no-available-llm-model",
        ),
        ("WORKER_SHUTDOWN", "worker-shutdown"),
        ("VONAGE_DISCONNECTED", "vonage-disconnected"),
        ("VONAGE_FAILED_TO_CONNECT_CALL", "vonage-failed-to-connect-call"),
        ("VONAGE_COMPLETED", "vonage-completed"),
        (
            "PHONE_CALL_PROVIDER_BYPASS_ENABLED_BUT_NO_CALL_RECEIVED",
            "phone-call-provider-bypass-enabled-but-no-call-received",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TRANSPORT_NEVER_CONNECTED",
            "call.in-progress.error-providerfault-transport-never-connected",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_WORKER_NOT_AVAILABLE",
            "call.in-progress.error-vapifault-worker-not-available",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TRANSPORT_NEVER_CONNECTED",
            "call.in-progress.error-vapifault-transport-never-connected",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TRANSPORT_CONNECTED_BUT_CALL_NOT_ACTIVE",
            "call.in-progress.error-vapifault-transport-connected-but-call-not-active",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CALL_STARTED_BUT_CONNECTION_TO_TRANSPORT_MISSING",
            "call.in-progress.error-vapifault-call-started-but-connection-to-transport-missing",
        ),
        ("CALL_IN_PROGRESS_ERROR_VAPIFAULT_WORKER_DIED", "call.in-progress.error-vapifault-worker-died"),
        ("CALL_IN_PROGRESS_TWILIO_COMPLETED_CALL", "call.in-progress.twilio-completed-call"),
        ("CALL_IN_PROGRESS_SIP_COMPLETED_CALL", "call.in-progress.sip-completed-call"),
        (
            "CALL_IN_PROGRESS_ERROR_SIP_INBOUND_CALL_FAILED_TO_CONNECT",
            "call.in-progress.error-sip-inbound-call-failed-to-connect",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_503_SERVICE_UNAVAILABLE",
            "call.in-progress.error-providerfault-outbound-sip-503-service-unavailable",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_SIP_OUTBOUND_CALL_FAILED_TO_CONNECT",
            "call.in-progress.error-sip-outbound-call-failed-to-connect",
        ),
        (
            "CALL_RINGING_ERROR_SIP_INBOUND_CALL_FAILED_TO_CONNECT",
            "call.ringing.error-sip-inbound-call-failed-to-connect",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_LLM_FAILED",
            "call.in-progress.error-providerfault-openai-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_LLM_FAILED",
            "call.in-progress.error-providerfault-azure-openai-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_LLM_FAILED",
            "call.in-progress.error-providerfault-groq-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_LLM_FAILED",
            "call.in-progress.error-providerfault-google-llm-failed",
        ),
        ("CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_LLM_FAILED", "call.in-progress.error-providerfault-xai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_LLM_FAILED",
            "call.in-progress.error-providerfault-mistral-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_LLM_FAILED",
            "call.in-progress.error-providerfault-minimax-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_LLM_FAILED",
            "call.in-progress.error-providerfault-inflection-ai-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_LLM_FAILED",
            "call.in-progress.error-providerfault-cerebras-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_LLM_FAILED",
            "call.in-progress.error-providerfault-deep-seek-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_LLM_FAILED",
            "call.in-progress.error-providerfault-baseten-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CHAT_PIPELINE_FAILED_TO_START",
            "call.in-progress.error-vapifault-chat-pipeline-failed-to-start",
        ),
        (
            "PIPELINE_ERROR_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-openai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_OPENAI_401_UNAUTHORIZED", "pipeline-error-openai-401-unauthorized"),
        ("PIPELINE_ERROR_OPENAI_401_INCORRECT_API_KEY", "pipeline-error-openai-401-incorrect-api-key"),
        (
            "PIPELINE_ERROR_OPENAI_401_ACCOUNT_NOT_IN_ORGANIZATION",
            "pipeline-error-openai-401-account-not-in-organization",
        ),
        ("PIPELINE_ERROR_OPENAI_403_MODEL_ACCESS_DENIED", "pipeline-error-openai-403-model-access-denied"),
        ("PIPELINE_ERROR_OPENAI_429_EXCEEDED_QUOTA", "pipeline-error-openai-429-exceeded-quota"),
        ("PIPELINE_ERROR_OPENAI_429_RATE_LIMIT_REACHED", "pipeline-error-openai-429-rate-limit-reached"),
        ("PIPELINE_ERROR_OPENAI_500_SERVER_ERROR", "pipeline-error-openai-500-server-error"),
        ("PIPELINE_ERROR_OPENAI_503_SERVER_OVERLOADED_ERROR", "pipeline-error-openai-503-server-overloaded-error"),
        ("PIPELINE_ERROR_OPENAI_LLM_FAILED", "pipeline-error-openai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-openai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-openai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_INCORRECT_API_KEY",
            "call.in-progress.error-vapifault-openai-401-incorrect-api-key",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_401_ACCOUNT_NOT_IN_ORGANIZATION",
            "call.in-progress.error-vapifault-openai-401-account-not-in-organization",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-openai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-openai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENAI_429_RATE_LIMIT_REACHED",
            "call.in-progress.error-vapifault-openai-429-rate-limit-reached",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-openai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENAI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-openai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_AZURE_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-azure-openai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_AZURE_OPENAI_401_UNAUTHORIZED", "pipeline-error-azure-openai-401-unauthorized"),
        ("PIPELINE_ERROR_AZURE_OPENAI_403_MODEL_ACCESS_DENIED", "pipeline-error-azure-openai-403-model-access-denied"),
        ("PIPELINE_ERROR_AZURE_OPENAI_429_EXCEEDED_QUOTA", "pipeline-error-azure-openai-429-exceeded-quota"),
        ("PIPELINE_ERROR_AZURE_OPENAI_500_SERVER_ERROR", "pipeline-error-azure-openai-500-server-error"),
        (
            "PIPELINE_ERROR_AZURE_OPENAI_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-azure-openai-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_AZURE_OPENAI_LLM_FAILED", "pipeline-error-azure-openai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-azure-openai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-azure-openai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-azure-openai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_AZURE_OPENAI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-azure-openai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-azure-openai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_AZURE_OPENAI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-azure-openai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_GOOGLE_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-google-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_GOOGLE_401_UNAUTHORIZED", "pipeline-error-google-401-unauthorized"),
        ("PIPELINE_ERROR_GOOGLE_403_MODEL_ACCESS_DENIED", "pipeline-error-google-403-model-access-denied"),
        ("PIPELINE_ERROR_GOOGLE_429_EXCEEDED_QUOTA", "pipeline-error-google-429-exceeded-quota"),
        ("PIPELINE_ERROR_GOOGLE_500_SERVER_ERROR", "pipeline-error-google-500-server-error"),
        ("PIPELINE_ERROR_GOOGLE_503_SERVER_OVERLOADED_ERROR", "pipeline-error-google-503-server-overloaded-error"),
        ("PIPELINE_ERROR_GOOGLE_LLM_FAILED", "pipeline-error-google-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-google-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-google-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-google-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GOOGLE_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-google-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-google-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GOOGLE_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-google-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_XAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-xai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_XAI_401_UNAUTHORIZED", "pipeline-error-xai-401-unauthorized"),
        ("PIPELINE_ERROR_XAI_403_MODEL_ACCESS_DENIED", "pipeline-error-xai-403-model-access-denied"),
        ("PIPELINE_ERROR_XAI_429_EXCEEDED_QUOTA", "pipeline-error-xai-429-exceeded-quota"),
        ("PIPELINE_ERROR_XAI_500_SERVER_ERROR", "pipeline-error-xai-500-server-error"),
        ("PIPELINE_ERROR_XAI_503_SERVER_OVERLOADED_ERROR", "pipeline-error-xai-503-server-overloaded-error"),
        ("PIPELINE_ERROR_XAI_LLM_FAILED", "pipeline-error-xai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-xai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-xai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-xai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_XAI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-xai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-xai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_XAI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-xai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_BASETEN_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-baseten-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_BASETEN_401_UNAUTHORIZED", "pipeline-error-baseten-401-unauthorized"),
        ("PIPELINE_ERROR_BASETEN_403_MODEL_ACCESS_DENIED", "pipeline-error-baseten-403-model-access-denied"),
        ("PIPELINE_ERROR_BASETEN_429_EXCEEDED_QUOTA", "pipeline-error-baseten-429-exceeded-quota"),
        ("PIPELINE_ERROR_BASETEN_500_SERVER_ERROR", "pipeline-error-baseten-500-server-error"),
        ("PIPELINE_ERROR_BASETEN_503_SERVER_OVERLOADED_ERROR", "pipeline-error-baseten-503-server-overloaded-error"),
        ("PIPELINE_ERROR_BASETEN_LLM_FAILED", "pipeline-error-baseten-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-baseten-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-baseten-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-baseten-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_BASETEN_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-baseten-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-baseten-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_BASETEN_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-baseten-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_MISTRAL_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-mistral-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_MISTRAL_401_UNAUTHORIZED", "pipeline-error-mistral-401-unauthorized"),
        ("PIPELINE_ERROR_MISTRAL_403_MODEL_ACCESS_DENIED", "pipeline-error-mistral-403-model-access-denied"),
        ("PIPELINE_ERROR_MISTRAL_429_EXCEEDED_QUOTA", "pipeline-error-mistral-429-exceeded-quota"),
        ("PIPELINE_ERROR_MISTRAL_500_SERVER_ERROR", "pipeline-error-mistral-500-server-error"),
        ("PIPELINE_ERROR_MISTRAL_503_SERVER_OVERLOADED_ERROR", "pipeline-error-mistral-503-server-overloaded-error"),
        ("PIPELINE_ERROR_MISTRAL_LLM_FAILED", "pipeline-error-mistral-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-mistral-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-mistral-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-mistral-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MISTRAL_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-mistral-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-mistral-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MISTRAL_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-mistral-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_MINIMAX_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-minimax-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_MINIMAX_401_UNAUTHORIZED", "pipeline-error-minimax-401-unauthorized"),
        ("PIPELINE_ERROR_MINIMAX_403_MODEL_ACCESS_DENIED", "pipeline-error-minimax-403-model-access-denied"),
        ("PIPELINE_ERROR_MINIMAX_429_EXCEEDED_QUOTA", "pipeline-error-minimax-429-exceeded-quota"),
        ("PIPELINE_ERROR_MINIMAX_500_SERVER_ERROR", "pipeline-error-minimax-500-server-error"),
        ("PIPELINE_ERROR_MINIMAX_503_SERVER_OVERLOADED_ERROR", "pipeline-error-minimax-503-server-overloaded-error"),
        ("PIPELINE_ERROR_MINIMAX_LLM_FAILED", "pipeline-error-minimax-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-minimax-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-minimax-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-minimax-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_MINIMAX_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-minimax-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-minimax-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_MINIMAX_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-minimax-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_INFLECTION_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-inflection-ai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_INFLECTION_AI_401_UNAUTHORIZED", "pipeline-error-inflection-ai-401-unauthorized"),
        (
            "PIPELINE_ERROR_INFLECTION_AI_403_MODEL_ACCESS_DENIED",
            "pipeline-error-inflection-ai-403-model-access-denied",
        ),
        ("PIPELINE_ERROR_INFLECTION_AI_429_EXCEEDED_QUOTA", "pipeline-error-inflection-ai-429-exceeded-quota"),
        ("PIPELINE_ERROR_INFLECTION_AI_500_SERVER_ERROR", "pipeline-error-inflection-ai-500-server-error"),
        (
            "PIPELINE_ERROR_INFLECTION_AI_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-inflection-ai-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_INFLECTION_AI_LLM_FAILED", "pipeline-error-inflection-ai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-inflection-ai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-inflection-ai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-inflection-ai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_INFLECTION_AI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-inflection-ai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-inflection-ai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_INFLECTION_AI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-inflection-ai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_DEEP_SEEK_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-deep-seek-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_DEEP_SEEK_401_UNAUTHORIZED", "pipeline-error-deep-seek-401-unauthorized"),
        ("PIPELINE_ERROR_DEEP_SEEK_403_MODEL_ACCESS_DENIED", "pipeline-error-deep-seek-403-model-access-denied"),
        ("PIPELINE_ERROR_DEEP_SEEK_429_EXCEEDED_QUOTA", "pipeline-error-deep-seek-429-exceeded-quota"),
        ("PIPELINE_ERROR_DEEP_SEEK_500_SERVER_ERROR", "pipeline-error-deep-seek-500-server-error"),
        (
            "PIPELINE_ERROR_DEEP_SEEK_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-deep-seek-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_DEEP_SEEK_LLM_FAILED", "pipeline-error-deep-seek-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-deep-seek-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-deep-seek-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-deep-seek-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEP_SEEK_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-deep-seek-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-deep-seek-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEP_SEEK_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-deep-seek-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_GROQ_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-groq-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_GROQ_401_UNAUTHORIZED", "pipeline-error-groq-401-unauthorized"),
        ("PIPELINE_ERROR_GROQ_403_MODEL_ACCESS_DENIED", "pipeline-error-groq-403-model-access-denied"),
        ("PIPELINE_ERROR_GROQ_429_EXCEEDED_QUOTA", "pipeline-error-groq-429-exceeded-quota"),
        ("PIPELINE_ERROR_GROQ_500_SERVER_ERROR", "pipeline-error-groq-500-server-error"),
        ("PIPELINE_ERROR_GROQ_503_SERVER_OVERLOADED_ERROR", "pipeline-error-groq-503-server-overloaded-error"),
        ("PIPELINE_ERROR_GROQ_LLM_FAILED", "pipeline-error-groq-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-groq-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-groq-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-groq-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_GROQ_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-groq-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-groq-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_GROQ_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-groq-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_CEREBRAS_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-cerebras-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_CEREBRAS_401_UNAUTHORIZED", "pipeline-error-cerebras-401-unauthorized"),
        ("PIPELINE_ERROR_CEREBRAS_403_MODEL_ACCESS_DENIED", "pipeline-error-cerebras-403-model-access-denied"),
        ("PIPELINE_ERROR_CEREBRAS_429_EXCEEDED_QUOTA", "pipeline-error-cerebras-429-exceeded-quota"),
        ("PIPELINE_ERROR_CEREBRAS_500_SERVER_ERROR", "pipeline-error-cerebras-500-server-error"),
        ("PIPELINE_ERROR_CEREBRAS_503_SERVER_OVERLOADED_ERROR", "pipeline-error-cerebras-503-server-overloaded-error"),
        ("PIPELINE_ERROR_CEREBRAS_LLM_FAILED", "pipeline-error-cerebras-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-cerebras-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-cerebras-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-cerebras-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CEREBRAS_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-cerebras-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-cerebras-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CEREBRAS_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-cerebras-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_ANTHROPIC_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-anthropic-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_401_UNAUTHORIZED", "pipeline-error-anthropic-401-unauthorized"),
        ("PIPELINE_ERROR_ANTHROPIC_403_MODEL_ACCESS_DENIED", "pipeline-error-anthropic-403-model-access-denied"),
        ("PIPELINE_ERROR_ANTHROPIC_429_EXCEEDED_QUOTA", "pipeline-error-anthropic-429-exceeded-quota"),
        ("PIPELINE_ERROR_ANTHROPIC_500_SERVER_ERROR", "pipeline-error-anthropic-500-server-error"),
        (
            "PIPELINE_ERROR_ANTHROPIC_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-anthropic-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_LLM_FAILED", "pipeline-error-anthropic-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_LLM_FAILED",
            "call.in-progress.error-providerfault-anthropic-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-anthropic-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-anthropic-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-anthropic-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-anthropic-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-anthropic-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-anthropic-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_ANTHROPIC_BEDROCK_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-anthropic-bedrock-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_BEDROCK_401_UNAUTHORIZED", "pipeline-error-anthropic-bedrock-401-unauthorized"),
        (
            "PIPELINE_ERROR_ANTHROPIC_BEDROCK_403_MODEL_ACCESS_DENIED",
            "pipeline-error-anthropic-bedrock-403-model-access-denied",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_BEDROCK_429_EXCEEDED_QUOTA", "pipeline-error-anthropic-bedrock-429-exceeded-quota"),
        ("PIPELINE_ERROR_ANTHROPIC_BEDROCK_500_SERVER_ERROR", "pipeline-error-anthropic-bedrock-500-server-error"),
        (
            "PIPELINE_ERROR_ANTHROPIC_BEDROCK_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-anthropic-bedrock-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_BEDROCK_LLM_FAILED", "pipeline-error-anthropic-bedrock-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_LLM_FAILED",
            "call.in-progress.error-providerfault-anthropic-bedrock-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-anthropic-bedrock-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-anthropic-bedrock-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-anthropic-bedrock-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_BEDROCK_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-anthropic-bedrock-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-anthropic-bedrock-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_BEDROCK_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-anthropic-bedrock-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_ANTHROPIC_VERTEX_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-anthropic-vertex-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_VERTEX_401_UNAUTHORIZED", "pipeline-error-anthropic-vertex-401-unauthorized"),
        (
            "PIPELINE_ERROR_ANTHROPIC_VERTEX_403_MODEL_ACCESS_DENIED",
            "pipeline-error-anthropic-vertex-403-model-access-denied",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_VERTEX_429_EXCEEDED_QUOTA", "pipeline-error-anthropic-vertex-429-exceeded-quota"),
        ("PIPELINE_ERROR_ANTHROPIC_VERTEX_500_SERVER_ERROR", "pipeline-error-anthropic-vertex-500-server-error"),
        (
            "PIPELINE_ERROR_ANTHROPIC_VERTEX_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-anthropic-vertex-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_ANTHROPIC_VERTEX_LLM_FAILED", "pipeline-error-anthropic-vertex-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_LLM_FAILED",
            "call.in-progress.error-providerfault-anthropic-vertex-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-anthropic-vertex-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-anthropic-vertex-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-anthropic-vertex-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANTHROPIC_VERTEX_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-anthropic-vertex-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-anthropic-vertex-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANTHROPIC_VERTEX_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-anthropic-vertex-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_TOGETHER_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-together-ai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_TOGETHER_AI_401_UNAUTHORIZED", "pipeline-error-together-ai-401-unauthorized"),
        ("PIPELINE_ERROR_TOGETHER_AI_403_MODEL_ACCESS_DENIED", "pipeline-error-together-ai-403-model-access-denied"),
        ("PIPELINE_ERROR_TOGETHER_AI_429_EXCEEDED_QUOTA", "pipeline-error-together-ai-429-exceeded-quota"),
        ("PIPELINE_ERROR_TOGETHER_AI_500_SERVER_ERROR", "pipeline-error-together-ai-500-server-error"),
        (
            "PIPELINE_ERROR_TOGETHER_AI_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-together-ai-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_TOGETHER_AI_LLM_FAILED", "pipeline-error-together-ai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_LLM_FAILED",
            "call.in-progress.error-providerfault-together-ai-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-together-ai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-together-ai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-together-ai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_TOGETHER_AI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-together-ai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-together-ai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_TOGETHER_AI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-together-ai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_ANYSCALE_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-anyscale-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_ANYSCALE_401_UNAUTHORIZED", "pipeline-error-anyscale-401-unauthorized"),
        ("PIPELINE_ERROR_ANYSCALE_403_MODEL_ACCESS_DENIED", "pipeline-error-anyscale-403-model-access-denied"),
        ("PIPELINE_ERROR_ANYSCALE_429_EXCEEDED_QUOTA", "pipeline-error-anyscale-429-exceeded-quota"),
        ("PIPELINE_ERROR_ANYSCALE_500_SERVER_ERROR", "pipeline-error-anyscale-500-server-error"),
        ("PIPELINE_ERROR_ANYSCALE_503_SERVER_OVERLOADED_ERROR", "pipeline-error-anyscale-503-server-overloaded-error"),
        ("PIPELINE_ERROR_ANYSCALE_LLM_FAILED", "pipeline-error-anyscale-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_LLM_FAILED",
            "call.in-progress.error-providerfault-anyscale-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-anyscale-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-anyscale-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-anyscale-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ANYSCALE_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-anyscale-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-anyscale-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ANYSCALE_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-anyscale-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_OPENROUTER_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-openrouter-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_OPENROUTER_401_UNAUTHORIZED", "pipeline-error-openrouter-401-unauthorized"),
        ("PIPELINE_ERROR_OPENROUTER_403_MODEL_ACCESS_DENIED", "pipeline-error-openrouter-403-model-access-denied"),
        ("PIPELINE_ERROR_OPENROUTER_429_EXCEEDED_QUOTA", "pipeline-error-openrouter-429-exceeded-quota"),
        ("PIPELINE_ERROR_OPENROUTER_500_SERVER_ERROR", "pipeline-error-openrouter-500-server-error"),
        (
            "PIPELINE_ERROR_OPENROUTER_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-openrouter-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_OPENROUTER_LLM_FAILED", "pipeline-error-openrouter-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_LLM_FAILED",
            "call.in-progress.error-providerfault-openrouter-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-openrouter-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-openrouter-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-openrouter-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_OPENROUTER_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-openrouter-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-openrouter-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OPENROUTER_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-openrouter-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_PERPLEXITY_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-perplexity-ai-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_PERPLEXITY_AI_401_UNAUTHORIZED", "pipeline-error-perplexity-ai-401-unauthorized"),
        (
            "PIPELINE_ERROR_PERPLEXITY_AI_403_MODEL_ACCESS_DENIED",
            "pipeline-error-perplexity-ai-403-model-access-denied",
        ),
        ("PIPELINE_ERROR_PERPLEXITY_AI_429_EXCEEDED_QUOTA", "pipeline-error-perplexity-ai-429-exceeded-quota"),
        ("PIPELINE_ERROR_PERPLEXITY_AI_500_SERVER_ERROR", "pipeline-error-perplexity-ai-500-server-error"),
        (
            "PIPELINE_ERROR_PERPLEXITY_AI_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-perplexity-ai-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_PERPLEXITY_AI_LLM_FAILED", "pipeline-error-perplexity-ai-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_LLM_FAILED",
            "call.in-progress.error-providerfault-perplexity-ai-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-perplexity-ai-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-perplexity-ai-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-perplexity-ai-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PERPLEXITY_AI_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-perplexity-ai-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-perplexity-ai-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PERPLEXITY_AI_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-perplexity-ai-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_DEEPINFRA_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-deepinfra-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_DEEPINFRA_401_UNAUTHORIZED", "pipeline-error-deepinfra-401-unauthorized"),
        ("PIPELINE_ERROR_DEEPINFRA_403_MODEL_ACCESS_DENIED", "pipeline-error-deepinfra-403-model-access-denied"),
        ("PIPELINE_ERROR_DEEPINFRA_429_EXCEEDED_QUOTA", "pipeline-error-deepinfra-429-exceeded-quota"),
        ("PIPELINE_ERROR_DEEPINFRA_500_SERVER_ERROR", "pipeline-error-deepinfra-500-server-error"),
        (
            "PIPELINE_ERROR_DEEPINFRA_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-deepinfra-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_DEEPINFRA_LLM_FAILED", "pipeline-error-deepinfra-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_LLM_FAILED",
            "call.in-progress.error-providerfault-deepinfra-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-deepinfra-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-deepinfra-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-deepinfra-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPINFRA_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-deepinfra-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-deepinfra-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPINFRA_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-deepinfra-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_RUNPOD_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-runpod-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_RUNPOD_401_UNAUTHORIZED", "pipeline-error-runpod-401-unauthorized"),
        ("PIPELINE_ERROR_RUNPOD_403_MODEL_ACCESS_DENIED", "pipeline-error-runpod-403-model-access-denied"),
        ("PIPELINE_ERROR_RUNPOD_429_EXCEEDED_QUOTA", "pipeline-error-runpod-429-exceeded-quota"),
        ("PIPELINE_ERROR_RUNPOD_500_SERVER_ERROR", "pipeline-error-runpod-500-server-error"),
        ("PIPELINE_ERROR_RUNPOD_503_SERVER_OVERLOADED_ERROR", "pipeline-error-runpod-503-server-overloaded-error"),
        ("PIPELINE_ERROR_RUNPOD_LLM_FAILED", "pipeline-error-runpod-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_LLM_FAILED",
            "call.in-progress.error-providerfault-runpod-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-runpod-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-runpod-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-runpod-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_RUNPOD_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-runpod-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-runpod-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_RUNPOD_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-runpod-503-server-overloaded-error",
        ),
        (
            "PIPELINE_ERROR_CUSTOM_LLM_400_BAD_REQUEST_VALIDATION_FAILED",
            "pipeline-error-custom-llm-400-bad-request-validation-failed",
        ),
        ("PIPELINE_ERROR_CUSTOM_LLM_401_UNAUTHORIZED", "pipeline-error-custom-llm-401-unauthorized"),
        ("PIPELINE_ERROR_CUSTOM_LLM_403_MODEL_ACCESS_DENIED", "pipeline-error-custom-llm-403-model-access-denied"),
        ("PIPELINE_ERROR_CUSTOM_LLM_429_EXCEEDED_QUOTA", "pipeline-error-custom-llm-429-exceeded-quota"),
        ("PIPELINE_ERROR_CUSTOM_LLM_500_SERVER_ERROR", "pipeline-error-custom-llm-500-server-error"),
        (
            "PIPELINE_ERROR_CUSTOM_LLM_503_SERVER_OVERLOADED_ERROR",
            "pipeline-error-custom-llm-503-server-overloaded-error",
        ),
        ("PIPELINE_ERROR_CUSTOM_LLM_LLM_FAILED", "pipeline-error-custom-llm-llm-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_LLM_FAILED",
            "call.in-progress.error-providerfault-custom-llm-llm-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_400_BAD_REQUEST_VALIDATION_FAILED",
            "call.in-progress.error-vapifault-custom-llm-400-bad-request-validation-failed",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-custom-llm-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-custom-llm-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_LLM_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-custom-llm-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-custom-llm-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CUSTOM_LLM_503_SERVER_OVERLOADED_ERROR",
            "call.in-progress.error-providerfault-custom-llm-503-server-overloaded-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PIPELINE_WS_MODEL_CONNECTION_FAILED",
            "call.in-progress.error-pipeline-ws-model-connection-failed",
        ),
        ("PIPELINE_ERROR_CUSTOM_VOICE_FAILED", "pipeline-error-custom-voice-failed"),
        ("PIPELINE_ERROR_CARTESIA_SOCKET_HANG_UP", "pipeline-error-cartesia-socket-hang-up"),
        ("PIPELINE_ERROR_CARTESIA_REQUESTED_PAYMENT", "pipeline-error-cartesia-requested-payment"),
        ("PIPELINE_ERROR_CARTESIA_500_SERVER_ERROR", "pipeline-error-cartesia-500-server-error"),
        ("PIPELINE_ERROR_CARTESIA_502_SERVER_ERROR", "pipeline-error-cartesia-502-server-error"),
        ("PIPELINE_ERROR_CARTESIA_503_SERVER_ERROR", "pipeline-error-cartesia-503-server-error"),
        ("PIPELINE_ERROR_CARTESIA_522_SERVER_ERROR", "pipeline-error-cartesia-522-server-error"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_SOCKET_HANG_UP",
            "call.in-progress.error-vapifault-cartesia-socket-hang-up",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CARTESIA_REQUESTED_PAYMENT",
            "call.in-progress.error-vapifault-cartesia-requested-payment",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-cartesia-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_503_SERVER_ERROR",
            "call.in-progress.error-providerfault-cartesia-503-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_CARTESIA_522_SERVER_ERROR",
            "call.in-progress.error-providerfault-cartesia-522-server-error",
        ),
        ("PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FOUND", "pipeline-error-eleven-labs-voice-not-found"),
        ("PIPELINE_ERROR_ELEVEN_LABS_QUOTA_EXCEEDED", "pipeline-error-eleven-labs-quota-exceeded"),
        ("PIPELINE_ERROR_ELEVEN_LABS_UNAUTHORIZED_ACCESS", "pipeline-error-eleven-labs-unauthorized-access"),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_UNAUTHORIZED_TO_ACCESS_MODEL",
            "pipeline-error-eleven-labs-unauthorized-to-access-model",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_PROFESSIONAL_VOICES_ONLY_FOR_CREATOR_PLUS",
            "pipeline-error-eleven-labs-professional-voices-only-for-creator-plus",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_FREE_PLAN_AND_REQUESTED_UPGRADE",
            "pipeline-error-eleven-labs-blocked-free-plan-and-requested-upgrade",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_CONCURRENT_REQUESTS_AND_REQUESTED_UPGRADE",
            "pipeline-error-eleven-labs-blocked-concurrent-requests-and-requested-upgrade",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_USING_INSTANT_VOICE_CLONE_AND_REQUESTED_UPGRADE",
            "pipeline-error-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE",
            "pipeline-error-eleven-labs-system-busy-and-requested-upgrade",
        ),
        ("PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FINE_TUNED", "pipeline-error-eleven-labs-voice-not-fine-tuned"),
        ("PIPELINE_ERROR_ELEVEN_LABS_INVALID_API_KEY", "pipeline-error-eleven-labs-invalid-api-key"),
        ("PIPELINE_ERROR_ELEVEN_LABS_INVALID_VOICE_SAMPLES", "pipeline-error-eleven-labs-invalid-voice-samples"),
        ("PIPELINE_ERROR_ELEVEN_LABS_VOICE_DISABLED_BY_OWNER", "pipeline-error-eleven-labs-voice-disabled-by-owner"),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_VAPI_VOICE_DISABLED_BY_OWNER",
            "pipeline-error-eleven-labs-vapi-voice-disabled-by-owner",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_ACCOUNT_IN_PROBATION",
            "pipeline-error-eleven-labs-blocked-account-in-probation",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_CONTENT_AGAINST_THEIR_POLICY",
            "pipeline-error-eleven-labs-blocked-content-against-their-policy",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_MISSING_SAMPLES_FOR_VOICE_CLONE",
            "pipeline-error-eleven-labs-missing-samples-for-voice-clone",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_FINE_TUNED_AND_CANNOT_BE_USED",
            "pipeline-error-eleven-labs-voice-not-fine-tuned-and-cannot-be-used",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_VOICE_NOT_ALLOWED_FOR_FREE_USERS",
            "pipeline-error-eleven-labs-voice-not-allowed-for-free-users",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_MAX_CHARACTER_LIMIT_EXCEEDED",
            "pipeline-error-eleven-labs-max-character-limit-exceeded",
        ),
        (
            "PIPELINE_ERROR_ELEVEN_LABS_BLOCKED_VOICE_POTENTIALLY_AGAINST_TERMS_OF_SERVICE_AND_AWAITING_VERIFICATION",
            "pipeline-error-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification",
        ),
        ("PIPELINE_ERROR_ELEVEN_LABS_500_SERVER_ERROR", "pipeline-error-eleven-labs-500-server-error"),
        ("PIPELINE_ERROR_ELEVEN_LABS_503_SERVER_ERROR", "pipeline-error-eleven-labs-503-server-error"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FOUND",
            "call.in-progress.error-vapifault-eleven-labs-voice-not-found",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_QUOTA_EXCEEDED",
            "call.in-progress.error-vapifault-eleven-labs-quota-exceeded",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_UNAUTHORIZED_ACCESS",
            "call.in-progress.error-vapifault-eleven-labs-unauthorized-access",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_UNAUTHORIZED_TO_ACCESS_MODEL",
            "call.in-progress.error-vapifault-eleven-labs-unauthorized-to-access-model",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_PROFESSIONAL_VOICES_ONLY_FOR_CREATOR_PLUS",
            "call.in-progress.error-vapifault-eleven-labs-professional-voices-only-for-creator-plus",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_FREE_PLAN_AND_REQUESTED_UPGRADE",
            "call.in-progress.error-vapifault-eleven-labs-blocked-free-plan-and-requested-upgrade",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_CONCURRENT_REQUESTS_AND_REQUESTED_UPGRADE",
            "call.in-progress.error-vapifault-eleven-labs-blocked-concurrent-requests-and-requested-upgrade",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_USING_INSTANT_VOICE_CLONE_AND_REQUESTED_UPGRADE",
            "call.in-progress.error-vapifault-eleven-labs-blocked-using-instant-voice-clone-and-requested-upgrade",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE",
            "call.in-progress.error-vapifault-eleven-labs-system-busy-and-requested-upgrade",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FINE_TUNED",
            "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_INVALID_API_KEY",
            "call.in-progress.error-vapifault-eleven-labs-invalid-api-key",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_INVALID_VOICE_SAMPLES",
            "call.in-progress.error-vapifault-eleven-labs-invalid-voice-samples",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_DISABLED_BY_OWNER",
            "call.in-progress.error-vapifault-eleven-labs-voice-disabled-by-owner",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_ACCOUNT_IN_PROBATION",
            "call.in-progress.error-vapifault-eleven-labs-blocked-account-in-probation",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_CONTENT_AGAINST_THEIR_POLICY",
            "call.in-progress.error-vapifault-eleven-labs-blocked-content-against-their-policy",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_MISSING_SAMPLES_FOR_VOICE_CLONE",
            "call.in-progress.error-vapifault-eleven-labs-missing-samples-for-voice-clone",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_FINE_TUNED_AND_CANNOT_BE_USED",
            "call.in-progress.error-vapifault-eleven-labs-voice-not-fine-tuned-and-cannot-be-used",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_VOICE_NOT_ALLOWED_FOR_FREE_USERS",
            "call.in-progress.error-vapifault-eleven-labs-voice-not-allowed-for-free-users",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_MAX_CHARACTER_LIMIT_EXCEEDED",
            "call.in-progress.error-vapifault-eleven-labs-max-character-limit-exceeded",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_ELEVEN_LABS_BLOCKED_VOICE_POTENTIALLY_AGAINST_TERMS_OF_SERVICE_AND_AWAITING_VERIFICATION",
            "call.in-progress.error-vapifault-eleven-labs-blocked-voice-potentially-against-terms-of-service-and-awaiting-verification",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_SYSTEM_BUSY_AND_REQUESTED_UPGRADE",
            "call.in-progress.error-providerfault-eleven-labs-system-busy-and-requested-upgrade",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_500_SERVER_ERROR",
            "call.in-progress.error-providerfault-eleven-labs-500-server-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_ELEVEN_LABS_503_SERVER_ERROR",
            "call.in-progress.error-providerfault-eleven-labs-503-server-error",
        ),
        ("PIPELINE_ERROR_PLAYHT_REQUEST_TIMED_OUT", "pipeline-error-playht-request-timed-out"),
        ("PIPELINE_ERROR_PLAYHT_INVALID_VOICE", "pipeline-error-playht-invalid-voice"),
        ("PIPELINE_ERROR_PLAYHT_UNEXPECTED_ERROR", "pipeline-error-playht-unexpected-error"),
        ("PIPELINE_ERROR_PLAYHT_OUT_OF_CREDITS", "pipeline-error-playht-out-of-credits"),
        ("PIPELINE_ERROR_PLAYHT_INVALID_EMOTION", "pipeline-error-playht-invalid-emotion"),
        (
            "PIPELINE_ERROR_PLAYHT_VOICE_MUST_BE_A_VALID_VOICE_MANIFEST_URI",
            "pipeline-error-playht-voice-must-be-a-valid-voice-manifest-uri",
        ),
        ("PIPELINE_ERROR_PLAYHT_401_UNAUTHORIZED", "pipeline-error-playht-401-unauthorized"),
        (
            "PIPELINE_ERROR_PLAYHT_403_FORBIDDEN_OUT_OF_CHARACTERS",
            "pipeline-error-playht-403-forbidden-out-of-characters",
        ),
        (
            "PIPELINE_ERROR_PLAYHT_403_FORBIDDEN_API_ACCESS_NOT_AVAILABLE",
            "pipeline-error-playht-403-forbidden-api-access-not-available",
        ),
        ("PIPELINE_ERROR_PLAYHT_429_EXCEEDED_QUOTA", "pipeline-error-playht-429-exceeded-quota"),
        ("PIPELINE_ERROR_PLAYHT_502_GATEWAY_ERROR", "pipeline-error-playht-502-gateway-error"),
        ("PIPELINE_ERROR_PLAYHT_504_GATEWAY_ERROR", "pipeline-error-playht-504-gateway-error"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_REQUEST_TIMED_OUT",
            "call.in-progress.error-vapifault-playht-request-timed-out",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_INVALID_VOICE",
            "call.in-progress.error-vapifault-playht-invalid-voice",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_UNEXPECTED_ERROR",
            "call.in-progress.error-vapifault-playht-unexpected-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_OUT_OF_CREDITS",
            "call.in-progress.error-vapifault-playht-out-of-credits",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_INVALID_EMOTION",
            "call.in-progress.error-vapifault-playht-invalid-emotion",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_VOICE_MUST_BE_A_VALID_VOICE_MANIFEST_URI",
            "call.in-progress.error-vapifault-playht-voice-must-be-a-valid-voice-manifest-uri",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_401_UNAUTHORIZED",
            "call.in-progress.error-vapifault-playht-401-unauthorized",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_403_FORBIDDEN_OUT_OF_CHARACTERS",
            "call.in-progress.error-vapifault-playht-403-forbidden-out-of-characters",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_403_FORBIDDEN_API_ACCESS_NOT_AVAILABLE",
            "call.in-progress.error-vapifault-playht-403-forbidden-api-access-not-available",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_PLAYHT_429_EXCEEDED_QUOTA",
            "call.in-progress.error-vapifault-playht-429-exceeded-quota",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PLAYHT_502_GATEWAY_ERROR",
            "call.in-progress.error-providerfault-playht-502-gateway-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_PLAYHT_504_GATEWAY_ERROR",
            "call.in-progress.error-providerfault-playht-504-gateway-error",
        ),
        ("PIPELINE_ERROR_CUSTOM_TRANSCRIBER_FAILED", "pipeline-error-custom-transcriber-failed"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_CUSTOM_TRANSCRIBER_FAILED",
            "call.in-progress.error-vapifault-custom-transcriber-failed",
        ),
        (
            "PIPELINE_ERROR_DEEPGRAM_RETURNING_400_NO_SUCH_MODEL_LANGUAGE_TIER_COMBINATION",
            "pipeline-error-deepgram-returning-400-no-such-model-language-tier-combination",
        ),
        (
            "PIPELINE_ERROR_DEEPGRAM_RETURNING_401_INVALID_CREDENTIALS",
            "pipeline-error-deepgram-returning-401-invalid-credentials",
        ),
        (
            "PIPELINE_ERROR_DEEPGRAM_RETURNING_403_MODEL_ACCESS_DENIED",
            "pipeline-error-deepgram-returning-403-model-access-denied",
        ),
        ("PIPELINE_ERROR_DEEPGRAM_RETURNING_404_NOT_FOUND", "pipeline-error-deepgram-returning-404-not-found"),
        ("PIPELINE_ERROR_DEEPGRAM_RETURNING_500_INVALID_JSON", "pipeline-error-deepgram-returning-500-invalid-json"),
        ("PIPELINE_ERROR_DEEPGRAM_RETURNING_502_NETWORK_ERROR", "pipeline-error-deepgram-returning-502-network-error"),
        (
            "PIPELINE_ERROR_DEEPGRAM_RETURNING_502_BAD_GATEWAY_EHOSTUNREACH",
            "pipeline-error-deepgram-returning-502-bad-gateway-ehostunreach",
        ),
        ("PIPELINE_ERROR_DEEPGRAM_RETURNING_ECONNRESET", "pipeline-error-deepgram-returning-econnreset"),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_400_NO_SUCH_MODEL_LANGUAGE_TIER_COMBINATION",
            "call.in-progress.error-vapifault-deepgram-returning-400-no-such-model-language-tier-combination",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_401_INVALID_CREDENTIALS",
            "call.in-progress.error-vapifault-deepgram-returning-401-invalid-credentials",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_404_NOT_FOUND",
            "call.in-progress.error-vapifault-deepgram-returning-404-not-found",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_VAPIFAULT_DEEPGRAM_RETURNING_403_MODEL_ACCESS_DENIED",
            "call.in-progress.error-vapifault-deepgram-returning-403-model-access-denied",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_500_INVALID_JSON",
            "call.in-progress.error-providerfault-deepgram-returning-500-invalid-json",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_502_NETWORK_ERROR",
            "call.in-progress.error-providerfault-deepgram-returning-502-network-error",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_DEEPGRAM_RETURNING_502_BAD_GATEWAY_EHOSTUNREACH",
            "call.in-progress.error-providerfault-deepgram-returning-502-bad-gateway-ehostunreach",
        ),
        ("CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_MAX_DURATION", "call.in-progress.error-warm-transfer-max-duration"),
        (
            "CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_ASSISTANT_CANCELLED",
            "call.in-progress.error-warm-transfer-assistant-cancelled",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_SILENCE_TIMEOUT",
            "call.in-progress.error-warm-transfer-silence-timeout",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_WARM_TRANSFER_MICROPHONE_TIMEOUT",
            "call.in-progress.error-warm-transfer-microphone-timeout",
        ),
        ("ASSISTANT_ENDED_CALL", "assistant-ended-call"),
        ("ASSISTANT_SAID_END_CALL_PHRASE", "assistant-said-end-call-phrase"),
        ("ASSISTANT_ENDED_CALL_WITH_HANGUP_TASK", "assistant-ended-call-with-hangup-task"),
        ("ASSISTANT_ENDED_CALL_AFTER_MESSAGE_SPOKEN", "assistant-ended-call-after-message-spoken"),
        ("ASSISTANT_FORWARDED_CALL", "assistant-forwarded-call"),
        ("ASSISTANT_JOIN_TIMED_OUT", "assistant-join-timed-out"),
        (
            "CALL_IN_PROGRESS_ERROR_ASSISTANT_DID_NOT_RECEIVE_CUSTOMER_AUDIO",
            "call.in-progress.error-assistant-did-not-receive-customer-audio",
        ),
        ("CALL_IN_PROGRESS_ERROR_TRANSFER_FAILED", "call.in-progress.error-transfer-failed"),
        ("CUSTOMER_BUSY", "customer-busy"),
        ("CUSTOMER_ENDED_CALL", "customer-ended-call"),
        ("CUSTOMER_ENDED_CALL_BEFORE_WARM_TRANSFER", "customer-ended-call-before-warm-transfer"),
        ("CUSTOMER_ENDED_CALL_AFTER_WARM_TRANSFER_ATTEMPT", "customer-ended-call-after-warm-transfer-attempt"),
        ("CUSTOMER_ENDED_CALL_DURING_TRANSFER", "customer-ended-call-during-transfer"),
        ("CUSTOMER_DID_NOT_ANSWER", "customer-did-not-answer"),
        ("CUSTOMER_DID_NOT_GIVE_MICROPHONE_PERMISSION", "customer-did-not-give-microphone-permission"),
        ("EXCEEDED_MAX_DURATION", "exceeded-max-duration"),
        ("MANUALLY_CANCELED", "manually-canceled"),
        ("PHONE_CALL_PROVIDER_CLOSED_WEBSOCKET", "phone-call-provider-closed-websocket"),
        ("CALL_FORWARDING_OPERATOR_BUSY", "call.forwarding.operator-busy"),
        ("CALL_FORWARDING_NO_ANSWER", "call.forwarding.no-answer"),
        ("SILENCE_TIMED_OUT", "silence-timed-out"),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_403_FORBIDDEN",
            "call.in-progress.error-providerfault-outbound-sip-403-forbidden",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_407_PROXY_AUTHENTICATION_REQUIRED",
            "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_408_REQUEST_TIMEOUT",
            "call.in-progress.error-providerfault-outbound-sip-408-request-timeout",
        ),
        (
            "CALL_IN_PROGRESS_ERROR_PROVIDERFAULT_OUTBOUND_SIP_480_TEMPORARILY_UNAVAILABLE",
            "call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable",
        ),
        ("CALL_RINGING_HOOK_EXECUTED_SAY", "call.ringing.hook-executed-say"),
        ("CALL_RINGING_HOOK_EXECUTED_TRANSFER", "call.ringing.hook-executed-transfer"),
        ("CALL_ENDING_HOOK_EXECUTED_SAY", "call.ending.hook-executed-say"),
        ("CALL_ENDING_HOOK_EXECUTED_TRANSFER", "call.ending.hook-executed-transfer"),
        (
            "CALL_RINGING_SIP_INBOUND_CALLER_HUNGUP_BEFORE_CALL_CONNECT",
            "call.ringing.sip-inbound-caller-hungup-before-call-connect",
        ),
        ("TWILIO_FAILED_TO_CONNECT_CALL", "twilio-failed-to-connect-call"),
        ("TWILIO_REPORTED_CUSTOMER_MISDIALED", "twilio-reported-customer-misdialed"),
        ("VONAGE_REJECTED", "vonage-rejected"),
        ("VOICEMAIL", "voicemail"),
        ("CALL_DELETED", "call-deleted"),
    ),
)


ServerMessageEndOfCallReportEndedReason = CallEndedReason  # a locked name of this class (names lock)


ServerMessageStatusUpdateEndedReason = CallEndedReason  # a locked name of this class (names lock)
