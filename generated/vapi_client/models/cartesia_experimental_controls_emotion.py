from .._enums import OpenEnum

__all__ = ["CartesiaExperimentalControlsEmotion"]


class CartesiaExperimentalControlsEmotion(OpenEnum):
    """Known values of CartesiaExperimentalControlsEmotion; any other string parses too (see OpenEnum)."""

    ANGERLOWEST = "anger:lowest"
    ANGERLOW = "anger:low"
    ANGERHIGH = "anger:high"
    ANGERHIGHEST = "anger:highest"
    POSITIVITYLOWEST = "positivity:lowest"
    POSITIVITYLOW = "positivity:low"
    POSITIVITYHIGH = "positivity:high"
    POSITIVITYHIGHEST = "positivity:highest"
    SURPRISELOWEST = "surprise:lowest"
    SURPRISELOW = "surprise:low"
    SURPRISEHIGH = "surprise:high"
    SURPRISEHIGHEST = "surprise:highest"
    SADNESSLOWEST = "sadness:lowest"
    SADNESSLOW = "sadness:low"
    SADNESSHIGH = "sadness:high"
    SADNESSHIGHEST = "sadness:highest"
    CURIOSITYLOWEST = "curiosity:lowest"
    CURIOSITYLOW = "curiosity:low"
    CURIOSITYHIGH = "curiosity:high"
    CURIOSITYHIGHEST = "curiosity:highest"
