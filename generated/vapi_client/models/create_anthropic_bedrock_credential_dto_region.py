# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateAnthropicBedrockCredentialDTORegion"]


class CreateAnthropicBedrockCredentialDTORegion(OpenEnum):
    """Known values of CreateAnthropicBedrockCredentialDTORegion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        US_EAST_1 = "us-east-1"
        US_WEST_2 = "us-west-2"
        EU_CENTRAL_1 = "eu-central-1"
        EU_WEST_1 = "eu-west-1"
        EU_WEST_3 = "eu-west-3"
        AP_NORTHEAST_1 = "ap-northeast-1"
        AP_SOUTHEAST_2 = "ap-southeast-2"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CreateAnthropicBedrockCredentialDTORegionValues: TypeAlias = Literal[
    "us-east-1",
    "us-west-2",
    "eu-central-1",
    "eu-west-1",
    "eu-west-3",
    "ap-northeast-1",
    "ap-southeast-2",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateAnthropicBedrockCredentialDTORegion,
    (
        ("US_EAST_1", "us-east-1"),
        ("US_WEST_2", "us-west-2"),
        ("EU_CENTRAL_1", "eu-central-1"),
        ("EU_WEST_1", "eu-west-1"),
        ("EU_WEST_3", "eu-west-3"),
        ("AP_NORTHEAST_1", "ap-northeast-1"),
        ("AP_SOUTHEAST_2", "ap-southeast-2"),
    ),
)
