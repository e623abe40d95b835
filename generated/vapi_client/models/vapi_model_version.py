from .._enums import OpenEnum

__all__ = ["VapiModelVersion"]


class VapiModelVersion(OpenEnum):
    """Known values of VapiModelVersion; any other string parses too (see OpenEnum)."""

    LATEST = "latest"
    VALUE_1 = "1"
