from .._enums import OpenEnum

__all__ = ["EndedReasonConditionOperator"]


class EndedReasonConditionOperator(OpenEnum):
    """Known values of EndedReasonConditionOperator; any other string parses too (see OpenEnum)."""

    ONEOF = "oneOf"
    NOTONEOF = "notOneOf"
