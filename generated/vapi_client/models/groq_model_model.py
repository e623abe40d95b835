# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["GroqModelModel"]


class GroqModelModel(OpenEnum):
    """Known values of GroqModelModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        OPENAIGPT_OSS_20B = "openai/gpt-oss-20b"
        OPENAIGPT_OSS_120B = "openai/gpt-oss-120b"
        DEEPSEEK_R1_DISTILL_LLAMA_70B = "deepseek-r1-distill-llama-70b"
        LLAMA_3_3_70B_VERSATILE = "llama-3.3-70b-versatile"
        LLAMA_3_1_405B_REASONING = "llama-3.1-405b-reasoning"
        LLAMA_3_1_8B_INSTANT = "llama-3.1-8b-instant"
        LLAMA3_8B_8192 = "llama3-8b-8192"
        LLAMA3_70B_8192 = "llama3-70b-8192"
        GEMMA2_9B_IT = "gemma2-9b-it"
        MOONSHOTAIKIMI_K2_INSTRUCT_0905 = "moonshotai/kimi-k2-instruct-0905"
        META_LLAMALLAMA_4_SCOUT_17B_16E_INSTRUCT = "meta-llama/llama-4-scout-17b-16e-instruct"
        MISTRAL_SABA_24B = "mistral-saba-24b"
        COMPOUND_BETA = "compound-beta"
        COMPOUND_BETA_MINI = "compound-beta-mini"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_GroqModelModelValues: TypeAlias = Literal[
    "openai/gpt-oss-20b",
    "openai/gpt-oss-120b",
    "deepseek-r1-distill-llama-70b",
    "llama-3.3-70b-versatile",
    "llama-3.1-405b-reasoning",
    "llama-3.1-8b-instant",
    "llama3-8b-8192",
    "llama3-70b-8192",
    "gemma2-9b-it",
    "moonshotai/kimi-k2-instruct-0905",
    "meta-llama/llama-4-scout-17b-16e-instruct",
    "mistral-saba-24b",
    "compound-beta",
    "compound-beta-mini",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    GroqModelModel,
    (
        ("OPENAIGPT_OSS_20B", "openai/gpt-oss-20b"),
        ("OPENAIGPT_OSS_120B", "openai/gpt-oss-120b"),
        ("DEEPSEEK_R1_DISTILL_LLAMA_70B", "deepseek-r1-distill-llama-70b"),
        ("LLAMA_3_3_70B_VERSATILE", "llama-3.3-70b-versatile"),
        ("LLAMA_3_1_405B_REASONING", "llama-3.1-405b-reasoning"),
        ("LLAMA_3_1_8B_INSTANT", "llama-3.1-8b-instant"),
        ("LLAMA3_8B_8192", "llama3-8b-8192"),
        ("LLAMA3_70B_8192", "llama3-70b-8192"),
        ("GEMMA2_9B_IT", "gemma2-9b-it"),
        ("MOONSHOTAIKIMI_K2_INSTRUCT_0905", "moonshotai/kimi-k2-instruct-0905"),
        ("META_LLAMALLAMA_4_SCOUT_17B_16E_INSTRUCT", "meta-llama/llama-4-scout-17b-16e-instruct"),
        ("MISTRAL_SABA_24B", "mistral-saba-24b"),
        ("COMPOUND_BETA", "compound-beta"),
        ("COMPOUND_BETA_MINI", "compound-beta-mini"),
    ),
)
