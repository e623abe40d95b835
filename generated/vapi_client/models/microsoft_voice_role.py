from .._enums import OpenEnum

__all__ = ["MicrosoftVoiceRole"]


class MicrosoftVoiceRole(OpenEnum):
    """Known values of MicrosoftVoiceRole; any other string parses too (see OpenEnum)."""

    GIRL = "Girl"
    BOY = "Boy"
    YOUNGADULTFEMALE = "YoungAdultFemale"
    YOUNGADULTMALE = "YoungAdultMale"
    OLDERADULTFEMALE = "OlderAdultFemale"
    OLDERADULTMALE = "OlderAdultMale"
    SENIORFEMALE = "SeniorFemale"
    SENIORMALE = "SeniorMale"
