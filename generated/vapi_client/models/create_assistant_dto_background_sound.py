from .._enums import OpenEnum

__all__ = ["CreateAssistantDTOBackgroundSound"]


class CreateAssistantDTOBackgroundSound(OpenEnum):
    """Known values of CreateAssistantDTOBackgroundSound; any other string parses too (see OpenEnum)."""

    OFF = "off"
    OFFICE = "office"
