# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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
