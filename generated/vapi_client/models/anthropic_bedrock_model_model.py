# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AnthropicBedrockModelModel"]


class AnthropicBedrockModelModel(OpenEnum):
    """Known values of AnthropicBedrockModelModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CLAUDE_3_OPUS_20240229 = "claude-3-opus-20240229"
        CLAUDE_3_SONNET_20240229 = "claude-3-sonnet-20240229"
        CLAUDE_3_HAIKU_20240307 = "claude-3-haiku-20240307"
        CLAUDE_3_5_SONNET_20240620 = "claude-3-5-sonnet-20240620"
        CLAUDE_3_5_SONNET_20241022 = "claude-3-5-sonnet-20241022"
        CLAUDE_3_5_HAIKU_20241022 = "claude-3-5-haiku-20241022"
        CLAUDE_3_7_SONNET_20250219 = "claude-3-7-sonnet-20250219"
        CLAUDE_OPUS_4_20250514 = "claude-opus-4-20250514"
        CLAUDE_OPUS_4_5_20251101 = "claude-opus-4-5-20251101"
        CLAUDE_OPUS_4_6 = "claude-opus-4-6"
        CLAUDE_SONNET_4_20250514 = "claude-sonnet-4-20250514"
        CLAUDE_SONNET_4_5_20250929 = "claude-sonnet-4-5-20250929"
        CLAUDE_SONNET_4_6 = "claude-sonnet-4-6"
        CLAUDE_HAIKU_4_5_20251001 = "claude-haiku-4-5-20251001"
        GLOBAL_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V10 = "global.anthropic.claude-haiku-4-5-20251001-v1:0"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AnthropicBedrockModelModelValues: TypeAlias = Literal[
    "claude-3-opus-20240229",
    "claude-3-sonnet-20240229",
    "claude-3-haiku-20240307",
    "claude-3-5-sonnet-20240620",
    "claude-3-5-sonnet-20241022",
    "claude-3-5-haiku-20241022",
    "claude-3-7-sonnet-20250219",
    "claude-opus-4-20250514",
    "claude-opus-4-5-20251101",
    "claude-opus-4-6",
    "claude-sonnet-4-20250514",
    "claude-sonnet-4-5-20250929",
    "claude-sonnet-4-6",
    "claude-haiku-4-5-20251001",
    "global.anthropic.claude-haiku-4-5-20251001-v1:0",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AnthropicBedrockModelModel,
    (
        ("CLAUDE_3_OPUS_20240229", "claude-3-opus-20240229"),
        ("CLAUDE_3_SONNET_20240229", "claude-3-sonnet-20240229"),
        ("CLAUDE_3_HAIKU_20240307", "claude-3-haiku-20240307"),
        ("CLAUDE_3_5_SONNET_20240620", "claude-3-5-sonnet-20240620"),
        ("CLAUDE_3_5_SONNET_20241022", "claude-3-5-sonnet-20241022"),
        ("CLAUDE_3_5_HAIKU_20241022", "claude-3-5-haiku-20241022"),
        ("CLAUDE_3_7_SONNET_20250219", "claude-3-7-sonnet-20250219"),
        ("CLAUDE_OPUS_4_20250514", "claude-opus-4-20250514"),
        ("CLAUDE_OPUS_4_5_20251101", "claude-opus-4-5-20251101"),
        ("CLAUDE_OPUS_4_6", "claude-opus-4-6"),
        ("CLAUDE_SONNET_4_20250514", "claude-sonnet-4-20250514"),
        ("CLAUDE_SONNET_4_5_20250929", "claude-sonnet-4-5-20250929"),
        ("CLAUDE_SONNET_4_6", "claude-sonnet-4-6"),
        ("CLAUDE_HAIKU_4_5_20251001", "claude-haiku-4-5-20251001"),
        ("GLOBAL_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V10", "global.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ),
)


WorkflowAnthropicBedrockModelModel = AnthropicBedrockModelModel  # a locked name of this class (names lock)
