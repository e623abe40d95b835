from .._enums import OpenEnum

__all__ = ["VapiSmartEndpointingPlanProvider"]


class VapiSmartEndpointingPlanProvider(OpenEnum):
    """Known values of VapiSmartEndpointingPlanProvider; any other string parses too (see OpenEnum)."""

    VAPI = "vapi"
    LIVEKIT = "livekit"
    CUSTOM_ENDPOINTING_MODEL = "custom-endpointing-model"
