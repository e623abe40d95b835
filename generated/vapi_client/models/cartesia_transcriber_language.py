# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CartesiaTranscriberLanguage"]


class CartesiaTranscriberLanguage(OpenEnum):
    """Known values of CartesiaTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AA = "aa"
        AB = "ab"
        AE = "ae"
        AF = "af"
        AK = "ak"
        AM = "am"
        AN = "an"
        AR = "ar"
        AS = "as"
        AV = "av"
        AY = "ay"
        AZ = "az"
        BA = "ba"
        BE = "be"
        BG = "bg"
        BH = "bh"
        BI = "bi"
        BM = "bm"
        BN = "bn"
        BO = "bo"
        BR = "br"
        BS = "bs"
        CA = "ca"
        CE = "ce"
        CH = "ch"
        CO = "co"
        CR = "cr"
        CS = "cs"
        CU = "cu"
        CV = "cv"
        CY = "cy"
        DA = "da"
        DE = "de"
        DV = "dv"
        DZ = "dz"
        EE = "ee"
        EL = "el"
        EN = "en"
        EO = "eo"
        ES = "es"
        ET = "et"
        EU = "eu"
        FA = "fa"
        FF = "ff"
        FI = "fi"
        FJ = "fj"
        FO = "fo"
        FR = "fr"
        FY = "fy"
        GA = "ga"
        GD = "gd"
        GL = "gl"
        GN = "gn"
        GU = "gu"
        GV = "gv"
        HA = "ha"
        HE = "he"
        HI = "hi"
        HO = "ho"
        HR = "hr"
        HT = "ht"
        HU = "hu"
        HY = "hy"
        HZ = "hz"
        IA = "ia"
        ID = "id"
        IE = "ie"
        IG = "ig"
        II = "ii"
        IK = "ik"
        IO = "io"
        IS = "is"
        IT = "it"
        IU = "iu"
        JA = "ja"
        JV = "jv"
        KA = "ka"
        KG = "kg"
        KI = "ki"
        KJ = "kj"
        KK = "kk"
        KL = "kl"
        KM = "km"
        KN = "kn"
        KO = "ko"
        KR = "kr"
        KS = "ks"
        KU = "ku"
        KV = "kv"
        KW = "kw"
        KY = "ky"
        LA = "la"
        LB = "lb"
        LG = "lg"
        LI = "li"
        LN = "ln"
        LO = "lo"
        LT = "lt"
        LU = "lu"
        LV = "lv"
        MG = "mg"
        MH = "mh"
        MI = "mi"
        MK = "mk"
        ML = "ml"
        MN = "mn"
        MR = "mr"
        MS = "ms"
        MT = "mt"
        MY = "my"
        NA = "na"
        NB = "nb"
        ND = "nd"
        NE = "ne"
        NG = "ng"
        NL = "nl"
        NN = "nn"
        NO = "no"
        NR = "nr"
        NV = "nv"
        NY = "ny"
        OC = "oc"
        OJ = "oj"
        OM = "om"
        OR = "or"
        OS = "os"
        PA = "pa"
        PI = "pi"
        PL = "pl"
        PS = "ps"
        PT = "pt"
        QU = "qu"
        RM = "rm"
        RN = "rn"
        RO = "ro"
        RU = "ru"
        RW = "rw"
        SA = "sa"
        SC = "sc"
        SD = "sd"
        SE = "se"
        SG = "sg"
        SI = "si"
        SK = "sk"
        SL = "sl"
        SM = "sm"
        SN = "sn"
        SO = "so"
        SQ = "sq"
        SR = "sr"
        SS = "ss"
        ST = "st"
        SU = "su"
        SV = "sv"
        SW = "sw"
        TA = "ta"
        TE = "te"
        TG = "tg"
        TH = "th"
        TI = "ti"
        TK = "tk"
        TL = "tl"
        TN = "tn"
        TO = "to"
        TR = "tr"
        TS = "ts"
        TT = "tt"
        TW = "tw"
        TY = "ty"
        UG = "ug"
        UK = "uk"
        UR = "ur"
        UZ = "uz"
        VE = "ve"
        VI = "vi"
        VO = "vo"
        WA = "wa"
        WO = "wo"
        XH = "xh"
        YI = "yi"
        YUE = "yue"
        YO = "yo"
        ZA = "za"
        ZH = "zh"
        ZU = "zu"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CartesiaTranscriberLanguageValues: TypeAlias = Literal[
    "aa",
    "ab",
    "ae",
    "af",
    "ak",
    "am",
    "an",
    "ar",
    "as",
    "av",
    "ay",
    "az",
    "ba",
    "be",
    "bg",
    "bh",
    "bi",
    "bm",
    "bn",
    "bo",
    "br",
    "bs",
    "ca",
    "ce",
    "ch",
    "co",
    "cr",
    "cs",
    "cu",
    "cv",
    "cy",
    "da",
    "de",
    "dv",
    "dz",
    "ee",
    "el",
    "en",
    "eo",
    "es",
    "et",
    "eu",
    "fa",
    "ff",
    "fi",
    "fj",
    "fo",
    "fr",
    "fy",
    "ga",
    "gd",
    "gl",
    "gn",
    "gu",
    "gv",
    "ha",
    "he",
    "hi",
    "ho",
    "hr",
    "ht",
    "hu",
    "hy",
    "hz",
    "ia",
    "id",
    "ie",
    "ig",
    "ii",
    "ik",
    "io",
    "is",
    "it",
    "iu",
    "ja",
    "jv",
    "ka",
    "kg",
    "ki",
    "kj",
    "kk",
    "kl",
    "km",
    "kn",
    "ko",
    "kr",
    "ks",
    "ku",
    "kv",
    "kw",
    "ky",
    "la",
    "lb",
    "lg",
    "li",
    "ln",
    "lo",
    "lt",
    "lu",
    "lv",
    "mg",
    "mh",
    "mi",
    "mk",
    "ml",
    "mn",
    "mr",
    "ms",
    "mt",
    "my",
    "na",
    "nb",
    "nd",
    "ne",
    "ng",
    "nl",
    "nn",
    "no",
    "nr",
    "nv",
    "ny",
    "oc",
    "oj",
    "om",
    "or",
    "os",
    "pa",
    "pi",
    "pl",
    "ps",
    "pt",
    "qu",
    "rm",
    "rn",
    "ro",
    "ru",
    "rw",
    "sa",
    "sc",
    "sd",
    "se",
    "sg",
    "si",
    "sk",
    "sl",
    "sm",
    "sn",
    "so",
    "sq",
    "sr",
    "ss",
    "st",
    "su",
    "sv",
    "sw",
    "ta",
    "te",
    "tg",
    "th",
    "ti",
    "tk",
    "tl",
    "tn",
    "to",
    "tr",
    "ts",
    "tt",
    "tw",
    "ty",
    "ug",
    "uk",
    "ur",
    "uz",
    "ve",
    "vi",
    "vo",
    "wa",
    "wo",
    "xh",
    "yi",
    "yue",
    "yo",
    "za",
    "zh",
    "zu",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CartesiaTranscriberLanguage,
    (
        ("AA", "aa"),
        ("AB", "ab"),
        ("AE", "ae"),
        ("AF", "af"),
        ("AK", "ak"),
        ("AM", "am"),
        ("AN", "an"),
        ("AR", "ar"),
        ("AS", "as"),
        ("AV", "av"),
        ("AY", "ay"),
        ("AZ", "az"),
        ("BA", "ba"),
        ("BE", "be"),
        ("BG", "bg"),
        ("BH", "bh"),
        ("BI", "bi"),
        ("BM", "bm"),
        ("BN", "bn"),
        ("BO", "bo"),
        ("BR", "br"),
        ("BS", "bs"),
        ("CA", "ca"),
        ("CE", "ce"),
        ("CH", "ch"),
        ("CO", "co"),
        ("CR", "cr"),
        ("CS", "cs"),
        ("CU", "cu"),
        ("CV", "cv"),
        ("CY", "cy"),
        ("DA", "da"),
        ("DE", "de"),
        ("DV", "dv"),
        ("DZ", "dz"),
        ("EE", "ee"),
        ("EL", "el"),
        ("EN", "en"),
        ("EO", "eo"),
        ("ES", "es"),
        ("ET", "et"),
        ("EU", "eu"),
        ("FA", "fa"),
        ("FF", "ff"),
        ("FI", "fi"),
        ("FJ", "fj"),
        ("FO", "fo"),
        ("FR", "fr"),
        ("FY", "fy"),
        ("GA", "ga"),
        ("GD", "gd"),
        ("GL", "gl"),
        ("GN", "gn"),
        ("GU", "gu"),
        ("GV", "gv"),
        ("HA", "ha"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HO", "ho"),
        ("HR", "hr"),
        ("HT", "ht"),
        ("HU", "hu"),
        ("HY", "hy"),
        ("HZ", "hz"),
        ("IA", "ia"),
        ("ID", "id"),
        ("IE", "ie"),
        ("IG", "ig"),
        ("II", "ii"),
        ("IK", "ik"),
        ("IO", "io"),
        ("IS", "is"),
        ("IT", "it"),
        ("IU", "iu"),
        ("JA", "ja"),
        ("JV", "jv"),
        ("KA", "ka"),
        ("KG", "kg"),
        ("KI", "ki"),
        ("KJ", "kj"),
        ("KK", "kk"),
        ("KL", "kl"),
        ("KM", "km"),
        ("KN", "kn"),
        ("KO", "ko"),
        ("KR", "kr"),
        ("KS", "ks"),
        ("KU", "ku"),
        ("KV", "kv"),
        ("KW", "kw"),
        ("KY", "ky"),
        ("LA", "la"),
        ("LB", "lb"),
        ("LG", "lg"),
        ("LI", "li"),
        ("LN", "ln"),
        ("LO", "lo"),
        ("LT", "lt"),
        ("LU", "lu"),
        ("LV", "lv"),
        ("MG", "mg"),
        ("MH", "mh"),
        ("MI", "mi"),
        ("MK", "mk"),
        ("ML", "ml"),
        ("MN", "mn"),
        ("MR", "mr"),
        ("MS", "ms"),
        ("MT", "mt"),
        ("MY", "my"),
        ("NA", "na"),
        ("NB", "nb"),
        ("ND", "nd"),
        ("NE", "ne"),
        ("NG", "ng"),
        ("NL", "nl"),
        ("NN", "nn"),
        ("NO", "no"),
        ("NR", "nr"),
        ("NV", "nv"),
        ("NY", "ny"),
        ("OC", "oc"),
        ("OJ", "oj"),
        ("OM", "om"),
        ("OR", "or"),
        ("OS", "os"),
        ("PA", "pa"),
        ("PI", "pi"),
        ("PL", "pl"),
        ("PS", "ps"),
        ("PT", "pt"),
        ("QU", "qu"),
        ("RM", "rm"),
        ("RN", "rn"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("RW", "rw"),
        ("SA", "sa"),
        ("SC", "sc"),
        ("SD", "sd"),
        ("SE", "se"),
        ("SG", "sg"),
        ("SI", "si"),
        ("SK", "sk"),
        ("SL", "sl"),
        ("SM", "sm"),
        ("SN", "sn"),
        ("SO", "so"),
        ("SQ", "sq"),
        ("SR", "sr"),
        ("SS", "ss"),
        ("ST", "st"),
        ("SU", "su"),
        ("SV", "sv"),
        ("SW", "sw"),
        ("TA", "ta"),
        ("TE", "te"),
        ("TG", "tg"),
        ("TH", "th"),
        ("TI", "ti"),
        ("TK", "tk"),
        ("TL", "tl"),
        ("TN", "tn"),
        ("TO", "to"),
        ("TR", "tr"),
        ("TS", "ts"),
        ("TT", "tt"),
        ("TW", "tw"),
        ("TY", "ty"),
        ("UG", "ug"),
        ("UK", "uk"),
        ("UR", "ur"),
        ("UZ", "uz"),
        ("VE", "ve"),
        ("VI", "vi"),
        ("VO", "vo"),
        ("WA", "wa"),
        ("WO", "wo"),
        ("XH", "xh"),
        ("YI", "yi"),
        ("YUE", "yue"),
        ("YO", "yo"),
        ("ZA", "za"),
        ("ZH", "zh"),
        ("ZU", "zu"),
    ),
)


ElevenLabsTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


FallbackCartesiaTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


FallbackElevenLabsTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


FallbackLMNTVoiceLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


FallbackSonioxTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


FallbackSonioxTranscriberLanguages = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


LMNTVoiceLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


SonioxTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


SonioxTranscriberLanguages = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


TextContentLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


VapiTranscriberLanguage = CartesiaTranscriberLanguage  # a locked name of this class (names lock)


VapiTranscriberLanguages = CartesiaTranscriberLanguage  # a locked name of this class (names lock)
