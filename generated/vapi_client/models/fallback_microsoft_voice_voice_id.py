# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackMicrosoftVoiceVoiceId"]


class FallbackMicrosoftVoiceVoiceId(OpenEnum):
    """Known values of FallbackMicrosoftVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        DE_DE_KLAUSMAI_VOICE_2 = "de-DE-Klaus:MAI-Voice-2"
        DE_DE_MIAMAI_VOICE_2 = "de-DE-Mia:MAI-Voice-2"
        EN_AU_LISAMAI_VOICE_2 = "en-AU-Lisa:MAI-Voice-2"
        EN_US_ETHANMAI_VOICE_2 = "en-US-Ethan:MAI-Voice-2"
        EN_US_GRANTMAI_VOICE_2 = "en-US-Grant:MAI-Voice-2"
        EN_US_HARPERMAI_VOICE_2 = "en-US-Harper:MAI-Voice-2"
        EN_US_IRISMAI_VOICE_2 = "en-US-Iris:MAI-Voice-2"
        EN_US_JASPERMAI_VOICE_2 = "en-US-Jasper:MAI-Voice-2"
        EN_US_OLIVIAMAI_VOICE_2 = "en-US-Olivia:MAI-Voice-2"
        ES_ES_MARTAMAI_VOICE_2 = "es-ES-Marta:MAI-Voice-2"
        ES_MX_ALEJOMAI_VOICE_2 = "es-MX-Alejo:MAI-Voice-2"
        ES_MX_VALERIAMAI_VOICE_2 = "es-MX-Valeria:MAI-Voice-2"
        FR_FR_MARCMAI_VOICE_2 = "fr-FR-Marc:MAI-Voice-2"
        FR_FR_SOLEILMAI_VOICE_2 = "fr-FR-Soleil:MAI-Voice-2"
        HI_IN_ARJUNMAI_VOICE_2 = "hi-IN-Arjun:MAI-Voice-2"
        HI_IN_DHRUVMAI_VOICE_2 = "hi-IN-Dhruv:MAI-Voice-2"
        HI_IN_KAVYAMAI_VOICE_2 = "hi-IN-Kavya:MAI-Voice-2"
        HI_IN_PRIYAMAI_VOICE_2 = "hi-IN-Priya:MAI-Voice-2"
        HU_HU_BENCEMAI_VOICE_2 = "hu-HU-Bence:MAI-Voice-2"
        HU_HU_LEVENTEMAI_VOICE_2 = "hu-HU-Levente:MAI-Voice-2"
        HU_HU_LILLAMAI_VOICE_2 = "hu-HU-Lilla:MAI-Voice-2"
        HU_HU_RÉKAMAI_VOICE_2 = "hu-HU-Réka:MAI-Voice-2"
        IT_IT_LUCAMAI_VOICE_2 = "it-IT-Luca:MAI-Voice-2"
        IT_IT_ROSAMAI_VOICE_2 = "it-IT-Rosa:MAI-Voice-2"
        KO_KR_HANAMAI_VOICE_2 = "ko-KR-Hana:MAI-Voice-2"
        KO_KR_JUNHOMAI_VOICE_2 = "ko-KR-Junho:MAI-Voice-2"
        NL_NL_FLEURMAI_VOICE_2 = "nl-NL-Fleur:MAI-Voice-2"
        NL_NL_SANDERMAI_VOICE_2 = "nl-NL-Sander:MAI-Voice-2"
        PT_BR_CAIOMAI_VOICE_2 = "pt-BR-Caio:MAI-Voice-2"
        PT_BR_LUANAMAI_VOICE_2 = "pt-BR-Luana:MAI-Voice-2"
        PT_BR_PEDROMAI_VOICE_2 = "pt-BR-Pedro:MAI-Voice-2"
        PT_BR_RAFAELMAI_VOICE_2 = "pt-BR-Rafael:MAI-Voice-2"
        PT_PT_RUIMAI_VOICE_2 = "pt-PT-Rui:MAI-Voice-2"
        RO_RO_ANDREIMAI_VOICE_2 = "ro-RO-Andrei:MAI-Voice-2"
        RO_RO_ELENAMAI_VOICE_2 = "ro-RO-Elena:MAI-Voice-2"
        RO_RO_IOANAMAI_VOICE_2 = "ro-RO-Ioana:MAI-Voice-2"
        RO_RO_RADUMAI_VOICE_2 = "ro-RO-Radu:MAI-Voice-2"
        RU_RU_LEVMAI_VOICE_2 = "ru-RU-Lev:MAI-Voice-2"
        RU_RU_MASHAMAI_VOICE_2 = "ru-RU-Masha:MAI-Voice-2"
        TH_TH_KRITMAI_VOICE_2 = "th-TH-Krit:MAI-Voice-2"
        TH_TH_NATTAPONGMAI_VOICE_2 = "th-TH-Nattapong:MAI-Voice-2"
        TR_TR_AYDINMAI_VOICE_2 = "tr-TR-Aydin:MAI-Voice-2"
        TR_TR_ELIFMAI_VOICE_2 = "tr-TR-Elif:MAI-Voice-2"
        ZH_CN_BOMAI_VOICE_2 = "zh-CN-Bo:MAI-Voice-2"
        ZH_CN_LANMAI_VOICE_2 = "zh-CN-Lan:MAI-Voice-2"
        ZH_CN_MEIMAI_VOICE_2 = "zh-CN-Mei:MAI-Voice-2"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackMicrosoftVoiceVoiceIdValues: TypeAlias = Literal[
    "de-DE-Klaus:MAI-Voice-2",
    "de-DE-Mia:MAI-Voice-2",
    "en-AU-Lisa:MAI-Voice-2",
    "en-US-Ethan:MAI-Voice-2",
    "en-US-Grant:MAI-Voice-2",
    "en-US-Harper:MAI-Voice-2",
    "en-US-Iris:MAI-Voice-2",
    "en-US-Jasper:MAI-Voice-2",
    "en-US-Olivia:MAI-Voice-2",
    "es-ES-Marta:MAI-Voice-2",
    "es-MX-Alejo:MAI-Voice-2",
    "es-MX-Valeria:MAI-Voice-2",
    "fr-FR-Marc:MAI-Voice-2",
    "fr-FR-Soleil:MAI-Voice-2",
    "hi-IN-Arjun:MAI-Voice-2",
    "hi-IN-Dhruv:MAI-Voice-2",
    "hi-IN-Kavya:MAI-Voice-2",
    "hi-IN-Priya:MAI-Voice-2",
    "hu-HU-Bence:MAI-Voice-2",
    "hu-HU-Levente:MAI-Voice-2",
    "hu-HU-Lilla:MAI-Voice-2",
    "hu-HU-Réka:MAI-Voice-2",
    "it-IT-Luca:MAI-Voice-2",
    "it-IT-Rosa:MAI-Voice-2",
    "ko-KR-Hana:MAI-Voice-2",
    "ko-KR-Junho:MAI-Voice-2",
    "nl-NL-Fleur:MAI-Voice-2",
    "nl-NL-Sander:MAI-Voice-2",
    "pt-BR-Caio:MAI-Voice-2",
    "pt-BR-Luana:MAI-Voice-2",
    "pt-BR-Pedro:MAI-Voice-2",
    "pt-BR-Rafael:MAI-Voice-2",
    "pt-PT-Rui:MAI-Voice-2",
    "ro-RO-Andrei:MAI-Voice-2",
    "ro-RO-Elena:MAI-Voice-2",
    "ro-RO-Ioana:MAI-Voice-2",
    "ro-RO-Radu:MAI-Voice-2",
    "ru-RU-Lev:MAI-Voice-2",
    "ru-RU-Masha:MAI-Voice-2",
    "th-TH-Krit:MAI-Voice-2",
    "th-TH-Nattapong:MAI-Voice-2",
    "tr-TR-Aydin:MAI-Voice-2",
    "tr-TR-Elif:MAI-Voice-2",
    "zh-CN-Bo:MAI-Voice-2",
    "zh-CN-Lan:MAI-Voice-2",
    "zh-CN-Mei:MAI-Voice-2",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackMicrosoftVoiceVoiceId,
    (
        ("DE_DE_KLAUSMAI_VOICE_2", "de-DE-Klaus:MAI-Voice-2"),
        ("DE_DE_MIAMAI_VOICE_2", "de-DE-Mia:MAI-Voice-2"),
        ("EN_AU_LISAMAI_VOICE_2", "en-AU-Lisa:MAI-Voice-2"),
        ("EN_US_ETHANMAI_VOICE_2", "en-US-Ethan:MAI-Voice-2"),
        ("EN_US_GRANTMAI_VOICE_2", "en-US-Grant:MAI-Voice-2"),
        ("EN_US_HARPERMAI_VOICE_2", "en-US-Harper:MAI-Voice-2"),
        ("EN_US_IRISMAI_VOICE_2", "en-US-Iris:MAI-Voice-2"),
        ("EN_US_JASPERMAI_VOICE_2", "en-US-Jasper:MAI-Voice-2"),
        ("EN_US_OLIVIAMAI_VOICE_2", "en-US-Olivia:MAI-Voice-2"),
        ("ES_ES_MARTAMAI_VOICE_2", "es-ES-Marta:MAI-Voice-2"),
        ("ES_MX_ALEJOMAI_VOICE_2", "es-MX-Alejo:MAI-Voice-2"),
        ("ES_MX_VALERIAMAI_VOICE_2", "es-MX-Valeria:MAI-Voice-2"),
        ("FR_FR_MARCMAI_VOICE_2", "fr-FR-Marc:MAI-Voice-2"),
        ("FR_FR_SOLEILMAI_VOICE_2", "fr-FR-Soleil:MAI-Voice-2"),
        ("HI_IN_ARJUNMAI_VOICE_2", "hi-IN-Arjun:MAI-Voice-2"),
        ("HI_IN_DHRUVMAI_VOICE_2", "hi-IN-Dhruv:MAI-Voice-2"),
        ("HI_IN_KAVYAMAI_VOICE_2", "hi-IN-Kavya:MAI-Voice-2"),
        ("HI_IN_PRIYAMAI_VOICE_2", "hi-IN-Priya:MAI-Voice-2"),
        ("HU_HU_BENCEMAI_VOICE_2", "hu-HU-Bence:MAI-Voice-2"),
        ("HU_HU_LEVENTEMAI_VOICE_2", "hu-HU-Levente:MAI-Voice-2"),
        ("HU_HU_LILLAMAI_VOICE_2", "hu-HU-Lilla:MAI-Voice-2"),
        ("HU_HU_RÉKAMAI_VOICE_2", "hu-HU-Réka:MAI-Voice-2"),
        ("IT_IT_LUCAMAI_VOICE_2", "it-IT-Luca:MAI-Voice-2"),
        ("IT_IT_ROSAMAI_VOICE_2", "it-IT-Rosa:MAI-Voice-2"),
        ("KO_KR_HANAMAI_VOICE_2", "ko-KR-Hana:MAI-Voice-2"),
        ("KO_KR_JUNHOMAI_VOICE_2", "ko-KR-Junho:MAI-Voice-2"),
        ("NL_NL_FLEURMAI_VOICE_2", "nl-NL-Fleur:MAI-Voice-2"),
        ("NL_NL_SANDERMAI_VOICE_2", "nl-NL-Sander:MAI-Voice-2"),
        ("PT_BR_CAIOMAI_VOICE_2", "pt-BR-Caio:MAI-Voice-2"),
        ("PT_BR_LUANAMAI_VOICE_2", "pt-BR-Luana:MAI-Voice-2"),
        ("PT_BR_PEDROMAI_VOICE_2", "pt-BR-Pedro:MAI-Voice-2"),
        ("PT_BR_RAFAELMAI_VOICE_2", "pt-BR-Rafael:MAI-Voice-2"),
        ("PT_PT_RUIMAI_VOICE_2", "pt-PT-Rui:MAI-Voice-2"),
        ("RO_RO_ANDREIMAI_VOICE_2", "ro-RO-Andrei:MAI-Voice-2"),
        ("RO_RO_ELENAMAI_VOICE_2", "ro-RO-Elena:MAI-Voice-2"),
        ("RO_RO_IOANAMAI_VOICE_2", "ro-RO-Ioana:MAI-Voice-2"),
        ("RO_RO_RADUMAI_VOICE_2", "ro-RO-Radu:MAI-Voice-2"),
        ("RU_RU_LEVMAI_VOICE_2", "ru-RU-Lev:MAI-Voice-2"),
        ("RU_RU_MASHAMAI_VOICE_2", "ru-RU-Masha:MAI-Voice-2"),
        ("TH_TH_KRITMAI_VOICE_2", "th-TH-Krit:MAI-Voice-2"),
        ("TH_TH_NATTAPONGMAI_VOICE_2", "th-TH-Nattapong:MAI-Voice-2"),
        ("TR_TR_AYDINMAI_VOICE_2", "tr-TR-Aydin:MAI-Voice-2"),
        ("TR_TR_ELIFMAI_VOICE_2", "tr-TR-Elif:MAI-Voice-2"),
        ("ZH_CN_BOMAI_VOICE_2", "zh-CN-Bo:MAI-Voice-2"),
        ("ZH_CN_LANMAI_VOICE_2", "zh-CN-Lan:MAI-Voice-2"),
        ("ZH_CN_MEIMAI_VOICE_2", "zh-CN-Mei:MAI-Voice-2"),
    ),
)


MicrosoftVoiceVoiceId = FallbackMicrosoftVoiceVoiceId  # a locked name of this class (names lock)
