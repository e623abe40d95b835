from .._enums import OpenEnum

__all__ = ["VapiVoiceVersion"]


class VapiVoiceVersion(OpenEnum):
    """Known values of VapiVoiceVersion; any other string parses too (see OpenEnum)."""

    VALUE_0 = "1"
    VALUE_1 = "2"
    LATEST = "latest"
