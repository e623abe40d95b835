# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["DeepgramVoiceVoiceId"]


class DeepgramVoiceVoiceId(OpenEnum):
    """Known values of DeepgramVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ASTERIA = "asteria"
        LUNA = "luna"
        STELLA = "stella"
        ATHENA = "athena"
        HERA = "hera"
        ORION = "orion"
        ARCAS = "arcas"
        PERSEUS = "perseus"
        ANGUS = "angus"
        ORPHEUS = "orpheus"
        HELIOS = "helios"
        ZEUS = "zeus"
        THALIA = "thalia"
        ANDROMEDA = "andromeda"
        HELENA = "helena"
        APOLLO = "apollo"
        ARIES = "aries"
        AMALTHEA = "amalthea"
        ATLAS = "atlas"
        AURORA = "aurora"
        CALLISTA = "callista"
        CORA = "cora"
        CORDELIA = "cordelia"
        DELIA = "delia"
        DRACO = "draco"
        ELECTRA = "electra"
        HARMONIA = "harmonia"
        HERMES = "hermes"
        HYPERION = "hyperion"
        IRIS = "iris"
        JANUS = "janus"
        JUNO = "juno"
        JUPITER = "jupiter"
        MARS = "mars"
        MINERVA = "minerva"
        NEPTUNE = "neptune"
        ODYSSEUS = "odysseus"
        OPHELIA = "ophelia"
        PANDORA = "pandora"
        PHOEBE = "phoebe"
        PLUTO = "pluto"
        SATURN = "saturn"
        SELENE = "selene"
        THEIA = "theia"
        VESTA = "vesta"
        CELESTE = "celeste"
        ESTRELLA = "estrella"
        NESTOR = "nestor"
        SIRIO = "sirio"
        CARINA = "carina"
        ALVARO = "alvaro"
        DIANA = "diana"
        AQUILA = "aquila"
        SELENA = "selena"
        JAVIER = "javier"
        VIKTORIA = "viktoria"
        KARA = "kara"
        FABIAN = "fabian"
        JULIUS = "julius"
        LARA = "lara"
        ELARA = "elara"
        AURELIA = "aurelia"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_DeepgramVoiceVoiceIdValues: TypeAlias = Literal[
    "asteria",
    "luna",
    "stella",
    "athena",
    "hera",
    "orion",
    "arcas",
    "perseus",
    "angus",
    "orpheus",
    "helios",
    "zeus",
    "thalia",
    "andromeda",
    "helena",
    "apollo",
    "aries",
    "amalthea",
    "atlas",
    "aurora",
    "callista",
    "cora",
    "cordelia",
    "delia",
    "draco",
    "electra",
    "harmonia",
    "hermes",
    "hyperion",
    "iris",
    "janus",
    "juno",
    "jupiter",
    "mars",
    "minerva",
    "neptune",
    "odysseus",
    "ophelia",
    "pandora",
    "phoebe",
    "pluto",
    "saturn",
    "selene",
    "theia",
    "vesta",
    "celeste",
    "estrella",
    "nestor",
    "sirio",
    "carina",
    "alvaro",
    "diana",
    "aquila",
    "selena",
    "javier",
    "viktoria",
    "kara",
    "fabian",
    "julius",
    "lara",
    "elara",
    "aurelia",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    DeepgramVoiceVoiceId,
    (
        ("ASTERIA", "asteria"),
        ("LUNA", "luna"),
        ("STELLA", "stella"),
        ("ATHENA", "athena"),
        ("HERA", "hera"),
        ("ORION", "orion"),
        ("ARCAS", "arcas"),
        ("PERSEUS", "perseus"),
        ("ANGUS", "angus"),
        ("ORPHEUS", "orpheus"),
        ("HELIOS", "helios"),
        ("ZEUS", "zeus"),
        ("THALIA", "thalia"),
        ("ANDROMEDA", "andromeda"),
        ("HELENA", "helena"),
        ("APOLLO", "apollo"),
        ("ARIES", "aries"),
        ("AMALTHEA", "amalthea"),
        ("ATLAS", "atlas"),
        ("AURORA", "aurora"),
        ("CALLISTA", "callista"),
        ("CORA", "cora"),
        ("CORDELIA", "cordelia"),
        ("DELIA", "delia"),
        ("DRACO", "draco"),
        ("ELECTRA", "electra"),
        ("HARMONIA", "harmonia"),
        ("HERMES", "hermes"),
        ("HYPERION", "hyperion"),
        ("IRIS", "iris"),
        ("JANUS", "janus"),
        ("JUNO", "juno"),
        ("JUPITER", "jupiter"),
        ("MARS", "mars"),
        ("MINERVA", "minerva"),
        ("NEPTUNE", "neptune"),
        ("ODYSSEUS", "odysseus"),
        ("OPHELIA", "ophelia"),
        ("PANDORA", "pandora"),
        ("PHOEBE", "phoebe"),
        ("PLUTO", "pluto"),
        ("SATURN", "saturn"),
        ("SELENE", "selene"),
        ("THEIA", "theia"),
        ("VESTA", "vesta"),
        ("CELESTE", "celeste"),
        ("ESTRELLA", "estrella"),
        ("NESTOR", "nestor"),
        ("SIRIO", "sirio"),
        ("CARINA", "carina"),
        ("ALVARO", "alvaro"),
        ("DIANA", "diana"),
        ("AQUILA", "aquila"),
        ("SELENA", "selena"),
        ("JAVIER", "javier"),
        ("VIKTORIA", "viktoria"),
        ("KARA", "kara"),
        ("FABIAN", "fabian"),
        ("JULIUS", "julius"),
        ("LARA", "lara"),
        ("ELARA", "elara"),
        ("AURELIA", "aurelia"),
    ),
)


FallbackDeepgramVoiceVoiceId = DeepgramVoiceVoiceId  # a locked name of this class (names lock)
