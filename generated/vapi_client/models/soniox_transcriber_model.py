from .._enums import OpenEnum

__all__ = ["SonioxTranscriberModel"]


class SonioxTranscriberModel(OpenEnum):
    """Known values of SonioxTranscriberModel; any other string parses too (see OpenEnum)."""

    STT_RT_V4 = "stt-rt-v4"
    STT_RT_V5 = "stt-rt-v5"
