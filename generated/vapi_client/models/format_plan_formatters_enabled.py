from .._enums import OpenEnum

__all__ = ["FormatPlanFormattersEnabled"]


class FormatPlanFormattersEnabled(OpenEnum):
    """Known values of FormatPlanFormattersEnabled; any other string parses too (see OpenEnum)."""

    MARKDOWN = "markdown"
    ASTERISK = "asterisk"
    QUOTE = "quote"
    DASH = "dash"
    NEWLINE = "newline"
    COLON = "colon"
    ACRONYM = "acronym"
    DOLLARAMOUNT = "dollarAmount"
    EMAIL = "email"
    DATE = "date"
    TIME = "time"
    DISTANCE = "distance"
    UNIT = "unit"
    PERCENTAGE = "percentage"
    PHONENUMBER = "phoneNumber"
    NUMBER = "number"
    STRIPASTERISK = "stripAsterisk"
