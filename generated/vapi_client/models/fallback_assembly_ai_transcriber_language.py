from .._enums import OpenEnum

__all__ = ["FallbackAssemblyAITranscriberLanguage"]


class FallbackAssemblyAITranscriberLanguage(OpenEnum):
    """Known values of FallbackAssemblyAITranscriberLanguage; any other string parses too (see OpenEnum)."""

    MULTI = "multi"
    EN = "en"
