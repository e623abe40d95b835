# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["OpenAIModelToolStrictCompatibilityMode"]


class OpenAIModelToolStrictCompatibilityMode(OpenEnum):
    """Known values of OpenAIModelToolStrictCompatibilityMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        STRIP_PARAMETERS_WITH_UNSUPPORTED_VALIDATION = "strip-parameters-with-unsupported-validation"
        STRIP_UNSUPPORTED_VALIDATION = "strip-unsupported-validation"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_OpenAIModelToolStrictCompatibilityModeValues: TypeAlias = Literal[
    "strip-parameters-with-unsupported-validation",
    "strip-unsupported-validation",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    OpenAIModelToolStrictCompatibilityMode,
    (
        ("STRIP_PARAMETERS_WITH_UNSUPPORTED_VALIDATION", "strip-parameters-with-unsupported-validation"),
        ("STRIP_UNSUPPORTED_VALIDATION", "strip-unsupported-validation"),
    ),
)
