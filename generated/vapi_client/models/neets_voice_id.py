from .._enums import OpenEnum

__all__ = ["NeetsVoiceId"]


class NeetsVoiceId(OpenEnum):
    """Known values of NeetsVoiceId; any other string parses too (see OpenEnum)."""

    VITS = "vits"
