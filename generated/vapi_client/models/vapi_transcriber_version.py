from .._enums import OpenEnum

__all__ = ["VapiTranscriberVersion"]


class VapiTranscriberVersion(OpenEnum):
    """Known values of VapiTranscriberVersion; any other string parses too (see OpenEnum)."""

    LATEST = "latest"
    VALUE_1 = "1"
