# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackGoogleTranscriberModel"]


class FallbackGoogleTranscriberModel(OpenEnum):
    """Known values of FallbackGoogleTranscriberModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GEMINI_3_5_FLASH = "gemini-3.5-flash"
        GEMINI_3_1_FLASH_LITE = "gemini-3.1-flash-lite"
        GEMINI_3_FLASH_PREVIEW = "gemini-3-flash-preview"
        GEMINI_2_5_PRO = "gemini-2.5-pro"
        GEMINI_2_5_FLASH = "gemini-2.5-flash"
        GEMINI_2_5_FLASH_LITE = "gemini-2.5-flash-lite"
        GEMINI_2_0_FLASH_THINKING_EXP = "gemini-2.0-flash-thinking-exp"
        GEMINI_2_0_PRO_EXP_02_05 = "gemini-2.0-pro-exp-02-05"
        GEMINI_2_0_FLASH = "gemini-2.0-flash"
        GEMINI_2_0_FLASH_LITE = "gemini-2.0-flash-lite"
        GEMINI_2_0_FLASH_EXP = "gemini-2.0-flash-exp"
        GEMINI_2_0_FLASH_REALTIME_EXP = "gemini-2.0-flash-realtime-exp"
        GEMINI_1_5_FLASH = "gemini-1.5-flash"
        GEMINI_1_5_FLASH_002 = "gemini-1.5-flash-002"
        GEMINI_1_5_PRO = "gemini-1.5-pro"
        GEMINI_1_5_PRO_002 = "gemini-1.5-pro-002"
        GEMINI_1_0_PRO = "gemini-1.0-pro"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackGoogleTranscriberModelValues: TypeAlias = Literal[
    "gemini-3.5-flash",
    "gemini-3.1-flash-lite",
    "gemini-3-flash-preview",
    "gemini-2.5-pro",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-2.0-flash-thinking-exp",
    "gemini-2.0-pro-exp-02-05",
    "gemini-2.0-flash",
    "gemini-2.0-flash-lite",
    "gemini-2.0-flash-exp",
    "gemini-2.0-flash-realtime-exp",
    "gemini-1.5-flash",
    "gemini-1.5-flash-002",
    "gemini-1.5-pro",
    "gemini-1.5-pro-002",
    "gemini-1.0-pro",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackGoogleTranscriberModel,
    (
        ("GEMINI_3_5_FLASH", "gemini-3.5-flash"),
        ("GEMINI_3_1_FLASH_LITE", "gemini-3.1-flash-lite"),
        ("GEMINI_3_FLASH_PREVIEW", "gemini-3-flash-preview"),
        ("GEMINI_2_5_PRO", "gemini-2.5-pro"),
        ("GEMINI_2_5_FLASH", "gemini-2.5-flash"),
        ("GEMINI_2_5_FLASH_LITE", "gemini-2.5-flash-lite"),
        ("GEMINI_2_0_FLASH_THINKING_EXP", "gemini-2.0-flash-thinking-exp"),
        ("GEMINI_2_0_PRO_EXP_02_05", "gemini-2.0-pro-exp-02-05"),
        ("GEMINI_2_0_FLASH", "gemini-2.0-flash"),
        ("GEMINI_2_0_FLASH_LITE", "gemini-2.0-flash-lite"),
        ("GEMINI_2_0_FLASH_EXP", "gemini-2.0-flash-exp"),
        ("GEMINI_2_0_FLASH_REALTIME_EXP", "gemini-2.0-flash-realtime-exp"),
        ("GEMINI_1_5_FLASH", "gemini-1.5-flash"),
        ("GEMINI_1_5_FLASH_002", "gemini-1.5-flash-002"),
        ("GEMINI_1_5_PRO", "gemini-1.5-pro"),
        ("GEMINI_1_5_PRO_002", "gemini-1.5-pro-002"),
        ("GEMINI_1_0_PRO", "gemini-1.0-pro"),
    ),
)


GoogleModelModel = FallbackGoogleTranscriberModel  # a locked name of this class (names lock)


GoogleTranscriberModel = FallbackGoogleTranscriberModel  # a locked name of this class (names lock)


KnowledgeBaseModel = FallbackGoogleTranscriberModel  # a locked name of this class (names lock)


WorkflowGoogleModelModel = FallbackGoogleTranscriberModel  # a locked name of this class (names lock)
