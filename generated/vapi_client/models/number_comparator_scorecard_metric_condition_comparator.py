from .._enums import OpenEnum

__all__ = ["NumberComparatorScorecardMetricConditionComparator"]


class NumberComparatorScorecardMetricConditionComparator(OpenEnum):
    """Known values of NumberComparatorScorecardMetricConditionComparator; any other string parses too (see OpenEnum)."""

    VALUE_0 = "="
    VALUE_1 = "!="
    VALUE_2 = ">"
    VALUE_3 = "<"
    VALUE_4 = ">="
    VALUE_5 = "<="
