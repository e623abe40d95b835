# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["OpenAIModelPromptCacheRetention"]


class OpenAIModelPromptCacheRetention(OpenEnum):
    """Known values of OpenAIModelPromptCacheRetention; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        IN_MEMORY = "in_memory"
        VALUE_1 = "24h"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    OpenAIModelPromptCacheRetention,
    (
        ("IN_MEMORY", "in_memory"),
        ("VALUE_1", "24h"),
    ),
)
