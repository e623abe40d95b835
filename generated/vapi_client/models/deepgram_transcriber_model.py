# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["DeepgramTranscriberModel"]


class DeepgramTranscriberModel(OpenEnum):
    """Known values of DeepgramTranscriberModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        NOVA_3 = "nova-3"
        NOVA_3_GENERAL = "nova-3-general"
        NOVA_3_MEDICAL = "nova-3-medical"
        NOVA_2 = "nova-2"
        NOVA_2_GENERAL = "nova-2-general"
        NOVA_2_MEETING = "nova-2-meeting"
        NOVA_2_PHONECALL = "nova-2-phonecall"
        NOVA_2_FINANCE = "nova-2-finance"
        NOVA_2_CONVERSATIONALAI = "nova-2-conversationalai"
        NOVA_2_VOICEMAIL = "nova-2-voicemail"
        NOVA_2_VIDEO = "nova-2-video"
        NOVA_2_MEDICAL = "nova-2-medical"
        NOVA_2_DRIVETHRU = "nova-2-drivethru"
        NOVA_2_AUTOMOTIVE = "nova-2-automotive"
        NOVA = "nova"
        NOVA_GENERAL = "nova-general"
        NOVA_PHONECALL = "nova-phonecall"
        NOVA_MEDICAL = "nova-medical"
        ENHANCED = "enhanced"
        ENHANCED_GENERAL = "enhanced-general"
        ENHANCED_MEETING = "enhanced-meeting"
        ENHANCED_PHONECALL = "enhanced-phonecall"
        ENHANCED_FINANCE = "enhanced-finance"
        BASE = "base"
        BASE_GENERAL = "base-general"
        BASE_MEETING = "base-meeting"
        BASE_PHONECALL = "base-phonecall"
        BASE_FINANCE = "base-finance"
        BASE_CONVERSATIONALAI = "base-conversationalai"
        BASE_VOICEMAIL = "base-voicemail"
        BASE_VIDEO = "base-video"
        WHISPER = "whisper"
        FLUX_GENERAL_EN = "flux-general-en"
        FLUX_GENERAL_MULTI = "flux-general-multi"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_DeepgramTranscriberModelValues: TypeAlias = Literal[
    "nova-3",
    "nova-3-general",
    "nova-3-medical",
    "nova-2",
    "nova-2-general",
    "nova-2-meeting",
    "nova-2-phonecall",
    "nova-2-finance",
    "nova-2-conversationalai",
    "nova-2-voicemail",
    "nova-2-video",
    "nova-2-medical",
    "nova-2-drivethru",
    "nova-2-automotive",
    "nova",
    "nova-general",
    "nova-phonecall",
    "nova-medical",
    "enhanced",
    "enhanced-general",
    "enhanced-meeting",
    "enhanced-phonecall",
    "enhanced-finance",
    "base",
    "base-general",
    "base-meeting",
    "base-phonecall",
    "base-finance",
    "base-conversationalai",
    "base-voicemail",
    "base-video",
    "whisper",
    "flux-general-en",
    "flux-general-multi",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    DeepgramTranscriberModel,
    (
        ("NOVA_3", "nova-3"),
        ("NOVA_3_GENERAL", "nova-3-general"),
        ("NOVA_3_MEDICAL", "nova-3-medical"),
        ("NOVA_2", "nova-2"),
        ("NOVA_2_GENERAL", "nova-2-general"),
        ("NOVA_2_MEETING", "nova-2-meeting"),
        ("NOVA_2_PHONECALL", "nova-2-phonecall"),
        ("NOVA_2_FINANCE", "nova-2-finance"),
        ("NOVA_2_CONVERSATIONALAI", "nova-2-conversationalai"),
        ("NOVA_2_VOICEMAIL", "nova-2-voicemail"),
        ("NOVA_2_VIDEO", "nova-2-video"),
        ("NOVA_2_MEDICAL", "nova-2-medical"),
        ("NOVA_2_DRIVETHRU", "nova-2-drivethru"),
        ("NOVA_2_AUTOMOTIVE", "nova-2-automotive"),
        ("NOVA", "nova"),
        ("NOVA_GENERAL", "nova-general"),
        ("NOVA_PHONECALL", "nova-phonecall"),
        ("NOVA_MEDICAL", "nova-medical"),
        ("ENHANCED", "enhanced"),
        ("ENHANCED_GENERAL", "enhanced-general"),
        ("ENHANCED_MEETING", "enhanced-meeting"),
        ("ENHANCED_PHONECALL", "enhanced-phonecall"),
        ("ENHANCED_FINANCE", "enhanced-finance"),
        ("BASE", "base"),
        ("BASE_GENERAL", "base-general"),
        ("BASE_MEETING", "base-meeting"),
        ("BASE_PHONECALL", "base-phonecall"),
        ("BASE_FINANCE", "base-finance"),
        ("BASE_CONVERSATIONALAI", "base-conversationalai"),
        ("BASE_VOICEMAIL", "base-voicemail"),
        ("BASE_VIDEO", "base-video"),
        ("WHISPER", "whisper"),
        ("FLUX_GENERAL_EN", "flux-general-en"),
        ("FLUX_GENERAL_MULTI", "flux-general-multi"),
    ),
)


FallbackDeepgramTranscriberModel = DeepgramTranscriberModel  # a locked name of this class (names lock)
