from .._enums import OpenEnum

__all__ = ["RecordingConsentPlanStayOnLineFirstMessageMode"]


class RecordingConsentPlanStayOnLineFirstMessageMode(OpenEnum):
    """Known values of RecordingConsentPlanStayOnLineFirstMessageMode; any other string parses too (see OpenEnum)."""

    ASSISTANT_SPEAKS_FIRST = "assistant-speaks-first"
    ASSISTANT_WAITS_FOR_USER = "assistant-waits-for-user"
