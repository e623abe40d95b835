from .._enums import OpenEnum

__all__ = ["McpToolMetadataProtocol"]


class McpToolMetadataProtocol(OpenEnum):
    """Known values of McpToolMetadataProtocol; any other string parses too (see OpenEnum)."""

    SSE = "sse"
    SHTTP = "shttp"
