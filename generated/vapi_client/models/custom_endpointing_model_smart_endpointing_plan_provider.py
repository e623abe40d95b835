from .._enums import OpenEnum

__all__ = ["CustomEndpointingModelSmartEndpointingPlanProvider"]


class CustomEndpointingModelSmartEndpointingPlanProvider(OpenEnum):
    """Known values of CustomEndpointingModelSmartEndpointingPlanProvider; any other string parses too (see OpenEnum)."""

    VAPI = "vapi"
    LIVEKIT = "livekit"
    CUSTOM_ENDPOINTING_MODEL = "custom-endpointing-model"
