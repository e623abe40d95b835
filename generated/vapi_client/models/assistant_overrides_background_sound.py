from .._enums import OpenEnum

__all__ = ["AssistantOverridesBackgroundSound"]


class AssistantOverridesBackgroundSound(OpenEnum):
    """Known values of AssistantOverridesBackgroundSound; any other string parses too (see OpenEnum)."""

    OFF = "off"
    OFFICE = "office"
