from .._enums import OpenEnum

__all__ = ["AudioFormatFormat"]


class AudioFormatFormat(OpenEnum):
    """Known values of AudioFormatFormat; any other string parses too (see OpenEnum)."""

    PCM_S16LE = "pcm_s16le"
    MULAW = "mulaw"
