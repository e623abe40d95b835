from .._enums import OpenEnum

__all__ = ["OpenAIModelToolStrictCompatibilityMode"]


class OpenAIModelToolStrictCompatibilityMode(OpenEnum):
    """Known values of OpenAIModelToolStrictCompatibilityMode; any other string parses too (see OpenEnum)."""

    STRIP_PARAMETERS_WITH_UNSUPPORTED_VALIDATION = "strip-parameters-with-unsupported-validation"
    STRIP_UNSUPPORTED_VALIDATION = "strip-unsupported-validation"
