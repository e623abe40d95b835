from .._enums import OpenEnum

__all__ = ["FallbackCartesiaTranscriberModel"]


class FallbackCartesiaTranscriberModel(OpenEnum):
    """Known values of FallbackCartesiaTranscriberModel; any other string parses too (see OpenEnum)."""

    INK_WHISPER = "ink-whisper"
    INK_2 = "ink-2"
