from .._enums import OpenEnum

__all__ = ["BackgroundSound"]


class BackgroundSound(OpenEnum):
    """Known values of BackgroundSound; any other string parses too (see OpenEnum)."""

    OFF = "off"
    OFFICE = "office"
