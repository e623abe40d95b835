from .._enums import OpenEnum

__all__ = ["CartesiaTranscriberModel"]


class CartesiaTranscriberModel(OpenEnum):
    """Known values of CartesiaTranscriberModel; any other string parses too (see OpenEnum)."""

    INK_WHISPER = "ink-whisper"
    INK_2 = "ink-2"
