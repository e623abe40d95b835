from .._enums import OpenEnum

__all__ = ["FallbackAssemblyAITranscriberMode"]


class FallbackAssemblyAITranscriberMode(OpenEnum):
    """Known values of FallbackAssemblyAITranscriberMode; any other string parses too (see OpenEnum)."""

    MAX_ACCURACY = "max_accuracy"
    MIN_LATENCY = "min_latency"
    BALANCED = "balanced"
