from .._enums import OpenEnum

__all__ = ["CustomLLMModelMetadataSendMode"]


class CustomLLMModelMetadataSendMode(OpenEnum):
    """Known values of CustomLLMModelMetadataSendMode; any other string parses too (see OpenEnum)."""

    OFF = "off"
    VARIABLE = "variable"
    DESTRUCTURED = "destructured"
