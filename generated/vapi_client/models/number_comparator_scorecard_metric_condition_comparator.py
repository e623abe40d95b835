# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["NumberComparatorScorecardMetricConditionComparator"]


class NumberComparatorScorecardMetricConditionComparator(OpenEnum):
    """Known values of NumberComparatorScorecardMetricConditionComparator; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        VALUE_0 = "="
        VALUE_1 = "!="
        VALUE_2 = ">"
        VALUE_3 = "<"
        VALUE_4 = ">="
        VALUE_5 = "<="


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_NumberComparatorScorecardMetricConditionComparatorValues: TypeAlias = Literal[
    "=",
    "!=",
    ">",
    "<",
    ">=",
    "<=",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    NumberComparatorScorecardMetricConditionComparator,
    (
        ("VALUE_0", "="),
        ("VALUE_1", "!="),
        ("VALUE_2", ">"),
        ("VALUE_3", "<"),
        ("VALUE_4", ">="),
        ("VALUE_5", "<="),
    ),
)
