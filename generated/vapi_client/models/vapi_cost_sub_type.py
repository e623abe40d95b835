from .._enums import OpenEnum

__all__ = ["VapiCostSubType"]


class VapiCostSubType(OpenEnum):
    """Known values of VapiCostSubType; any other string parses too (see OpenEnum)."""

    NORMAL = "normal"
    OVERAGE = "overage"
