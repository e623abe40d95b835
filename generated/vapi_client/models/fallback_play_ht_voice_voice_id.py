# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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
