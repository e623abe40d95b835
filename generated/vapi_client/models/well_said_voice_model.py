from .._enums import OpenEnum

__all__ = ["WellSaidVoiceModel"]


class WellSaidVoiceModel(OpenEnum):
    """Known values of WellSaidVoiceModel; any other string parses too (see OpenEnum)."""

    CARUSO = "caruso"
    LEGACY = "legacy"
