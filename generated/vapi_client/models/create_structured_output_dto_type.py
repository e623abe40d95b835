from .._enums import OpenEnum

__all__ = ["CreateStructuredOutputDTOType"]


class CreateStructuredOutputDTOType(OpenEnum):
    """Known values of CreateStructuredOutputDTOType; any other string parses too (see OpenEnum)."""

    AI = "ai"
    REGEX = "regex"
