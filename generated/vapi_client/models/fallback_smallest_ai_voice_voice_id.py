# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackSmallestAIVoiceVoiceId"]


class FallbackSmallestAIVoiceVoiceId(OpenEnum):
    """Known values of FallbackSmallestAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EMILY = "emily"
        JASMINE = "jasmine"
        ARMAN = "arman"
        JAMES = "james"
        MITHALI = "mithali"
        ARAVIND = "aravind"
        RAJ = "raj"
        DIYA = "diya"
        RAMAN = "raman"
        ANANYA = "ananya"
        ISHA = "isha"
        WILLIAM = "william"
        AARAV = "aarav"
        MONIKA = "monika"
        NIHARIKA = "niharika"
        DEEPIKA = "deepika"
        RAGHAV = "raghav"
        KAJAL = "kajal"
        RADHIKA = "radhika"
        MANSI = "mansi"
        NISHA = "nisha"
        SAURABH = "saurabh"
        POOJA = "pooja"
        SAINA = "saina"
        SANYA = "sanya"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackSmallestAIVoiceVoiceIdValues: TypeAlias = Literal[
    "emily",
    "jasmine",
    "arman",
    "james",
    "mithali",
    "aravind",
    "raj",
    "diya",
    "raman",
    "ananya",
    "isha",
    "william",
    "aarav",
    "monika",
    "niharika",
    "deepika",
    "raghav",
    "kajal",
    "radhika",
    "mansi",
    "nisha",
    "saurabh",
    "pooja",
    "saina",
    "sanya",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackSmallestAIVoiceVoiceId,
    (
        ("EMILY", "emily"),
        ("JASMINE", "jasmine"),
        ("ARMAN", "arman"),
        ("JAMES", "james"),
        ("MITHALI", "mithali"),
        ("ARAVIND", "aravind"),
        ("RAJ", "raj"),
        ("DIYA", "diya"),
        ("RAMAN", "raman"),
        ("ANANYA", "ananya"),
        ("ISHA", "isha"),
        ("WILLIAM", "william"),
        ("AARAV", "aarav"),
        ("MONIKA", "monika"),
        ("NIHARIKA", "niharika"),
        ("DEEPIKA", "deepika"),
        ("RAGHAV", "raghav"),
        ("KAJAL", "kajal"),
        ("RADHIKA", "radhika"),
        ("MANSI", "mansi"),
        ("NISHA", "nisha"),
        ("SAURABH", "saurabh"),
        ("POOJA", "pooja"),
        ("SAINA", "saina"),
        ("SANYA", "sanya"),
    ),
)


SmallestAIVoiceVoiceId = FallbackSmallestAIVoiceVoiceId  # a locked name of this class (names lock)
