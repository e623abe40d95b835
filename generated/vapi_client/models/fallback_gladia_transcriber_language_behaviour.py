from .._enums import OpenEnum

__all__ = ["FallbackGladiaTranscriberLanguageBehaviour"]


class FallbackGladiaTranscriberLanguageBehaviour(OpenEnum):
    """Known values of FallbackGladiaTranscriberLanguageBehaviour; any other string parses too (see OpenEnum)."""

    MANUAL = "manual"
    AUTOMATIC_SINGLE_LANGUAGE = "automatic single language"
    AUTOMATIC_MULTIPLE_LANGUAGES = "automatic multiple languages"
