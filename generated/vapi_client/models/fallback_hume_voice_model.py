from .._enums import OpenEnum

__all__ = ["FallbackHumeVoiceModel"]


class FallbackHumeVoiceModel(OpenEnum):
    """Known values of FallbackHumeVoiceModel; any other string parses too (see OpenEnum)."""

    OCTAVE = "octave"
    OCTAVE2 = "octave2"
