from .._enums import OpenEnum

__all__ = ["ArtifactPlanRecordingFormat"]


class ArtifactPlanRecordingFormat(OpenEnum):
    """Known values of ArtifactPlanRecordingFormat; any other string parses too (see OpenEnum)."""

    WAVL16 = "wav;l16"
    MP3 = "mp3"
