from .._enums import OpenEnum

__all__ = ["WorkflowUserEditableBackgroundSound"]


class WorkflowUserEditableBackgroundSound(OpenEnum):
    """Known values of WorkflowUserEditableBackgroundSound; any other string parses too (see OpenEnum)."""

    OFF = "off"
    OFFICE = "office"
