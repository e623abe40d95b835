from .._enums import OpenEnum

__all__ = ["LivekitSmartEndpointingPlanProvider"]


class LivekitSmartEndpointingPlanProvider(OpenEnum):
    """Known values of LivekitSmartEndpointingPlanProvider; any other string parses too (see OpenEnum)."""

    VAPI = "vapi"
    LIVEKIT = "livekit"
    CUSTOM_ENDPOINTING_MODEL = "custom-endpointing-model"
