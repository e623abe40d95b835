# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssemblyAITranscriberMode"]


class AssemblyAITranscriberMode(OpenEnum):
    """Known values of AssemblyAITranscriberMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MAX_ACCURACY = "max_accuracy"
        MIN_LATENCY = "min_latency"
        BALANCED = "balanced"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssemblyAITranscriberModeValues: TypeAlias = Literal[
    "max_accuracy",
    "min_latency",
    "balanced",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssemblyAITranscriberMode,
    (
        ("MAX_ACCURACY", "max_accuracy"),
        ("MIN_LATENCY", "min_latency"),
        ("BALANCED", "balanced"),
    ),
)


FallbackAssemblyAITranscriberMode = AssemblyAITranscriberMode  # a locked name of this class (names lock)
