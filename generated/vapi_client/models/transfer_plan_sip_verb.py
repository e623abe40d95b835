from .._enums import OpenEnum

__all__ = ["TransferPlanSipVerb"]


class TransferPlanSipVerb(OpenEnum):
    """Known values of TransferPlanSipVerb; any other string parses too (see OpenEnum)."""

    REFER = "refer"
    BYE = "bye"
    DIAL = "dial"
