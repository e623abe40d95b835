from .._enums import OpenEnum

__all__ = ["GladiaTranscriberLanguageBehaviour"]


class GladiaTranscriberLanguageBehaviour(OpenEnum):
    """Known values of GladiaTranscriberLanguageBehaviour; any other string parses too (see OpenEnum)."""

    MANUAL = "manual"
    AUTOMATIC_SINGLE_LANGUAGE = "automatic single language"
    AUTOMATIC_MULTIPLE_LANGUAGES = "automatic multiple languages"
