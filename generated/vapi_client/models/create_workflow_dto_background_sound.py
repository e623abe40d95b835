from .._enums import OpenEnum

__all__ = ["CreateWorkflowDTOBackgroundSound"]


class CreateWorkflowDTOBackgroundSound(OpenEnum):
    """Known values of CreateWorkflowDTOBackgroundSound; any other string parses too (see OpenEnum)."""

    OFF = "off"
    OFFICE = "office"
