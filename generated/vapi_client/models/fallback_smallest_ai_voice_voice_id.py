# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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
