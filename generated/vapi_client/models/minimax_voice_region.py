from .._enums import OpenEnum

__all__ = ["MinimaxVoiceRegion"]


class MinimaxVoiceRegion(OpenEnum):
    """Known values of MinimaxVoiceRegion; any other string parses too (see OpenEnum)."""

    WORLDWIDE = "worldwide"
    CHINA = "china"
