from .._enums import OpenEnum

__all__ = ["HumeVoiceModel"]


class HumeVoiceModel(OpenEnum):
    """Known values of HumeVoiceModel; any other string parses too (see OpenEnum)."""

    OCTAVE = "octave"
    OCTAVE2 = "octave2"
