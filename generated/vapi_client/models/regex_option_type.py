from .._enums import OpenEnum

__all__ = ["RegexOptionType"]


class RegexOptionType(OpenEnum):
    """Known values of RegexOptionType; any other string parses too (see OpenEnum)."""

    IGNORE_CASE = "ignore-case"
    WHOLE_WORD = "whole-word"
    MULTI_LINE = "multi-line"
