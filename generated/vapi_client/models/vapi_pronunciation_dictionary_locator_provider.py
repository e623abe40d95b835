from .._enums import OpenEnum

__all__ = ["VapiPronunciationDictionaryLocatorProvider"]


class VapiPronunciationDictionaryLocatorProvider(OpenEnum):
    """Known values of VapiPronunciationDictionaryLocatorProvider; any other string parses too (see OpenEnum)."""

    CARTESIA = "cartesia"
    VALUE_1 = "11labs"
