from .._enums import OpenEnum

__all__ = ["GeminiMultimodalLivePrebuiltVoiceConfigVoiceName"]


class GeminiMultimodalLivePrebuiltVoiceConfigVoiceName(OpenEnum):
    """Known values of GeminiMultimodalLivePrebuiltVoiceConfigVoiceName; any other string parses too (see OpenEnum)."""

    PUCK = "Puck"
    CHARON = "Charon"
    KORE = "Kore"
    FENRIR = "Fenrir"
    AOEDE = "Aoede"
