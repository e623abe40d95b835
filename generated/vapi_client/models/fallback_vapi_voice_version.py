from .._enums import OpenEnum

__all__ = ["FallbackVapiVoiceVersion"]


class FallbackVapiVoiceVersion(OpenEnum):
    """Known values of FallbackVapiVoiceVersion; any other string parses too (see OpenEnum)."""

    VALUE_0 = "1"
    VALUE_1 = "2"
    LATEST = "latest"
