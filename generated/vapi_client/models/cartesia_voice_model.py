# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CartesiaVoiceModel"]


class CartesiaVoiceModel(OpenEnum):
    """Known values of CartesiaVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        SONIC_3_5 = "sonic-3.5"
        SONIC_3_5_2026_05_04 = "sonic-3.5-2026-05-04"
        SONIC_3 = "sonic-3"
        SONIC_3_2026_01_12 = "sonic-3-2026-01-12"
        SONIC_3_2025_10_27 = "sonic-3-2025-10-27"
        SONIC_2 = "sonic-2"
        SONIC_2_2025_06_11 = "sonic-2-2025-06-11"
        SONIC_ENGLISH = "sonic-english"
        SONIC_MULTILINGUAL = "sonic-multilingual"
        SONIC_PREVIEW = "sonic-preview"
        SONIC = "sonic"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CartesiaVoiceModelValues: TypeAlias = Literal[
    "sonic-3.5",
    "sonic-3.5-2026-05-04",
    "sonic-3",
    "sonic-3-2026-01-12",
    "sonic-3-2025-10-27",
    "sonic-2",
    "sonic-2-2025-06-11",
    "sonic-english",
    "sonic-multilingual",
    "sonic-preview",
    "sonic",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CartesiaVoiceModel,
    (
        ("SONIC_3_5", "sonic-3.5"),
        ("SONIC_3_5_2026_05_04", "sonic-3.5-2026-05-04"),
        ("SONIC_3", "sonic-3"),
        ("SONIC_3_2026_01_12", "sonic-3-2026-01-12"),
        ("SONIC_3_2025_10_27", "sonic-3-2025-10-27"),
        ("SONIC_2", "sonic-2"),
        ("SONIC_2_2025_06_11", "sonic-2-2025-06-11"),
        ("SONIC_ENGLISH", "sonic-english"),
        ("SONIC_MULTILINGUAL", "sonic-multilingual"),
        ("SONIC_PREVIEW", "sonic-preview"),
        ("SONIC", "sonic"),
    ),
)


FallbackCartesiaVoiceModel = CartesiaVoiceModel  # a locked name of this class (names lock)
