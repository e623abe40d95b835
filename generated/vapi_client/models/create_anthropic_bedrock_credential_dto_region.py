from .._enums import OpenEnum

__all__ = ["CreateAnthropicBedrockCredentialDTORegion"]


class CreateAnthropicBedrockCredentialDTORegion(OpenEnum):
    """Known values of CreateAnthropicBedrockCredentialDTORegion; any other string parses too (see OpenEnum)."""

    US_EAST_1 = "us-east-1"
    US_WEST_2 = "us-west-2"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_1 = "eu-west-1"
    EU_WEST_3 = "eu-west-3"
    AP_NORTHEAST_1 = "ap-northeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
