from .._enums import OpenEnum

__all__ = ["HMACAuthenticationPlanAlgorithm"]


class HMACAuthenticationPlanAlgorithm(OpenEnum):
    """Known values of HMACAuthenticationPlanAlgorithm; any other string parses too (see OpenEnum)."""

    SHA256 = "sha256"
    SHA512 = "sha512"
    SHA1 = "sha1"
