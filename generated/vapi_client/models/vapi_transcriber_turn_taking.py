from .._enums import OpenEnum

__all__ = ["VapiTranscriberTurnTaking"]


class VapiTranscriberTurnTaking(OpenEnum):
    """Known values of VapiTranscriberTurnTaking; any other string parses too (see OpenEnum)."""

    INTELLIGENT = "intelligent"
    MANUAL = "manual"
