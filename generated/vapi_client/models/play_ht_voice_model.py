from .._enums import OpenEnum

__all__ = ["PlayHTVoiceModel"]


class PlayHTVoiceModel(OpenEnum):
    """Known values of PlayHTVoiceModel; any other string parses too (see OpenEnum)."""

    PLAYHT2_0 = "PlayHT2.0"
    PLAYHT2_0_TURBO = "PlayHT2.0-turbo"
    PLAY3_0_MINI = "Play3.0-mini"
    PLAYDIALOG = "PlayDialog"
