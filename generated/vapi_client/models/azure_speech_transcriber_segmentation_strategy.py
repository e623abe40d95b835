# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["AzureSpeechTranscriberSegmentationStrategy"]


class AzureSpeechTranscriberSegmentationStrategy(OpenEnum):
    """Known values of AzureSpeechTranscriberSegmentationStrategy; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        DEFAULT = "Default"
        TIME = "Time"
        SEMANTIC = "Semantic"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AzureSpeechTranscriberSegmentationStrategy,
    (
        ("DEFAULT", "Default"),
        ("TIME", "Time"),
        ("SEMANTIC", "Semantic"),
    ),
)


FallbackAzureSpeechTranscriberSegmentationStrategy = (
    AzureSpeechTranscriberSegmentationStrategy  # a locked name of this class (names lock)
)
