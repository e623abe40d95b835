from .._enums import OpenEnum

__all__ = ["CartesiaExperimentalControlsSpeed"]


class CartesiaExperimentalControlsSpeed(OpenEnum):
    """Known values of CartesiaExperimentalControlsSpeed; any other string parses too (see OpenEnum)."""

    SLOWEST = "slowest"
    SLOW = "slow"
    NORMAL = "normal"
    FAST = "fast"
    FASTEST = "fastest"
