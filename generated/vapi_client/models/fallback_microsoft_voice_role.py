# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackMicrosoftVoiceRole"]


class FallbackMicrosoftVoiceRole(OpenEnum):
    """Known values of FallbackMicrosoftVoiceRole; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GIRL = "Girl"
        BOY = "Boy"
        YOUNGADULTFEMALE = "YoungAdultFemale"
        YOUNGADULTMALE = "YoungAdultMale"
        OLDERADULTFEMALE = "OlderAdultFemale"
        OLDERADULTMALE = "OlderAdultMale"
        SENIORFEMALE = "SeniorFemale"
        SENIORMALE = "SeniorMale"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackMicrosoftVoiceRoleValues: TypeAlias = Literal[
    "Girl",
    "Boy",
    "YoungAdultFemale",
    "YoungAdultMale",
    "OlderAdultFemale",
    "OlderAdultMale",
    "SeniorFemale",
    "SeniorMale",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackMicrosoftVoiceRole,
    (
        ("GIRL", "Girl"),
        ("BOY", "Boy"),
        ("YOUNGADULTFEMALE", "YoungAdultFemale"),
        ("YOUNGADULTMALE", "YoungAdultMale"),
        ("OLDERADULTFEMALE", "OlderAdultFemale"),
        ("OLDERADULTMALE", "OlderAdultMale"),
        ("SENIORFEMALE", "SeniorFemale"),
        ("SENIORMALE", "SeniorMale"),
    ),
)


MicrosoftVoiceRole = FallbackMicrosoftVoiceRole  # a locked name of this class (names lock)
