from .._enums import OpenEnum

__all__ = ["XaiModelModel"]


class XaiModelModel(OpenEnum):
    """Known values of XaiModelModel; any other string parses too (see OpenEnum)."""

    GROK_BETA = "grok-beta"
    GROK_2 = "grok-2"
    GROK_3 = "grok-3"
    GROK_4_FAST_REASONING = "grok-4-fast-reasoning"
    GROK_4_FAST_NON_REASONING = "grok-4-fast-non-reasoning"
    GROK_4_20_0309_REASONING = "grok-4.20-0309-reasoning"
    GROK_4_20_0309_NON_REASONING = "grok-4.20-0309-non-reasoning"
    GROK_4_3 = "grok-4.3"
