from .._enums import OpenEnum

__all__ = ["ConditionOperator"]


class ConditionOperator(OpenEnum):
    """Known values of ConditionOperator; any other string parses too (see OpenEnum)."""

    EQ = "eq"
    NEQ = "neq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
