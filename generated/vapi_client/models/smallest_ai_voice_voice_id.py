from .._enums import OpenEnum

__all__ = ["SmallestAIVoiceVoiceId"]


class SmallestAIVoiceVoiceId(OpenEnum):
    """Known values of SmallestAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    EMILY = "emily"
    JASMINE = "jasmine"
    ARMAN = "arman"
    JAMES = "james"
    MITHALI = "mithali"
    ARAVIND = "aravind"
    RAJ = "raj"
    DIYA = "diya"
    RAMAN = "raman"
    ANANYA = "ananya"
    ISHA = "isha"
    WILLIAM = "william"
    AARAV = "aarav"
    MONIKA = "monika"
    NIHARIKA = "niharika"
    DEEPIKA = "deepika"
    RAGHAV = "raghav"
    KAJAL = "kajal"
    RADHIKA = "radhika"
    MANSI = "mansi"
    NISHA = "nisha"
    SAURABH = "saurabh"
    POOJA = "pooja"
    SAINA = "saina"
    SANYA = "sanya"
