from .._enums import OpenEnum

__all__ = ["GladiaTranscriberRegion"]


class GladiaTranscriberRegion(OpenEnum):
    """Known values of GladiaTranscriberRegion; any other string parses too (see OpenEnum)."""

    US_WEST = "us-west"
    EU_WEST = "eu-west"
