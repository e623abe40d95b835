# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["OpenAIModelPromptCacheRetention"]


class OpenAIModelPromptCacheRetention(OpenEnum):
    """Known values of OpenAIModelPromptCacheRetention; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        IN_MEMORY = "in_memory"
        VALUE_1 = "24h"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_OpenAIModelPromptCacheRetentionValues: TypeAlias = Literal[
    "in_memory",
    "24h",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    OpenAIModelPromptCacheRetention,
    (
        ("IN_MEMORY", "in_memory"),
        ("VALUE_1", "24h"),
    ),
)
