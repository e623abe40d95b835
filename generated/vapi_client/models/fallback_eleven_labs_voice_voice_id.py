from .._enums import OpenEnum

__all__ = ["FallbackElevenLabsVoiceVoiceId"]


class FallbackElevenLabsVoiceVoiceId(OpenEnum):
    """Known values of FallbackElevenLabsVoiceVoiceId; any other string parses too (see OpenEnum)."""

    BURT = "burt"
    MARISSA = "marissa"
    ANDREA = "andrea"
    SARAH = "sarah"
    PHILLIP = "phillip"
    STEVE = "steve"
    JOSEPH = "joseph"
    MYRA = "myra"
    PAULA = "paula"
    RYAN = "ryan"
    DREW = "drew"
    PAUL = "paul"
    MRB = "mrb"
    MATILDA = "matilda"
    MARK = "mark"
