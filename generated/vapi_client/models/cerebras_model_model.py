from .._enums import OpenEnum

__all__ = ["CerebrasModelModel"]


class CerebrasModelModel(OpenEnum):
    """Known values of CerebrasModelModel; any other string parses too (see OpenEnum)."""

    LLAMA3_1_8B = "llama3.1-8b"
    LLAMA_3_3_70B = "llama-3.3-70b"
