from .._enums import OpenEnum

__all__ = ["GladiaTranscriberModel"]


class GladiaTranscriberModel(OpenEnum):
    """Known values of GladiaTranscriberModel; any other string parses too (see OpenEnum)."""

    FAST = "fast"
    ACCURATE = "accurate"
    SOLARIA_1 = "solaria-1"
