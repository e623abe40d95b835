from .._enums import OpenEnum

__all__ = ["FallbackWellSaidVoiceModel"]


class FallbackWellSaidVoiceModel(OpenEnum):
    """Known values of FallbackWellSaidVoiceModel; any other string parses too (see OpenEnum)."""

    CARUSO = "caruso"
    LEGACY = "legacy"
