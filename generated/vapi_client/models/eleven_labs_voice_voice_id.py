# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["ElevenLabsVoiceVoiceId"]


class ElevenLabsVoiceVoiceId(OpenEnum):
    """Known values of ElevenLabsVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        BURT = "burt"
        MARISSA = "marissa"
        ANDREA = "andrea"
        SARAH = "sarah"
        PHILLIP = "phillip"
        STEVE = "steve"
        JOSEPH = "joseph"
        MYRA = "myra"
        PAULA = "paula"
        RYAN = "ryan"
        DREW = "drew"
        PAUL = "paul"
        MRB = "mrb"
        MATILDA = "matilda"
        MARK = "mark"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_ElevenLabsVoiceVoiceIdValues: TypeAlias = Literal[
    "burt",
    "marissa",
    "andrea",
    "sarah",
    "phillip",
    "steve",
    "joseph",
    "myra",
    "paula",
    "ryan",
    "drew",
    "paul",
    "mrb",
    "matilda",
    "mark",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    ElevenLabsVoiceVoiceId,
    (
        ("BURT", "burt"),
        ("MARISSA", "marissa"),
        ("ANDREA", "andrea"),
        ("SARAH", "sarah"),
        ("PHILLIP", "phillip"),
        ("STEVE", "steve"),
        ("JOSEPH", "joseph"),
        ("MYRA", "myra"),
        ("PAULA", "paula"),
        ("RYAN", "ryan"),
        ("DREW", "drew"),
        ("PAUL", "paul"),
        ("MRB", "mrb"),
        ("MATILDA", "matilda"),
        ("MARK", "mark"),
    ),
)


FallbackElevenLabsVoiceVoiceId = ElevenLabsVoiceVoiceId  # a locked name of this class (names lock)
