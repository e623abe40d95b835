from .._enums import OpenEnum

__all__ = ["FallbackGladiaTranscriberRegion"]


class FallbackGladiaTranscriberRegion(OpenEnum):
    """Known values of FallbackGladiaTranscriberRegion; any other string parses too (see OpenEnum)."""

    US_WEST = "us-west"
    EU_WEST = "eu-west"
