# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssistantOverridesBackgroundSound"]


class AssistantOverridesBackgroundSound(OpenEnum):
    """Known values of AssistantOverridesBackgroundSound; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        OFF = "off"
        OFFICE = "office"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssistantOverridesBackgroundSoundValues: TypeAlias = Literal[
    "off",
    "office",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssistantOverridesBackgroundSound,
    (
        ("OFF", "off"),
        ("OFFICE", "office"),
    ),
)


CreateAssistantDTOBackgroundSound = AssistantOverridesBackgroundSound  # a locked name of this class (names lock)


CreateWorkflowDTOBackgroundSound = AssistantOverridesBackgroundSound  # a locked name of this class (names lock)


WorkflowUserEditableBackgroundSound = AssistantOverridesBackgroundSound  # a locked name of this class (names lock)
