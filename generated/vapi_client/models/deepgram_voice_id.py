from .._enums import OpenEnum

__all__ = ["DeepgramVoiceId"]


class DeepgramVoiceId(OpenEnum):
    """Known values of DeepgramVoiceId; any other string parses too (see OpenEnum)."""

    ASTERIA = "asteria"
    LUNA = "luna"
    STELLA = "stella"
    ATHENA = "athena"
    HERA = "hera"
    ORION = "orion"
    ARCAS = "arcas"
    PERSEUS = "perseus"
    ANGUS = "angus"
    ORPHEUS = "orpheus"
    HELIOS = "helios"
    ZEUS = "zeus"
