from .._enums import OpenEnum

__all__ = ["FallbackGladiaTranscriberModel"]


class FallbackGladiaTranscriberModel(OpenEnum):
    """Known values of FallbackGladiaTranscriberModel; any other string parses too (see OpenEnum)."""

    FAST = "fast"
    ACCURATE = "accurate"
    SOLARIA_1 = "solaria-1"
