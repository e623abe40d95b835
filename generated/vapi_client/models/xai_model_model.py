# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["XaiModelModel"]


class XaiModelModel(OpenEnum):
    """Known values of XaiModelModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GROK_BETA = "grok-beta"
        GROK_2 = "grok-2"
        GROK_3 = "grok-3"
        GROK_4_FAST_REASONING = "grok-4-fast-reasoning"
        GROK_4_FAST_NON_REASONING = "grok-4-fast-non-reasoning"
        GROK_4_20_0309_REASONING = "grok-4.20-0309-reasoning"
        GROK_4_20_0309_NON_REASONING = "grok-4.20-0309-non-reasoning"
        GROK_4_3 = "grok-4.3"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_XaiModelModelValues: TypeAlias = Literal[
    "grok-beta",
    "grok-2",
    "grok-3",
    "grok-4-fast-reasoning",
    "grok-4-fast-non-reasoning",
    "grok-4.20-0309-reasoning",
    "grok-4.20-0309-non-reasoning",
    "grok-4.3",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    XaiModelModel,
    (
        ("GROK_BETA", "grok-beta"),
        ("GROK_2", "grok-2"),
        ("GROK_3", "grok-3"),
        ("GROK_4_FAST_REASONING", "grok-4-fast-reasoning"),
        ("GROK_4_FAST_NON_REASONING", "grok-4-fast-non-reasoning"),
        ("GROK_4_20_0309_REASONING", "grok-4.20-0309-reasoning"),
        ("GROK_4_20_0309_NON_REASONING", "grok-4.20-0309-non-reasoning"),
        ("GROK_4_3", "grok-4.3"),
    ),
)
