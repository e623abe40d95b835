from .._enums import OpenEnum

__all__ = ["LMNTVoiceId"]


class LMNTVoiceId(OpenEnum):
    """Known values of LMNTVoiceId; any other string parses too (see OpenEnum)."""

    LILY = "lily"
    DANIEL = "daniel"
