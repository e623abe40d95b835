# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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
