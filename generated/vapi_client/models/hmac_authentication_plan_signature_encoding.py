from .._enums import OpenEnum

__all__ = ["HMACAuthenticationPlanSignatureEncoding"]


class HMACAuthenticationPlanSignatureEncoding(OpenEnum):
    """Known values of HMACAuthenticationPlanSignatureEncoding; any other string parses too (see OpenEnum)."""

    HEX = "hex"
    BASE64 = "base64"
