from .._enums import OpenEnum

__all__ = ["AssemblyAITranscriberLanguage"]


class AssemblyAITranscriberLanguage(OpenEnum):
    """Known values of AssemblyAITranscriberLanguage; any other string parses too (see OpenEnum)."""

    MULTI = "multi"
    EN = "en"
