# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackGladiaTranscriberLanguageBehaviour"]


class FallbackGladiaTranscriberLanguageBehaviour(OpenEnum):
    """Known values of FallbackGladiaTranscriberLanguageBehaviour; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MANUAL = "manual"
        AUTOMATIC_SINGLE_LANGUAGE = "automatic single language"
        AUTOMATIC_MULTIPLE_LANGUAGES = "automatic multiple languages"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackGladiaTranscriberLanguageBehaviourValues: TypeAlias = Literal[
    "manual",
    "automatic single language",
    "automatic multiple languages",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackGladiaTranscriberLanguageBehaviour,
    (
        ("MANUAL", "manual"),
        ("AUTOMATIC_SINGLE_LANGUAGE", "automatic single language"),
        ("AUTOMATIC_MULTIPLE_LANGUAGES", "automatic multiple languages"),
    ),
)


GladiaTranscriberLanguageBehaviour = (
    FallbackGladiaTranscriberLanguageBehaviour  # a locked name of this class (names lock)
)
