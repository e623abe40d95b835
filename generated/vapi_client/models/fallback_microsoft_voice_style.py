from .._enums import OpenEnum

__all__ = ["FallbackMicrosoftVoiceStyle"]


class FallbackMicrosoftVoiceStyle(OpenEnum):
    """Known values of FallbackMicrosoftVoiceStyle; any other string parses too (see OpenEnum)."""

    ADVENTUROUS = "adventurous"
    ANGRY = "angry"
    CARING = "caring"
    CHEERFUL = "cheerful"
    CONFUSED = "confused"
    CURIOUS = "curious"
    DETERMINED = "determined"
    DISAPPOINTED = "disappointed"
    DISGUSTED = "disgusted"
    EMBARRASSED = "embarrassed"
    EMPATHY = "empathy"
    ENCOURAGING = "encouraging"
    EXCITED = "excited"
    FEARFUL = "fearful"
    FRIENDLY = "friendly"
    HAPPY = "happy"
    HOPEFUL = "hopeful"
    JEALOUS = "jealous"
    JOYFUL = "joyful"
    NOSTALGIC = "nostalgic"
    REFLECTIVE = "reflective"
    REGRETFUL = "regretful"
    RELIEVED = "relieved"
    SAD = "sad"
    SERIOUS = "serious"
    SHOUTING = "shouting"
    SOFTVOICE = "softvoice"
    SURPRISED = "surprised"
    WHISPERING = "whispering"
