# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssistantOverridesFirstMessageMode"]


class AssistantOverridesFirstMessageMode(OpenEnum):
    """Known values of AssistantOverridesFirstMessageMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ASSISTANT_SPEAKS_FIRST = "assistant-speaks-first"
        ASSISTANT_SPEAKS_FIRST_WITH_MODEL_GENERATED_MESSAGE = "assistant-speaks-first-with-model-generated-message"
        ASSISTANT_WAITS_FOR_USER = "assistant-waits-for-user"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssistantOverridesFirstMessageModeValues: TypeAlias = Literal[
    "assistant-speaks-first",
    "assistant-speaks-first-with-model-generated-message",
    "assistant-waits-for-user",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssistantOverridesFirstMessageMode,
    (
        ("ASSISTANT_SPEAKS_FIRST", "assistant-speaks-first"),
        ("ASSISTANT_SPEAKS_FIRST_WITH_MODEL_GENERATED_MESSAGE", "assistant-speaks-first-with-model-generated-message"),
        ("ASSISTANT_WAITS_FOR_USER", "assistant-waits-for-user"),
    ),
)


CreateAssistantDTOFirstMessageMode = AssistantOverridesFirstMessageMode  # a locked name of this class (names lock)
