from .._enums import OpenEnum

__all__ = ["VoicemailDetectionCostProvider"]


class VoicemailDetectionCostProvider(OpenEnum):
    """Known values of VoicemailDetectionCostProvider; any other string parses too (see OpenEnum)."""

    TWILIO = "twilio"
    GOOGLE = "google"
    OPENAI = "openai"
    VAPI = "vapi"
