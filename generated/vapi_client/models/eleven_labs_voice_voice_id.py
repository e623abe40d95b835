from .._enums import OpenEnum

__all__ = ["ElevenLabsVoiceVoiceId"]


class ElevenLabsVoiceVoiceId(OpenEnum):
    """Known values of ElevenLabsVoiceVoiceId; any other string parses too (see OpenEnum)."""

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
