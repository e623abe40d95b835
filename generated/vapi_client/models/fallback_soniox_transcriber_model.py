from .._enums import OpenEnum

__all__ = ["FallbackSonioxTranscriberModel"]


class FallbackSonioxTranscriberModel(OpenEnum):
    """Known values of FallbackSonioxTranscriberModel; any other string parses too (see OpenEnum)."""

    STT_RT_V4 = "stt-rt-v4"
    STT_RT_V5 = "stt-rt-v5"
