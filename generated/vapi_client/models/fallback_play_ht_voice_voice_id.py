# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackPlayHTVoiceVoiceId"]


class FallbackPlayHTVoiceVoiceId(OpenEnum):
    """Known values of FallbackPlayHTVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        JENNIFER = "jennifer"
        MELISSA = "melissa"
        WILL = "will"
        CHRIS = "chris"
        MATT = "matt"
        JACK = "jack"
        RUBY = "ruby"
        DAVIS = "davis"
        DONNA = "donna"
        MICHAEL = "michael"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackPlayHTVoiceVoiceIdValues: TypeAlias = Literal[
    "jennifer",
    "melissa",
    "will",
    "chris",
    "matt",
    "jack",
    "ruby",
    "davis",
    "donna",
    "michael",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackPlayHTVoiceVoiceId,
    (
        ("JENNIFER", "jennifer"),
        ("MELISSA", "melissa"),
        ("WILL", "will"),
        ("CHRIS", "chris"),
        ("MATT", "matt"),
        ("JACK", "jack"),
        ("RUBY", "ruby"),
        ("DAVIS", "davis"),
        ("DONNA", "donna"),
        ("MICHAEL", "michael"),
    ),
)


PlayHTVoiceVoiceId = FallbackPlayHTVoiceVoiceId  # a locked name of this class (names lock)
