# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["OpenAIModelFallbackModels"]


class OpenAIModelFallbackModels(OpenEnum):
    """Known values of OpenAIModelFallbackModels; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GPT_5_6_SOL = "gpt-5.6-sol"
        GPT_5_6_TERRA = "gpt-5.6-terra"
        GPT_5_6_LUNA = "gpt-5.6-luna"
        GPT_5_5 = "gpt-5.5"
        CHAT_LATEST = "chat-latest"
        GPT_5_4 = "gpt-5.4"
        GPT_5_4_MINI = "gpt-5.4-mini"
        GPT_5_4_NANO = "gpt-5.4-nano"
        GPT_5_2 = "gpt-5.2"
        GPT_5_2_CHAT_LATEST = "gpt-5.2-chat-latest"
        GPT_5_1 = "gpt-5.1"
        GPT_5_1_CHAT_LATEST = "gpt-5.1-chat-latest"
        GPT_5 = "gpt-5"
        GPT_5_CHAT_LATEST = "gpt-5-chat-latest"
        GPT_5_MINI = "gpt-5-mini"
        GPT_5_NANO = "gpt-5-nano"
        GPT_4_1_2025_04_14 = "gpt-4.1-2025-04-14"
        GPT_4_1_MINI_2025_04_14 = "gpt-4.1-mini-2025-04-14"
        GPT_4_1_NANO_2025_04_14 = "gpt-4.1-nano-2025-04-14"
        GPT_4_1 = "gpt-4.1"
        GPT_4_1_MINI = "gpt-4.1-mini"
        GPT_4_1_NANO = "gpt-4.1-nano"
        CHATGPT_4O_LATEST = "chatgpt-4o-latest"
        O3 = "o3"
        O3_MINI = "o3-mini"
        O4_MINI = "o4-mini"
        O1_MINI = "o1-mini"
        O1_MINI_2024_09_12 = "o1-mini-2024-09-12"
        GPT_4O_REALTIME_PREVIEW_2024_10_01 = "gpt-4o-realtime-preview-2024-10-01"
        GPT_4O_REALTIME_PREVIEW_2024_12_17 = "gpt-4o-realtime-preview-2024-12-17"
        GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = "gpt-4o-mini-realtime-preview-2024-12-17"
        GPT_REALTIME_2025_08_28 = "gpt-realtime-2025-08-28"
        GPT_REALTIME_MINI_2025_12_15 = "gpt-realtime-mini-2025-12-15"
        GPT_REALTIME_2 = "gpt-realtime-2"
        GPT_4O_MINI_2024_07_18 = "gpt-4o-mini-2024-07-18"
        GPT_4O_MINI = "gpt-4o-mini"
        GPT_4O = "gpt-4o"
        GPT_4O_2024_05_13 = "gpt-4o-2024-05-13"
        GPT_4O_2024_08_06 = "gpt-4o-2024-08-06"
        GPT_4O_2024_11_20 = "gpt-4o-2024-11-20"
        GPT_4_TURBO = "gpt-4-turbo"
        GPT_4_TURBO_2024_04_09 = "gpt-4-turbo-2024-04-09"
        GPT_4_TURBO_PREVIEW = "gpt-4-turbo-preview"
        GPT_4_0125_PREVIEW = "gpt-4-0125-preview"
        GPT_4_1106_PREVIEW = "gpt-4-1106-preview"
        GPT_4 = "gpt-4"
        GPT_4_0613 = "gpt-4-0613"
        GPT_3_5_TURBO = "gpt-3.5-turbo"
        GPT_3_5_TURBO_0125 = "gpt-3.5-turbo-0125"
        GPT_3_5_TURBO_1106 = "gpt-3.5-turbo-1106"
        GPT_3_5_TURBO_16K = "gpt-3.5-turbo-16k"
        GPT_3_5_TURBO_0613 = "gpt-3.5-turbo-0613"
        GPT_5_6_LUNAWESTUS3 = "gpt-5.6-luna:westus3"
        GPT_5_6_TERRAWESTUS3 = "gpt-5.6-terra:westus3"
        GPT_5_6_SOLWESTUS3 = "gpt-5.6-sol:westus3"
        GPT_5_4EASTUS2 = "gpt-5.4:eastus2"
        GPT_5_4SWEDENCENTRAL = "gpt-5.4:swedencentral"
        GPT_5_4_MINIEASTUS2 = "gpt-5.4-mini:eastus2"
        GPT_5_4_MINISWEDENCENTRAL = "gpt-5.4-mini:swedencentral"
        GPT_5_4_NANOEASTUS2 = "gpt-5.4-nano:eastus2"
        GPT_5_4_NANOSWEDENCENTRAL = "gpt-5.4-nano:swedencentral"
        GPT_5_2EASTUS2 = "gpt-5.2:eastus2"
        GPT_5_2SWEDENCENTRAL = "gpt-5.2:swedencentral"
        GPT_5_1EASTUS2 = "gpt-5.1:eastus2"
        GPT_5_1SWEDENCENTRAL = "gpt-5.1:swedencentral"
        GPT_5EASTUS2 = "gpt-5:eastus2"
        GPT_5SWEDENCENTRAL = "gpt-5:swedencentral"
        GPT_5CANADAEAST = "gpt-5:canadaeast"
        GPT_5EASTUS = "gpt-5:eastus"
        GPT_5WESTEUROPE = "gpt-5:westeurope"
        GPT_5GERMANYWESTCENTRAL = "gpt-5:germanywestcentral"
        GPT_5POLANDCENTRAL = "gpt-5:polandcentral"
        GPT_5SPAINCENTRAL = "gpt-5:spaincentral"
        GPT_5_MINIEASTUS2 = "gpt-5-mini:eastus2"
        GPT_5_MINISWEDENCENTRAL = "gpt-5-mini:swedencentral"
        GPT_5_MINIWESTEUROPE = "gpt-5-mini:westeurope"
        GPT_5_MINIGERMANYWESTCENTRAL = "gpt-5-mini:germanywestcentral"
        GPT_5_MINIPOLANDCENTRAL = "gpt-5-mini:polandcentral"
        GPT_5_MINISPAINCENTRAL = "gpt-5-mini:spaincentral"
        GPT_5_NANOEASTUS2 = "gpt-5-nano:eastus2"
        GPT_5_NANOSWEDENCENTRAL = "gpt-5-nano:swedencentral"
        GPT_4_1_2025_04_14WESTUS = "gpt-4.1-2025-04-14:westus"
        GPT_4_1_2025_04_14EASTUS2 = "gpt-4.1-2025-04-14:eastus2"
        GPT_4_1_2025_04_14EASTUS = "gpt-4.1-2025-04-14:eastus"
        GPT_4_1_2025_04_14WESTUS3 = "gpt-4.1-2025-04-14:westus3"
        GPT_4_1_2025_04_14NORTHCENTRALUS = "gpt-4.1-2025-04-14:northcentralus"
        GPT_4_1_2025_04_14SOUTHCENTRALUS = "gpt-4.1-2025-04-14:southcentralus"
        GPT_4_1_2025_04_14WESTEUROPE = "gpt-4.1-2025-04-14:westeurope"
        GPT_4_1_2025_04_14GERMANYWESTCENTRAL = "gpt-4.1-2025-04-14:germanywestcentral"
        GPT_4_1_2025_04_14POLANDCENTRAL = "gpt-4.1-2025-04-14:polandcentral"
        GPT_4_1_2025_04_14SPAINCENTRAL = "gpt-4.1-2025-04-14:spaincentral"
        GPT_4_1_MINI_2025_04_14WESTUS = "gpt-4.1-mini-2025-04-14:westus"
        GPT_4_1_MINI_2025_04_14EASTUS2 = "gpt-4.1-mini-2025-04-14:eastus2"
        GPT_4_1_MINI_2025_04_14EASTUS = "gpt-4.1-mini-2025-04-14:eastus"
        GPT_4_1_MINI_2025_04_14WESTUS3 = "gpt-4.1-mini-2025-04-14:westus3"
        GPT_4_1_MINI_2025_04_14NORTHCENTRALUS = "gpt-4.1-mini-2025-04-14:northcentralus"
        GPT_4_1_MINI_2025_04_14SOUTHCENTRALUS = "gpt-4.1-mini-2025-04-14:southcentralus"
        GPT_4_1_MINI_2025_04_14WESTEUROPE = "gpt-4.1-mini-2025-04-14:westeurope"
        GPT_4_1_MINI_2025_04_14GERMANYWESTCENTRAL = "gpt-4.1-mini-2025-04-14:germanywestcentral"
        GPT_4_1_MINI_2025_04_14POLANDCENTRAL = "gpt-4.1-mini-2025-04-14:polandcentral"
        GPT_4_1_MINI_2025_04_14SPAINCENTRAL = "gpt-4.1-mini-2025-04-14:spaincentral"
        GPT_4_1_NANO_2025_04_14WESTUS = "gpt-4.1-nano-2025-04-14:westus"
        GPT_4_1_NANO_2025_04_14EASTUS2 = "gpt-4.1-nano-2025-04-14:eastus2"
        GPT_4_1_NANO_2025_04_14WESTUS3 = "gpt-4.1-nano-2025-04-14:westus3"
        GPT_4_1_NANO_2025_04_14NORTHCENTRALUS = "gpt-4.1-nano-2025-04-14:northcentralus"
        GPT_4_1_NANO_2025_04_14SOUTHCENTRALUS = "gpt-4.1-nano-2025-04-14:southcentralus"
        GPT_4O_2024_11_20SWEDENCENTRAL = "gpt-4o-2024-11-20:swedencentral"
        GPT_4O_2024_11_20WESTUS = "gpt-4o-2024-11-20:westus"
        GPT_4O_2024_11_20EASTUS2 = "gpt-4o-2024-11-20:eastus2"
        GPT_4O_2024_11_20EASTUS = "gpt-4o-2024-11-20:eastus"
        GPT_4O_2024_11_20WESTUS3 = "gpt-4o-2024-11-20:westus3"
        GPT_4O_2024_11_20SOUTHCENTRALUS = "gpt-4o-2024-11-20:southcentralus"
        GPT_4O_2024_11_20WESTEUROPE = "gpt-4o-2024-11-20:westeurope"
        GPT_4O_2024_11_20GERMANYWESTCENTRAL = "gpt-4o-2024-11-20:germanywestcentral"
        GPT_4O_2024_11_20POLANDCENTRAL = "gpt-4o-2024-11-20:polandcentral"
        GPT_4O_2024_11_20SPAINCENTRAL = "gpt-4o-2024-11-20:spaincentral"
        GPT_4O_2024_08_06WESTUS = "gpt-4o-2024-08-06:westus"
        GPT_4O_2024_08_06WESTUS3 = "gpt-4o-2024-08-06:westus3"
        GPT_4O_2024_08_06EASTUS = "gpt-4o-2024-08-06:eastus"
        GPT_4O_2024_08_06EASTUS2 = "gpt-4o-2024-08-06:eastus2"
        GPT_4O_2024_08_06NORTHCENTRALUS = "gpt-4o-2024-08-06:northcentralus"
        GPT_4O_2024_08_06SOUTHCENTRALUS = "gpt-4o-2024-08-06:southcentralus"
        GPT_4O_MINI_2024_07_18WESTUS = "gpt-4o-mini-2024-07-18:westus"
        GPT_4O_MINI_2024_07_18WESTUS3 = "gpt-4o-mini-2024-07-18:westus3"
        GPT_4O_MINI_2024_07_18EASTUS = "gpt-4o-mini-2024-07-18:eastus"
        GPT_4O_MINI_2024_07_18EASTUS2 = "gpt-4o-mini-2024-07-18:eastus2"
        GPT_4O_MINI_2024_07_18NORTHCENTRALUS = "gpt-4o-mini-2024-07-18:northcentralus"
        GPT_4O_MINI_2024_07_18SOUTHCENTRALUS = "gpt-4o-mini-2024-07-18:southcentralus"
        GPT_4O_2024_05_13EASTUS2 = "gpt-4o-2024-05-13:eastus2"
        GPT_4O_2024_05_13EASTUS = "gpt-4o-2024-05-13:eastus"
        GPT_4O_2024_05_13NORTHCENTRALUS = "gpt-4o-2024-05-13:northcentralus"
        GPT_4O_2024_05_13SOUTHCENTRALUS = "gpt-4o-2024-05-13:southcentralus"
        GPT_4O_2024_05_13WESTUS3 = "gpt-4o-2024-05-13:westus3"
        GPT_4O_2024_05_13WESTUS = "gpt-4o-2024-05-13:westus"
        GPT_4_TURBO_2024_04_09EASTUS2 = "gpt-4-turbo-2024-04-09:eastus2"
        GPT_4_0125_PREVIEWEASTUS = "gpt-4-0125-preview:eastus"
        GPT_4_0125_PREVIEWNORTHCENTRALUS = "gpt-4-0125-preview:northcentralus"
        GPT_4_0125_PREVIEWSOUTHCENTRALUS = "gpt-4-0125-preview:southcentralus"
        GPT_4_1106_PREVIEWAUSTRALIAEAST = "gpt-4-1106-preview:australiaeast"
        GPT_4_1106_PREVIEWCANADAEAST = "gpt-4-1106-preview:canadaeast"
        GPT_4_1106_PREVIEWFRANCE = "gpt-4-1106-preview:france"
        GPT_4_1106_PREVIEWINDIA = "gpt-4-1106-preview:india"
        GPT_4_1106_PREVIEWNORWAY = "gpt-4-1106-preview:norway"
        GPT_4_1106_PREVIEWSWEDENCENTRAL = "gpt-4-1106-preview:swedencentral"
        GPT_4_1106_PREVIEWUK = "gpt-4-1106-preview:uk"
        GPT_4_1106_PREVIEWWESTUS = "gpt-4-1106-preview:westus"
        GPT_4_1106_PREVIEWWESTUS3 = "gpt-4-1106-preview:westus3"
        GPT_4_0613CANADAEAST = "gpt-4-0613:canadaeast"
        GPT_3_5_TURBO_0125CANADAEAST = "gpt-3.5-turbo-0125:canadaeast"
        GPT_3_5_TURBO_0125NORTHCENTRALUS = "gpt-3.5-turbo-0125:northcentralus"
        GPT_3_5_TURBO_0125SOUTHCENTRALUS = "gpt-3.5-turbo-0125:southcentralus"
        GPT_3_5_TURBO_1106CANADAEAST = "gpt-3.5-turbo-1106:canadaeast"
        GPT_3_5_TURBO_1106WESTUS = "gpt-3.5-turbo-1106:westus"
        GPT_4_1AUSTRALIAEAST = "gpt-4.1:australiaeast"
        GPT_4OAUSTRALIAEAST = "gpt-4o:australiaeast"
        GPT_5_4_MINIAUSTRALIAEAST = "gpt-5.4-mini:australiaeast"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_OpenAIModelFallbackModelsValues: TypeAlias = Literal[
    "gpt-5.6-sol",
    "gpt-5.6-terra",
    "gpt-5.6-luna",
    "gpt-5.5",
    "chat-latest",
    "gpt-5.4",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
    "gpt-5.2",
    "gpt-5.2-chat-latest",
    "gpt-5.1",
    "gpt-5.1-chat-latest",
    "gpt-5",
    "gpt-5-chat-latest",
    "gpt-5-mini",
    "gpt-5-nano",
    "gpt-4.1-2025-04-14",
    "gpt-4.1-mini-2025-04-14",
    "gpt-4.1-nano-2025-04-14",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "chatgpt-4o-latest",
    "o3",
    "o3-mini",
    "o4-mini",
    "o1-mini",
    "o1-mini-2024-09-12",
    "gpt-4o-realtime-preview-2024-10-01",
    "gpt-4o-realtime-preview-2024-12-17",
    "gpt-4o-mini-realtime-preview-2024-12-17",
    "gpt-realtime-2025-08-28",
    "gpt-realtime-mini-2025-12-15",
    "gpt-realtime-2",
    "gpt-4o-mini-2024-07-18",
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4o-2024-05-13",
    "gpt-4o-2024-08-06",
    "gpt-4o-2024-11-20",
    "gpt-4-turbo",
    "gpt-4-turbo-2024-04-09",
    "gpt-4-turbo-preview",
    "gpt-4-0125-preview",
    "gpt-4-1106-preview",
    "gpt-4",
    "gpt-4-0613",
    "gpt-3.5-turbo",
    "gpt-3.5-turbo-0125",
    "gpt-3.5-turbo-1106",
    "gpt-3.5-turbo-16k",
    "gpt-3.5-turbo-0613",
    "gpt-5.6-luna:westus3",
    "gpt-5.6-terra:westus3",
    "gpt-5.6-sol:westus3",
    "gpt-5.4:eastus2",
    "gpt-5.4:swedencentral",
    "gpt-5.4-mini:eastus2",
    "gpt-5.4-mini:swedencentral",
    "gpt-5.4-nano:eastus2",
    "gpt-5.4-nano:swedencentral",
    "gpt-5.2:eastus2",
    "gpt-5.2:swedencentral",
    "gpt-5.1:eastus2",
    "gpt-5.1:swedencentral",
    "gpt-5:eastus2",
    "gpt-5:swedencentral",
    "gpt-5:canadaeast",
    "gpt-5:eastus",
    "gpt-5:westeurope",
    "gpt-5:germanywestcentral",
    "gpt-5:polandcentral",
    "gpt-5:spaincentral",
    "gpt-5-mini:eastus2",
    "gpt-5-mini:swedencentral",
    "gpt-5-mini:westeurope",
    "gpt-5-mini:germanywestcentral",
    "gpt-5-mini:polandcentral",
    "gpt-5-mini:spaincentral",
    "gpt-5-nano:eastus2",
    "gpt-5-nano:swedencentral",
    "gpt-4.1-2025-04-14:westus",
    "gpt-4.1-2025-04-14:eastus2",
    "gpt-4.1-2025-04-14:eastus",
    "gpt-4.1-2025-04-14:westus3",
    "gpt-4.1-2025-04-14:northcentralus",
    "gpt-4.1-2025-04-14:southcentralus",
    "gpt-4.1-2025-04-14:westeurope",
    "gpt-4.1-2025-04-14:germanywestcentral",
    "gpt-4.1-2025-04-14:polandcentral",
    "gpt-4.1-2025-04-14:spaincentral",
    "gpt-4.1-mini-2025-04-14:westus",
    "gpt-4.1-mini-2025-04-14:eastus2",
    "gpt-4.1-mini-2025-04-14:eastus",
    "gpt-4.1-mini-2025-04-14:westus3",
    "gpt-4.1-mini-2025-04-14:northcentralus",
    "gpt-4.1-mini-2025-04-14:southcentralus",
    "gpt-4.1-mini-2025-04-14:westeurope",
    "gpt-4.1-mini-2025-04-14:germanywestcentral",
    "gpt-4.1-mini-2025-04-14:polandcentral",
    "gpt-4.1-mini-2025-04-14:spaincentral",
    "gpt-4.1-nano-2025-04-14:westus",
    "gpt-4.1-nano-2025-04-14:eastus2",
    "gpt-4.1-nano-2025-04-14:westus3",
    "gpt-4.1-nano-2025-04-14:northcentralus",
    "gpt-4.1-nano-2025-04-14:southcentralus",
    "gpt-4o-2024-11-20:swedencentral",
    "gpt-4o-2024-11-20:westus",
    "gpt-4o-2024-11-20:eastus2",
    "gpt-4o-2024-11-20:eastus",
    "gpt-4o-2024-11-20:westus3",
    "gpt-4o-2024-11-20:southcentralus",
    "gpt-4o-2024-11-20:westeurope",
    "gpt-4o-2024-11-20:germanywestcentral",
    "gpt-4o-2024-11-20:polandcentral",
    "gpt-4o-2024-11-20:spaincentral",
    "gpt-4o-2024-08-06:westus",
    "gpt-4o-2024-08-06:westus3",
    "gpt-4o-2024-08-06:eastus",
    "gpt-4o-2024-08-06:eastus2",
    "gpt-4o-2024-08-06:northcentralus",
    "gpt-4o-2024-08-06:southcentralus",
    "gpt-4o-mini-2024-07-18:westus",
    "gpt-4o-mini-2024-07-18:westus3",
    "gpt-4o-mini-2024-07-18:eastus",
    "gpt-4o-mini-2024-07-18:eastus2",
    "gpt-4o-mini-2024-07-18:northcentralus",
    "gpt-4o-mini-2024-07-18:southcentralus",
    "gpt-4o-2024-05-13:eastus2",
    "gpt-4o-2024-05-13:eastus",
    "gpt-4o-2024-05-13:northcentralus",
    "gpt-4o-2024-05-13:southcentralus",
    "gpt-4o-2024-05-13:westus3",
    "gpt-4o-2024-05-13:westus",
    "gpt-4-turbo-2024-04-09:eastus2",
    "gpt-4-0125-preview:eastus",
    "gpt-4-0125-preview:northcentralus",
    "gpt-4-0125-preview:southcentralus",
    "gpt-4-1106-preview:australiaeast",
    "gpt-4-1106-preview:canadaeast",
    "gpt-4-1106-preview:france",
    "gpt-4-1106-preview:india",
    "gpt-4-1106-preview:norway",
    "gpt-4-1106-preview:swedencentral",
    "gpt-4-1106-preview:uk",
    "gpt-4-1106-preview:westus",
    "gpt-4-1106-preview:westus3",
    "gpt-4-0613:canadaeast",
    "gpt-3.5-turbo-0125:canadaeast",
    "gpt-3.5-turbo-0125:northcentralus",
    "gpt-3.5-turbo-0125:southcentralus",
    "gpt-3.5-turbo-1106:canadaeast",
    "gpt-3.5-turbo-1106:westus",
    "gpt-4.1:australiaeast",
    "gpt-4o:australiaeast",
    "gpt-5.4-mini:australiaeast",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    OpenAIModelFallbackModels,
    (
        ("GPT_5_6_SOL", "gpt-5.6-sol"),
        ("GPT_5_6_TERRA", "gpt-5.6-terra"),
        ("GPT_5_6_LUNA", "gpt-5.6-luna"),
        ("GPT_5_5", "gpt-5.5"),
        ("CHAT_LATEST", "chat-latest"),
        ("GPT_5_4", "gpt-5.4"),
        ("GPT_5_4_MINI", "gpt-5.4-mini"),
        ("GPT_5_4_NANO", "gpt-5.4-nano"),
        ("GPT_5_2", "gpt-5.2"),
        ("GPT_5_2_CHAT_LATEST", "gpt-5.2-chat-latest"),
        ("GPT_5_1", "gpt-5.1"),
        ("GPT_5_1_CHAT_LATEST", "gpt-5.1-chat-latest"),
        ("GPT_5", "gpt-5"),
        ("GPT_5_CHAT_LATEST", "gpt-5-chat-latest"),
        ("GPT_5_MINI", "gpt-5-mini"),
        ("GPT_5_NANO", "gpt-5-nano"),
        ("GPT_4_1_2025_04_14", "gpt-4.1-2025-04-14"),
        ("GPT_4_1_MINI_2025_04_14", "gpt-4.1-mini-2025-04-14"),
        ("GPT_4_1_NANO_2025_04_14", "gpt-4.1-nano-2025-04-14"),
        ("GPT_4_1", "gpt-4.1"),
        ("GPT_4_1_MINI", "gpt-4.1-mini"),
        ("GPT_4_1_NANO", "gpt-4.1-nano"),
        ("CHATGPT_4O_LATEST", "chatgpt-4o-latest"),
        ("O3", "o3"),
        ("O3_MINI", "o3-mini"),
        ("O4_MINI", "o4-mini"),
        ("O1_MINI", "o1-mini"),
        ("O1_MINI_2024_09_12", "o1-mini-2024-09-12"),
        ("GPT_4O_REALTIME_PREVIEW_2024_10_01", "gpt-4o-realtime-preview-2024-10-01"),
        ("GPT_4O_REALTIME_PREVIEW_2024_12_17", "gpt-4o-realtime-preview-2024-12-17"),
        ("GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17", "gpt-4o-mini-realtime-preview-2024-12-17"),
        ("GPT_REALTIME_2025_08_28", "gpt-realtime-2025-08-28"),
        ("GPT_REALTIME_MINI_2025_12_15", "gpt-realtime-mini-2025-12-15"),
        ("GPT_REALTIME_2", "gpt-realtime-2"),
        ("GPT_4O_MINI_2024_07_18", "gpt-4o-mini-2024-07-18"),
        ("GPT_4O_MINI", "gpt-4o-mini"),
        ("GPT_4O", "gpt-4o"),
        ("GPT_4O_2024_05_13", "gpt-4o-2024-05-13"),
        ("GPT_4O_2024_08_06", "gpt-4o-2024-08-06"),
        ("GPT_4O_2024_11_20", "gpt-4o-2024-11-20"),
        ("GPT_4_TURBO", "gpt-4-turbo"),
        ("GPT_4_TURBO_2024_04_09", "gpt-4-turbo-2024-04-09"),
        ("GPT_4_TURBO_PREVIEW", "gpt-4-turbo-preview"),
        ("GPT_4_0125_PREVIEW", "gpt-4-0125-preview"),
        ("GPT_4_1106_PREVIEW", "gpt-4-1106-preview"),
        ("GPT_4", "gpt-4"),
        ("GPT_4_0613", "gpt-4-0613"),
        ("GPT_3_5_TURBO", "gpt-3.5-turbo"),
        ("GPT_3_5_TURBO_0125", "gpt-3.5-turbo-0125"),
        ("GPT_3_5_TURBO_1106", "gpt-3.5-turbo-1106"),
        ("GPT_3_5_TURBO_16K", "gpt-3.5-turbo-16k"),
        ("GPT_3_5_TURBO_0613", "gpt-3.5-turbo-0613"),
        ("GPT_5_6_LUNAWESTUS3", "gpt-5.6-luna:westus3"),
        ("GPT_5_6_TERRAWESTUS3", "gpt-5.6-terra:westus3"),
        ("GPT_5_6_SOLWESTUS3", "gpt-5.6-sol:westus3"),
        ("GPT_5_4EASTUS2", "gpt-5.4:eastus2"),
        ("GPT_5_4SWEDENCENTRAL", "gpt-5.4:swedencentral"),
        ("GPT_5_4_MINIEASTUS2", "gpt-5.4-mini:eastus2"),
        ("GPT_5_4_MINISWEDENCENTRAL", "gpt-5.4-mini:swedencentral"),
        ("GPT_5_4_NANOEASTUS2", "gpt-5.4-nano:eastus2"),
        ("GPT_5_4_NANOSWEDENCENTRAL", "gpt-5.4-nano:swedencentral"),
        ("GPT_5_2EASTUS2", "gpt-5.2:eastus2"),
        ("GPT_5_2SWEDENCENTRAL", "gpt-5.2:swedencentral"),
        ("GPT_5_1EASTUS2", "gpt-5.1:eastus2"),
        ("GPT_5_1SWEDENCENTRAL", "gpt-5.1:swedencentral"),
        ("GPT_5EASTUS2", "gpt-5:eastus2"),
        ("GPT_5SWEDENCENTRAL", "gpt-5:swedencentral"),
        ("GPT_5CANADAEAST", "gpt-5:canadaeast"),
        ("GPT_5EASTUS", "gpt-5:eastus"),
        ("GPT_5WESTEUROPE", "gpt-5:westeurope"),
        ("GPT_5GERMANYWESTCENTRAL", "gpt-5:germanywestcentral"),
        ("GPT_5POLANDCENTRAL", "gpt-5:polandcentral"),
        ("GPT_5SPAINCENTRAL", "gpt-5:spaincentral"),
        ("GPT_5_MINIEASTUS2", "gpt-5-mini:eastus2"),
        ("GPT_5_MINISWEDENCENTRAL", "gpt-5-mini:swedencentral"),
        ("GPT_5_MINIWESTEUROPE", "gpt-5-mini:westeurope"),
        ("GPT_5_MINIGERMANYWESTCENTRAL", "gpt-5-mini:germanywestcentral"),
        ("GPT_5_MINIPOLANDCENTRAL", "gpt-5-mini:polandcentral"),
        ("GPT_5_MINISPAINCENTRAL", "gpt-5-mini:spaincentral"),
        ("GPT_5_NANOEASTUS2", "gpt-5-nano:eastus2"),
        ("GPT_5_NANOSWEDENCENTRAL", "gpt-5-nano:swedencentral"),
        ("GPT_4_1_2025_04_14WESTUS", "gpt-4.1-2025-04-14:westus"),
        ("GPT_4_1_2025_04_14EASTUS2", "gpt-4.1-2025-04-14:eastus2"),
        ("GPT_4_1_2025_04_14EASTUS", "gpt-4.1-2025-04-14:eastus"),
        ("GPT_4_1_2025_04_14WESTUS3", "gpt-4.1-2025-04-14:westus3"),
        ("GPT_4_1_2025_04_14NORTHCENTRALUS", "gpt-4.1-2025-04-14:northcentralus"),
        ("GPT_4_1_2025_04_14SOUTHCENTRALUS", "gpt-4.1-2025-04-14:southcentralus"),
        ("GPT_4_1_2025_04_14WESTEUROPE", "gpt-4.1-2025-04-14:westeurope"),
        ("GPT_4_1_2025_04_14GERMANYWESTCENTRAL", "gpt-4.1-2025-04-14:germanywestcentral"),
        ("GPT_4_1_2025_04_14POLANDCENTRAL", "gpt-4.1-2025-04-14:polandcentral"),
        ("GPT_4_1_2025_04_14SPAINCENTRAL", "gpt-4.1-2025-04-14:spaincentral"),
        ("GPT_4_1_MINI_2025_04_14WESTUS", "gpt-4.1-mini-2025-04-14:westus"),
        ("GPT_4_1_MINI_2025_04_14EASTUS2", "gpt-4.1-mini-2025-04-14:eastus2"),
        ("GPT_4_1_MINI_2025_04_14EASTUS", "gpt-4.1-mini-2025-04-14:eastus"),
        ("GPT_4_1_MINI_2025_04_14WESTUS3", "gpt-4.1-mini-2025-04-14:westus3"),
        ("GPT_4_1_MINI_2025_04_14NORTHCENTRALUS", "gpt-4.1-mini-2025-04-14:northcentralus"),
        ("GPT_4_1_MINI_2025_04_14SOUTHCENTRALUS", "gpt-4.1-mini-2025-04-14:southcentralus"),
        ("GPT_4_1_MINI_2025_04_14WESTEUROPE", "gpt-4.1-mini-2025-04-14:westeurope"),
        ("GPT_4_1_MINI_2025_04_14GERMANYWESTCENTRAL", "gpt-4.1-mini-2025-04-14:germanywestcentral"),
        ("GPT_4_1_MINI_2025_04_14POLANDCENTRAL", "gpt-4.1-mini-2025-04-14:polandcentral"),
        ("GPT_4_1_MINI_2025_04_14SPAINCENTRAL", "gpt-4.1-mini-2025-04-14:spaincentral"),
        ("GPT_4_1_NANO_2025_04_14WESTUS", "gpt-4.1-nano-2025-04-14:westus"),
        ("GPT_4_1_NANO_2025_04_14EASTUS2", "gpt-4.1-nano-2025-04-14:eastus2"),
        ("GPT_4_1_NANO_2025_04_14WESTUS3", "gpt-4.1-nano-2025-04-14:westus3"),
        ("GPT_4_1_NANO_2025_04_14NORTHCENTRALUS", "gpt-4.1-nano-2025-04-14:northcentralus"),
        ("GPT_4_1_NANO_2025_04_14SOUTHCENTRALUS", "gpt-4.1-nano-2025-04-14:southcentralus"),
        ("GPT_4O_2024_11_20SWEDENCENTRAL", "gpt-4o-2024-11-20:swedencentral"),
        ("GPT_4O_2024_11_20WESTUS", "gpt-4o-2024-11-20:westus"),
        ("GPT_4O_2024_11_20EASTUS2", "gpt-4o-2024-11-20:eastus2"),
        ("GPT_4O_2024_11_20EASTUS", "gpt-4o-2024-11-20:eastus"),
        ("GPT_4O_2024_11_20WESTUS3", "gpt-4o-2024-11-20:westus3"),
        ("GPT_4O_2024_11_20SOUTHCENTRALUS", "gpt-4o-2024-11-20:southcentralus"),
        ("GPT_4O_2024_11_20WESTEUROPE", "gpt-4o-2024-11-20:westeurope"),
        ("GPT_4O_2024_11_20GERMANYWESTCENTRAL", "gpt-4o-2024-11-20:germanywestcentral"),
        ("GPT_4O_2024_11_20POLANDCENTRAL", "gpt-4o-2024-11-20:polandcentral"),
        ("GPT_4O_2024_11_20SPAINCENTRAL", "gpt-4o-2024-11-20:spaincentral"),
        ("GPT_4O_2024_08_06WESTUS", "gpt-4o-2024-08-06:westus"),
        ("GPT_4O_2024_08_06WESTUS3", "gpt-4o-2024-08-06:westus3"),
        ("GPT_4O_2024_08_06EASTUS", "gpt-4o-2024-08-06:eastus"),
        ("GPT_4O_2024_08_06EASTUS2", "gpt-4o-2024-08-06:eastus2"),
        ("GPT_4O_2024_08_06NORTHCENTRALUS", "gpt-4o-2024-08-06:northcentralus"),
        ("GPT_4O_2024_08_06SOUTHCENTRALUS", "gpt-4o-2024-08-06:southcentralus"),
        ("GPT_4O_MINI_2024_07_18WESTUS", "gpt-4o-mini-2024-07-18:westus"),
        ("GPT_4O_MINI_2024_07_18WESTUS3", "gpt-4o-mini-2024-07-18:westus3"),
        ("GPT_4O_MINI_2024_07_18EASTUS", "gpt-4o-mini-2024-07-18:eastus"),
        ("GPT_4O_MINI_2024_07_18EASTUS2", "gpt-4o-mini-2024-07-18:eastus2"),
        ("GPT_4O_MINI_2024_07_18NORTHCENTRALUS", "gpt-4o-mini-2024-07-18:northcentralus"),
        ("GPT_4O_MINI_2024_07_18SOUTHCENTRALUS", "gpt-4o-mini-2024-07-18:southcentralus"),
        ("GPT_4O_2024_05_13EASTUS2", "gpt-4o-2024-05-13:eastus2"),
        ("GPT_4O_2024_05_13EASTUS", "gpt-4o-2024-05-13:eastus"),
        ("GPT_4O_2024_05_13NORTHCENTRALUS", "gpt-4o-2024-05-13:northcentralus"),
        ("GPT_4O_2024_05_13SOUTHCENTRALUS", "gpt-4o-2024-05-13:southcentralus"),
        ("GPT_4O_2024_05_13WESTUS3", "gpt-4o-2024-05-13:westus3"),
        ("GPT_4O_2024_05_13WESTUS", "gpt-4o-2024-05-13:westus"),
        ("GPT_4_TURBO_2024_04_09EASTUS2", "gpt-4-turbo-2024-04-09:eastus2"),
        ("GPT_4_0125_PREVIEWEASTUS", "gpt-4-0125-preview:eastus"),
        ("GPT_4_0125_PREVIEWNORTHCENTRALUS", "gpt-4-0125-preview:northcentralus"),
        ("GPT_4_0125_PREVIEWSOUTHCENTRALUS", "gpt-4-0125-preview:southcentralus"),
        ("GPT_4_1106_PREVIEWAUSTRALIAEAST", "gpt-4-1106-preview:australiaeast"),
        ("GPT_4_1106_PREVIEWCANADAEAST", "gpt-4-1106-preview:canadaeast"),
        ("GPT_4_1106_PREVIEWFRANCE", "gpt-4-1106-preview:france"),
        ("GPT_4_1106_PREVIEWINDIA", "gpt-4-1106-preview:india"),
        ("GPT_4_1106_PREVIEWNORWAY", "gpt-4-1106-preview:norway"),
        ("GPT_4_1106_PREVIEWSWEDENCENTRAL", "gpt-4-1106-preview:swedencentral"),
        ("GPT_4_1106_PREVIEWUK", "gpt-4-1106-preview:uk"),
        ("GPT_4_1106_PREVIEWWESTUS", "gpt-4-1106-preview:westus"),
        ("GPT_4_1106_PREVIEWWESTUS3", "gpt-4-1106-preview:westus3"),
        ("GPT_4_0613CANADAEAST", "gpt-4-0613:canadaeast"),
        ("GPT_3_5_TURBO_0125CANADAEAST", "gpt-3.5-turbo-0125:canadaeast"),
        ("GPT_3_5_TURBO_0125NORTHCENTRALUS", "gpt-3.5-turbo-0125:northcentralus"),
        ("GPT_3_5_TURBO_0125SOUTHCENTRALUS", "gpt-3.5-turbo-0125:southcentralus"),
        ("GPT_3_5_TURBO_1106CANADAEAST", "gpt-3.5-turbo-1106:canadaeast"),
        ("GPT_3_5_TURBO_1106WESTUS", "gpt-3.5-turbo-1106:westus"),
        ("GPT_4_1AUSTRALIAEAST", "gpt-4.1:australiaeast"),
        ("GPT_4OAUSTRALIAEAST", "gpt-4o:australiaeast"),
        ("GPT_5_4_MINIAUSTRALIAEAST", "gpt-5.4-mini:australiaeast"),
    ),
)


OpenAIModelModel = OpenAIModelFallbackModels  # a locked name of this class (names lock)
