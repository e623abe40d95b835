from .._enums import OpenEnum

__all__ = ["BackoffPlanType"]


class BackoffPlanType(OpenEnum):
    """Known values of BackoffPlanType; any other string parses too (see OpenEnum)."""

    FIXED = "fixed"
    EXPONENTIAL = "exponential"
