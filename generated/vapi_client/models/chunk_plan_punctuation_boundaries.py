from .._enums import OpenEnum

__all__ = ["ChunkPlanPunctuationBoundaries"]


class ChunkPlanPunctuationBoundaries(OpenEnum):
    """Known values of ChunkPlanPunctuationBoundaries; any other string parses too (see OpenEnum)."""

    VALUE_0 = "\u3002"
    VALUE_1 = "\uff0c"
    VALUE_2 = "."
    VALUE_3 = "!"
    VALUE_4 = "?"
    VALUE_5 = ";"
    VALUE_6 = ")"
    VALUE_7 = "\u060c"
    VALUE_8 = "\u06d4"
    VALUE_9 = "\u0964"
    VALUE_10 = "\u0965"
    VALUE_11 = "|"
    VALUE_12 = "||"
    VALUE_13 = ","
    VALUE_14 = ":"
