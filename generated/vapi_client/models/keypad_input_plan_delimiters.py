from .._enums import OpenEnum

__all__ = ["KeypadInputPlanDelimiters"]


class KeypadInputPlanDelimiters(OpenEnum):
    """Known values of KeypadInputPlanDelimiters; any other string parses too (see OpenEnum)."""

    VALUE_0 = "#"
    VALUE_1 = "*"
    VALUE_2 = ""
