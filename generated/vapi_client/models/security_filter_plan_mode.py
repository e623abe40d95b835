from .._enums import OpenEnum

__all__ = ["SecurityFilterPlanMode"]


class SecurityFilterPlanMode(OpenEnum):
    """Known values of SecurityFilterPlanMode; any other string parses too (see OpenEnum)."""

    SANITIZE = "sanitize"
    REJECT = "reject"
    REPLACE = "replace"
