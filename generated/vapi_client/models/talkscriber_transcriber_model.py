from .._enums import OpenEnum

__all__ = ["TalkscriberTranscriberModel"]


class TalkscriberTranscriberModel(OpenEnum):
    """Known values of TalkscriberTranscriberModel; any other string parses too (see OpenEnum)."""

    WHISPER = "whisper"
