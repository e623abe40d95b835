from .._enums import OpenEnum

__all__ = ["AnthropicModelName"]


class AnthropicModelName(OpenEnum):
    """Known values of AnthropicModelName; any other string parses too (see OpenEnum)."""

    CLAUDE_3_OPUS_20240229 = "claude-3-opus-20240229"
    CLAUDE_3_SONNET_20240229 = "claude-3-sonnet-20240229"
    CLAUDE_3_HAIKU_20240307 = "claude-3-haiku-20240307"
