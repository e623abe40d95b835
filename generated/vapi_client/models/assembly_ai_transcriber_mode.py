from .._enums import OpenEnum

__all__ = ["AssemblyAITranscriberMode"]


class AssemblyAITranscriberMode(OpenEnum):
    """Known values of AssemblyAITranscriberMode; any other string parses too (see OpenEnum)."""

    MAX_ACCURACY = "max_accuracy"
    MIN_LATENCY = "min_latency"
    BALANCED = "balanced"
