# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["SuccessEvaluationPlanRubric"]


class SuccessEvaluationPlanRubric(OpenEnum):
    """Known values of SuccessEvaluationPlanRubric; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        NUMERICSCALE = "NumericScale"
        DESCRIPTIVESCALE = "DescriptiveScale"
        CHECKLIST = "Checklist"
        MATRIX = "Matrix"
        PERCENTAGESCALE = "PercentageScale"
        LIKERTSCALE = "LikertScale"
        AUTOMATICRUBRIC = "AutomaticRubric"
        PASSFAIL = "PassFail"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_SuccessEvaluationPlanRubricValues: TypeAlias = Literal[
    "NumericScale",
    "DescriptiveScale",
    "Checklist",
    "Matrix",
    "PercentageScale",
    "LikertScale",
    "AutomaticRubric",
    "PassFail",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    SuccessEvaluationPlanRubric,
    (
        ("NUMERICSCALE", "NumericScale"),
        ("DESCRIPTIVESCALE", "DescriptiveScale"),
        ("CHECKLIST", "Checklist"),
        ("MATRIX", "Matrix"),
        ("PERCENTAGESCALE", "PercentageScale"),
        ("LIKERTSCALE", "LikertScale"),
        ("AUTOMATICRUBRIC", "AutomaticRubric"),
        ("PASSFAIL", "PassFail"),
    ),
)
