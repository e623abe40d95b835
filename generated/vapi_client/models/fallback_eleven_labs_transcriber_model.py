from .._enums import OpenEnum

__all__ = ["FallbackElevenLabsTranscriberModel"]


class FallbackElevenLabsTranscriberModel(OpenEnum):
    """Known values of FallbackElevenLabsTranscriberModel; any other string parses too (see OpenEnum)."""

    SCRIBE_V1 = "scribe_v1"
    SCRIBE_V2 = "scribe_v2"
    SCRIBE_V2_REALTIME = "scribe_v2_realtime"
