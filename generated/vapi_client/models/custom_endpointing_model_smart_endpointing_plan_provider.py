# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["CustomEndpointingModelSmartEndpointingPlanProvider"]


class CustomEndpointingModelSmartEndpointingPlanProvider(OpenEnum):
    """Known values of CustomEndpointingModelSmartEndpointingPlanProvider; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        VAPI = "vapi"
        LIVEKIT = "livekit"
        CUSTOM_ENDPOINTING_MODEL = "custom-endpointing-model"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CustomEndpointingModelSmartEndpointingPlanProvider,
    (
        ("VAPI", "vapi"),
        ("LIVEKIT", "livekit"),
        ("CUSTOM_ENDPOINTING_MODEL", "custom-endpointing-model"),
    ),
)


LivekitSmartEndpointingPlanProvider = (
    CustomEndpointingModelSmartEndpointingPlanProvider  # a locked name of this class (names lock)
)


VapiSmartEndpointingPlanProvider = (
    CustomEndpointingModelSmartEndpointingPlanProvider  # a locked name of this class (names lock)
)
