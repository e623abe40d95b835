# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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
