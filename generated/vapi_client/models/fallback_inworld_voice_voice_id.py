# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackInworldVoiceVoiceId"]


class FallbackInworldVoiceVoiceId(OpenEnum):
    """Known values of FallbackInworldVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ALEX = "Alex"
        ASHLEY = "Ashley"
        CRAIG = "Craig"
        DEBORAH = "Deborah"
        DENNIS = "Dennis"
        EDWARD = "Edward"
        ELIZABETH = "Elizabeth"
        HADES = "Hades"
        JULIA = "Julia"
        PIXIE = "Pixie"
        MARK = "Mark"
        OLIVIA = "Olivia"
        PRIYA = "Priya"
        RONALD = "Ronald"
        SARAH = "Sarah"
        SHAUN = "Shaun"
        THEODORE = "Theodore"
        TIMOTHY = "Timothy"
        WENDY = "Wendy"
        DOMINUS = "Dominus"
        HANA = "Hana"
        CLIVE = "Clive"
        CARTER = "Carter"
        BLAKE = "Blake"
        LUNA = "Luna"
        YICHEN = "Yichen"
        XIAOYIN = "Xiaoyin"
        XINYI = "Xinyi"
        JING = "Jing"
        ERIK = "Erik"
        KATRIEN = "Katrien"
        LENNART = "Lennart"
        LORE = "Lore"
        ALAIN = "Alain"
        HÉLÈNE = "Hélène"
        MATHIEU = "Mathieu"
        ÉTIENNE = "Étienne"
        JOHANNA = "Johanna"
        JOSEF = "Josef"
        GIANNI = "Gianni"
        ORIETTA = "Orietta"
        ASUKA = "Asuka"
        SATOSHI = "Satoshi"
        HYUNWOO = "Hyunwoo"
        MINJI = "Minji"
        SEOJUN = "Seojun"
        YOONA = "Yoona"
        SZYMON = "Szymon"
        WOJCIECH = "Wojciech"
        HEITOR = "Heitor"
        MAITÊ = "Maitê"
        DIEGO = "Diego"
        LUPITA = "Lupita"
        MIGUEL = "Miguel"
        RAFAEL = "Rafael"
        SVETLANA = "Svetlana"
        ELENA = "Elena"
        DMITRY = "Dmitry"
        NIKOLAI = "Nikolai"
        RIYA = "Riya"
        MANOJ = "Manoj"
        YAEL = "Yael"
        OREN = "Oren"
        NOUR = "Nour"
        OMAR = "Omar"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackInworldVoiceVoiceIdValues: TypeAlias = Literal[
    "Alex",
    "Ashley",
    "Craig",
    "Deborah",
    "Dennis",
    "Edward",
    "Elizabeth",
    "Hades",
    "Julia",
    "Pixie",
    "Mark",
    "Olivia",
    "Priya",
    "Ronald",
    "Sarah",
    "Shaun",
    "Theodore",
    "Timothy",
    "Wendy",
    "Dominus",
    "Hana",
    "Clive",
    "Carter",
    "Blake",
    "Luna",
    "Yichen",
    "Xiaoyin",
    "Xinyi",
    "Jing",
    "Erik",
    "Katrien",
    "Lennart",
    "Lore",
    "Alain",
    "Hélène",
    "Mathieu",
    "Étienne",
    "Johanna",
    "Josef",
    "Gianni",
    "Orietta",
    "Asuka",
    "Satoshi",
    "Hyunwoo",
    "Minji",
    "Seojun",
    "Yoona",
    "Szymon",
    "Wojciech",
    "Heitor",
    "Maitê",
    "Diego",
    "Lupita",
    "Miguel",
    "Rafael",
    "Svetlana",
    "Elena",
    "Dmitry",
    "Nikolai",
    "Riya",
    "Manoj",
    "Yael",
    "Oren",
    "Nour",
    "Omar",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackInworldVoiceVoiceId,
    (
        ("ALEX", "Alex"),
        ("ASHLEY", "Ashley"),
        ("CRAIG", "Craig"),
        ("DEBORAH", "Deborah"),
        ("DENNIS", "Dennis"),
        ("EDWARD", "Edward"),
        ("ELIZABETH", "Elizabeth"),
        ("HADES", "Hades"),
        ("JULIA", "Julia"),
        ("PIXIE", "Pixie"),
        ("MARK", "Mark"),
        ("OLIVIA", "Olivia"),
        ("PRIYA", "Priya"),
        ("RONALD", "Ronald"),
        ("SARAH", "Sarah"),
        ("SHAUN", "Shaun"),
        ("THEODORE", "Theodore"),
        ("TIMOTHY", "Timothy"),
        ("WENDY", "Wendy"),
        ("DOMINUS", "Dominus"),
        ("HANA", "Hana"),
        ("CLIVE", "Clive"),
        ("CARTER", "Carter"),
        ("BLAKE", "Blake"),
        ("LUNA", "Luna"),
        ("YICHEN", "Yichen"),
        ("XIAOYIN", "Xiaoyin"),
        ("XINYI", "Xinyi"),
        ("JING", "Jing"),
        ("ERIK", "Erik"),
        ("KATRIEN", "Katrien"),
        ("LENNART", "Lennart"),
        ("LORE", "Lore"),
        ("ALAIN", "Alain"),
        ("HÉLÈNE", "Hélène"),
        ("MATHIEU", "Mathieu"),
        ("ÉTIENNE", "Étienne"),
        ("JOHANNA", "Johanna"),
        ("JOSEF", "Josef"),
        ("GIANNI", "Gianni"),
        ("ORIETTA", "Orietta"),
        ("ASUKA", "Asuka"),
        ("SATOSHI", "Satoshi"),
        ("HYUNWOO", "Hyunwoo"),
        ("MINJI", "Minji"),
        ("SEOJUN", "Seojun"),
        ("YOONA", "Yoona"),
        ("SZYMON", "Szymon"),
        ("WOJCIECH", "Wojciech"),
        ("HEITOR", "Heitor"),
        ("MAITÊ", "Maitê"),
        ("DIEGO", "Diego"),
        ("LUPITA", "Lupita"),
        ("MIGUEL", "Miguel"),
        ("RAFAEL", "Rafael"),
        ("SVETLANA", "Svetlana"),
        ("ELENA", "Elena"),
        ("DMITRY", "Dmitry"),
        ("NIKOLAI", "Nikolai"),
        ("RIYA", "Riya"),
        ("MANOJ", "Manoj"),
        ("YAEL", "Yael"),
        ("OREN", "Oren"),
        ("NOUR", "Nour"),
        ("OMAR", "Omar"),
    ),
)


InworldVoiceVoiceId = FallbackInworldVoiceVoiceId  # a locked name of this class (names lock)
