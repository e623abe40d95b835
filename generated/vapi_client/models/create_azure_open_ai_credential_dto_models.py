# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateAzureOpenAICredentialDTOModels"]


class CreateAzureOpenAICredentialDTOModels(OpenEnum):
    """Known values of CreateAzureOpenAICredentialDTOModels; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GPT_5_6_LUNA_2026_07_09 = "gpt-5.6-luna-2026-07-09"
        GPT_5_6_TERRA_2026_07_09 = "gpt-5.6-terra-2026-07-09"
        GPT_5_6_SOL_2026_07_09 = "gpt-5.6-sol-2026-07-09"
        GPT_5_4 = "gpt-5.4"
        GPT_5_4_MINI = "gpt-5.4-mini"
        GPT_5_4_NANO = "gpt-5.4-nano"
        GPT_5_2 = "gpt-5.2"
        GPT_5_2_CHAT = "gpt-5.2-chat"
        GPT_5_1 = "gpt-5.1"
        GPT_5_1_CHAT = "gpt-5.1-chat"
        GPT_5 = "gpt-5"
        GPT_5_MINI = "gpt-5-mini"
        GPT_5_NANO = "gpt-5-nano"
        GPT_4_1_2025_04_14 = "gpt-4.1-2025-04-14"
        GPT_4_1_MINI_2025_04_14 = "gpt-4.1-mini-2025-04-14"
        GPT_4_1_NANO_2025_04_14 = "gpt-4.1-nano-2025-04-14"
        GPT_4O_2024_11_20 = "gpt-4o-2024-11-20"
        GPT_4O_2024_08_06 = "gpt-4o-2024-08-06"
        GPT_4O_2024_05_13 = "gpt-4o-2024-05-13"
        GPT_4O_MINI_2024_07_18 = "gpt-4o-mini-2024-07-18"
        GPT_4_TURBO_2024_04_09 = "gpt-4-turbo-2024-04-09"
        GPT_4_0125_PREVIEW = "gpt-4-0125-preview"
        GPT_4_1106_PREVIEW = "gpt-4-1106-preview"
        GPT_4_0613 = "gpt-4-0613"
        GPT_35_TURBO_0125 = "gpt-35-turbo-0125"
        GPT_35_TURBO_1106 = "gpt-35-turbo-1106"
        GPT_4O = "gpt-4o"
        GPT_4_1 = "gpt-4.1"
        GPT_5_4_MINI_2026_03_17 = "gpt-5.4-mini-2026-03-17"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CreateAzureOpenAICredentialDTOModelsValues: TypeAlias = Literal[
    "gpt-5.6-luna-2026-07-09",
    "gpt-5.6-terra-2026-07-09",
    "gpt-5.6-sol-2026-07-09",
    "gpt-5.4",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
    "gpt-5.2",
    "gpt-5.2-chat",
    "gpt-5.1",
    "gpt-5.1-chat",
    "gpt-5",
    "gpt-5-mini",
    "gpt-5-nano",
    "gpt-4.1-2025-04-14",
    "gpt-4.1-mini-2025-04-14",
    "gpt-4.1-nano-2025-04-14",
    "gpt-4o-2024-11-20",
    "gpt-4o-2024-08-06",
    "gpt-4o-2024-05-13",
    "gpt-4o-mini-2024-07-18",
    "gpt-4-turbo-2024-04-09",
    "gpt-4-0125-preview",
    "gpt-4-1106-preview",
    "gpt-4-0613",
    "gpt-35-turbo-0125",
    "gpt-35-turbo-1106",
    "gpt-4o",
    "gpt-4.1",
    "gpt-5.4-mini-2026-03-17",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateAzureOpenAICredentialDTOModels,
    (
        ("GPT_5_6_LUNA_2026_07_09", "gpt-5.6-luna-2026-07-09"),
        ("GPT_5_6_TERRA_2026_07_09", "gpt-5.6-terra-2026-07-09"),
        ("GPT_5_6_SOL_2026_07_09", "gpt-5.6-sol-2026-07-09"),
        ("GPT_5_4", "gpt-5.4"),
        ("GPT_5_4_MINI", "gpt-5.4-mini"),
        ("GPT_5_4_NANO", "gpt-5.4-nano"),
        ("GPT_5_2", "gpt-5.2"),
        ("GPT_5_2_CHAT", "gpt-5.2-chat"),
        ("GPT_5_1", "gpt-5.1"),
        ("GPT_5_1_CHAT", "gpt-5.1-chat"),
        ("GPT_5", "gpt-5"),
        ("GPT_5_MINI", "gpt-5-mini"),
        ("GPT_5_NANO", "gpt-5-nano"),
        ("GPT_4_1_2025_04_14", "gpt-4.1-2025-04-14"),
        ("GPT_4_1_MINI_2025_04_14", "gpt-4.1-mini-2025-04-14"),
        ("GPT_4_1_NANO_2025_04_14", "gpt-4.1-nano-2025-04-14"),
        ("GPT_4O_2024_11_20", "gpt-4o-2024-11-20"),
        ("GPT_4O_2024_08_06", "gpt-4o-2024-08-06"),
        ("GPT_4O_2024_05_13", "gpt-4o-2024-05-13"),
        ("GPT_4O_MINI_2024_07_18", "gpt-4o-mini-2024-07-18"),
        ("GPT_4_TURBO_2024_04_09", "gpt-4-turbo-2024-04-09"),
        ("GPT_4_0125_PREVIEW", "gpt-4-0125-preview"),
        ("GPT_4_1106_PREVIEW", "gpt-4-1106-preview"),
        ("GPT_4_0613", "gpt-4-0613"),
        ("GPT_35_TURBO_0125", "gpt-35-turbo-0125"),
        ("GPT_35_TURBO_1106", "gpt-35-turbo-1106"),
        ("GPT_4O", "gpt-4o"),
        ("GPT_4_1", "gpt-4.1"),
        ("GPT_5_4_MINI_2026_03_17", "gpt-5.4-mini-2026-03-17"),
    ),
)
