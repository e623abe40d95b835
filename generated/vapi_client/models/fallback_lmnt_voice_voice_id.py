# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackLMNTVoiceVoiceId"]


class FallbackLMNTVoiceVoiceId(OpenEnum):
    """Known values of FallbackLMNTVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AMY = "amy"
        ANSEL = "ansel"
        AUTUMN = "autumn"
        AVA = "ava"
        BRANDON = "brandon"
        CALEB = "caleb"
        CASSIAN = "cassian"
        CHLOE = "chloe"
        DALTON = "dalton"
        DANIEL = "daniel"
        DUSTIN = "dustin"
        ELOWEN = "elowen"
        EVANDER = "evander"
        HUXLEY = "huxley"
        JAMES = "james"
        JUNIPER = "juniper"
        KENNEDY = "kennedy"
        LAUREN = "lauren"
        LEAH = "leah"
        LILY = "lily"
        LUCAS = "lucas"
        MAGNUS = "magnus"
        MILES = "miles"
        MORGAN = "morgan"
        NATALIE = "natalie"
        NATHAN = "nathan"
        NOAH = "noah"
        NYSSA = "nyssa"
        OLIVER = "oliver"
        PAIGE = "paige"
        RYAN = "ryan"
        SADIE = "sadie"
        SOPHIE = "sophie"
        STELLA = "stella"
        TERRENCE = "terrence"
        TYLER = "tyler"
        VESPER = "vesper"
        VIOLET = "violet"
        WARRICK = "warrick"
        ZAIN = "zain"
        ZEKE = "zeke"
        ZOE = "zoe"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackLMNTVoiceVoiceIdValues: TypeAlias = Literal[
    "amy",
    "ansel",
    "autumn",
    "ava",
    "brandon",
    "caleb",
    "cassian",
    "chloe",
    "dalton",
    "daniel",
    "dustin",
    "elowen",
    "evander",
    "huxley",
    "james",
    "juniper",
    "kennedy",
    "lauren",
    "leah",
    "lily",
    "lucas",
    "magnus",
    "miles",
    "morgan",
    "natalie",
    "nathan",
    "noah",
    "nyssa",
    "oliver",
    "paige",
    "ryan",
    "sadie",
    "sophie",
    "stella",
    "terrence",
    "tyler",
    "vesper",
    "violet",
    "warrick",
    "zain",
    "zeke",
    "zoe",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackLMNTVoiceVoiceId,
    (
        ("AMY", "amy"),
        ("ANSEL", "ansel"),
        ("AUTUMN", "autumn"),
        ("AVA", "ava"),
        ("BRANDON", "brandon"),
        ("CALEB", "caleb"),
        ("CASSIAN", "cassian"),
        ("CHLOE", "chloe"),
        ("DALTON", "dalton"),
        ("DANIEL", "daniel"),
        ("DUSTIN", "dustin"),
        ("ELOWEN", "elowen"),
        ("EVANDER", "evander"),
        ("HUXLEY", "huxley"),
        ("JAMES", "james"),
        ("JUNIPER", "juniper"),
        ("KENNEDY", "kennedy"),
        ("LAUREN", "lauren"),
        ("LEAH", "leah"),
        ("LILY", "lily"),
        ("LUCAS", "lucas"),
        ("MAGNUS", "magnus"),
        ("MILES", "miles"),
        ("MORGAN", "morgan"),
        ("NATALIE", "natalie"),
        ("NATHAN", "nathan"),
        ("NOAH", "noah"),
        ("NYSSA", "nyssa"),
        ("OLIVER", "oliver"),
        ("PAIGE", "paige"),
        ("RYAN", "ryan"),
        ("SADIE", "sadie"),
        ("SOPHIE", "sophie"),
        ("STELLA", "stella"),
        ("TERRENCE", "terrence"),
        ("TYLER", "tyler"),
        ("VESPER", "vesper"),
        ("VIOLET", "violet"),
        ("WARRICK", "warrick"),
        ("ZAIN", "zain"),
        ("ZEKE", "zeke"),
        ("ZOE", "zoe"),
    ),
)


LMNTVoiceVoiceId = FallbackLMNTVoiceVoiceId  # a locked name of this class (names lock)
