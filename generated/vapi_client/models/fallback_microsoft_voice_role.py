from .._enums import OpenEnum

__all__ = ["FallbackMicrosoftVoiceRole"]


class FallbackMicrosoftVoiceRole(OpenEnum):
    """Known values of FallbackMicrosoftVoiceRole; any other string parses too (see OpenEnum)."""

    GIRL = "Girl"
    BOY = "Boy"
    YOUNGADULTFEMALE = "YoungAdultFemale"
    YOUNGADULTMALE = "YoungAdultMale"
    OLDERADULTFEMALE = "OlderAdultFemale"
    OLDERADULTMALE = "OlderAdultMale"
    SENIORFEMALE = "SeniorFemale"
    SENIORMALE = "SeniorMale"
