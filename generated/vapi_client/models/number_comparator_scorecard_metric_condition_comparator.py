from .._enums import OpenEnum

__all__ = ["NumberComparatorScorecardMetricConditionComparator"]


class NumberComparatorScorecardMetricConditionComparator(OpenEnum):
    """Known values of NumberComparatorScorecardMetricConditionComparator; any other string parses too (see OpenEnum)."""

    VALUE_0 = "="
    VALUE_1 = "!="
    VALUE_2 = "\u003e"
    VALUE_3 = "\u003c"
    VALUE_4 = "\u003e="
    VALUE_5 = "\u003c="
