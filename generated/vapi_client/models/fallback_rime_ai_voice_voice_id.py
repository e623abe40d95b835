# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackRimeAIVoiceVoiceId"]


class FallbackRimeAIVoiceVoiceId(OpenEnum):
    """Known values of FallbackRimeAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        COVE = "cove"
        MOON = "moon"
        WILDFLOWER = "wildflower"
        EVA = "eva"
        AMBER = "amber"
        MAYA = "maya"
        LAGOON = "lagoon"
        BREEZE = "breeze"
        HELEN = "helen"
        JOY = "joy"
        MARSH = "marsh"
        CREEK = "creek"
        CEDAR = "cedar"
        ALPINE = "alpine"
        SUMMIT = "summit"
        NICHOLAS = "nicholas"
        TYLER = "tyler"
        COLIN = "colin"
        HANK = "hank"
        THUNDER = "thunder"
        ASTRA = "astra"
        EUCALYPTUS = "eucalyptus"
        MORAINE = "moraine"
        PEAK = "peak"
        TUNDRA = "tundra"
        MESA_EXTRA = "mesa_extra"
        TALON = "talon"
        MARLU = "marlu"
        GLACIER = "glacier"
        FALCON = "falcon"
        LUNA = "luna"
        CELESTE = "celeste"
        ESTELLE = "estelle"
        ANDROMEDA = "andromeda"
        ESTHER = "esther"
        LYRA = "lyra"
        LINTEL = "lintel"
        OCULUS = "oculus"
        VESPERA = "vespera"
        TRANSOM = "transom"
        BOND = "bond"
        ARCADE = "arcade"
        ATRIUM = "atrium"
        CUPOLA = "cupola"
        FERN = "fern"
        SIRIUS = "sirius"
        ORION = "orion"
        MASONRY = "masonry"
        ALBION = "albion"
        PARAPET = "parapet"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackRimeAIVoiceVoiceIdValues: TypeAlias = Literal[
    "cove",
    "moon",
    "wildflower",
    "eva",
    "amber",
    "maya",
    "lagoon",
    "breeze",
    "helen",
    "joy",
    "marsh",
    "creek",
    "cedar",
    "alpine",
    "summit",
    "nicholas",
    "tyler",
    "colin",
    "hank",
    "thunder",
    "astra",
    "eucalyptus",
    "moraine",
    "peak",
    "tundra",
    "mesa_extra",
    "talon",
    "marlu",
    "glacier",
    "falcon",
    "luna",
    "celeste",
    "estelle",
    "andromeda",
    "esther",
    "lyra",
    "lintel",
    "oculus",
    "vespera",
    "transom",
    "bond",
    "arcade",
    "atrium",
    "cupola",
    "fern",
    "sirius",
    "orion",
    "masonry",
    "albion",
    "parapet",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackRimeAIVoiceVoiceId,
    (
        ("COVE", "cove"),
        ("MOON", "moon"),
        ("WILDFLOWER", "wildflower"),
        ("EVA", "eva"),
        ("AMBER", "amber"),
        ("MAYA", "maya"),
        ("LAGOON", "lagoon"),
        ("BREEZE", "breeze"),
        ("HELEN", "helen"),
        ("JOY", "joy"),
        ("MARSH", "marsh"),
        ("CREEK", "creek"),
        ("CEDAR", "cedar"),
        ("ALPINE", "alpine"),
        ("SUMMIT", "summit"),
        ("NICHOLAS", "nicholas"),
        ("TYLER", "tyler"),
        ("COLIN", "colin"),
        ("HANK", "hank"),
        ("THUNDER", "thunder"),
        ("ASTRA", "astra"),
        ("EUCALYPTUS", "eucalyptus"),
        ("MORAINE", "moraine"),
        ("PEAK", "peak"),
        ("TUNDRA", "tundra"),
        ("MESA_EXTRA", "mesa_extra"),
        ("TALON", "talon"),
        ("MARLU", "marlu"),
        ("GLACIER", "glacier"),
        ("FALCON", "falcon"),
        ("LUNA", "luna"),
        ("CELESTE", "celeste"),
        ("ESTELLE", "estelle"),
        ("ANDROMEDA", "andromeda"),
        ("ESTHER", "esther"),
        ("LYRA", "lyra"),
        ("LINTEL", "lintel"),
        ("OCULUS", "oculus"),
        ("VESPERA", "vespera"),
        ("TRANSOM", "transom"),
        ("BOND", "bond"),
        ("ARCADE", "arcade"),
        ("ATRIUM", "atrium"),
        ("CUPOLA", "cupola"),
        ("FERN", "fern"),
        ("SIRIUS", "sirius"),
        ("ORION", "orion"),
        ("MASONRY", "masonry"),
        ("ALBION", "albion"),
        ("PARAPET", "parapet"),
    ),
)


RimeAIVoiceVoiceId = FallbackRimeAIVoiceVoiceId  # a locked name of this class (names lock)
