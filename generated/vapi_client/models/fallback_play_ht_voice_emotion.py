from .._enums import OpenEnum

__all__ = ["FallbackPlayHTVoiceEmotion"]


class FallbackPlayHTVoiceEmotion(OpenEnum):
    """Known values of FallbackPlayHTVoiceEmotion; any other string parses too (see OpenEnum)."""

    FEMALE_HAPPY = "female_happy"
    FEMALE_SAD = "female_sad"
    FEMALE_ANGRY = "female_angry"
    FEMALE_FEARFUL = "female_fearful"
    FEMALE_DISGUST = "female_disgust"
    FEMALE_SURPRISED = "female_surprised"
    MALE_HAPPY = "male_happy"
    MALE_SAD = "male_sad"
    MALE_ANGRY = "male_angry"
    MALE_FEARFUL = "male_fearful"
    MALE_DISGUST = "male_disgust"
    MALE_SURPRISED = "male_surprised"
