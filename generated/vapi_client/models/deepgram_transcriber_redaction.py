from .._enums import OpenEnum

__all__ = ["DeepgramTranscriberRedaction"]


class DeepgramTranscriberRedaction(OpenEnum):
    """Known values of DeepgramTranscriberRedaction; any other string parses too (see OpenEnum)."""

    PCI = "pci"
    PII = "pii"
    PHI = "phi"
    NUMBERS = "numbers"
