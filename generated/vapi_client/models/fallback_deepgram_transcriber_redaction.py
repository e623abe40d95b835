from .._enums import OpenEnum

__all__ = ["FallbackDeepgramTranscriberRedaction"]


class FallbackDeepgramTranscriberRedaction(OpenEnum):
    """Known values of FallbackDeepgramTranscriberRedaction; any other string parses too (see OpenEnum)."""

    PCI = "pci"
    PII = "pii"
    PHI = "phi"
    NUMBERS = "numbers"
