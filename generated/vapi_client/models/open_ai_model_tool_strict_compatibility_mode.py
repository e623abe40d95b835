# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["OpenAIModelToolStrictCompatibilityMode"]


class OpenAIModelToolStrictCompatibilityMode(OpenEnum):
    """Known values of OpenAIModelToolStrictCompatibilityMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        STRIP_PARAMETERS_WITH_UNSUPPORTED_VALIDATION = "strip-parameters-with-unsupported-validation"
        STRIP_UNSUPPORTED_VALIDATION = "strip-unsupported-validation"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    OpenAIModelToolStrictCompatibilityMode,
    (
        ("STRIP_PARAMETERS_WITH_UNSUPPORTED_VALIDATION", "strip-parameters-with-unsupported-validation"),
        ("STRIP_UNSUPPORTED_VALIDATION", "strip-unsupported-validation"),
    ),
)
