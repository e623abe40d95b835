from .._enums import OpenEnum

__all__ = ["GroupConditionOperator"]


class GroupConditionOperator(OpenEnum):
    """Known values of GroupConditionOperator; any other string parses too (see OpenEnum)."""

    AND = "AND"
    OR = "OR"
