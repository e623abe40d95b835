# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["SupabaseBucketPlanRegion"]


class SupabaseBucketPlanRegion(OpenEnum):
    """Known values of SupabaseBucketPlanRegion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        US_WEST_1 = "us-west-1"
        US_EAST_1 = "us-east-1"
        US_EAST_2 = "us-east-2"
        CA_CENTRAL_1 = "ca-central-1"
        EU_WEST_1 = "eu-west-1"
        EU_WEST_2 = "eu-west-2"
        EU_WEST_3 = "eu-west-3"
        EU_CENTRAL_1 = "eu-central-1"
        EU_CENTRAL_2 = "eu-central-2"
        EU_NORTH_1 = "eu-north-1"
        AP_SOUTH_1 = "ap-south-1"
        AP_SOUTHEAST_1 = "ap-southeast-1"
        AP_NORTHEAST_1 = "ap-northeast-1"
        AP_NORTHEAST_2 = "ap-northeast-2"
        AP_SOUTHEAST_2 = "ap-southeast-2"
        SA_EAST_1 = "sa-east-1"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_SupabaseBucketPlanRegionValues: TypeAlias = Literal[
    "us-west-1",
    "us-east-1",
    "us-east-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "ap-south-1",
    "ap-southeast-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-2",
    "sa-east-1",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    SupabaseBucketPlanRegion,
    (
        ("US_WEST_1", "us-west-1"),
        ("US_EAST_1", "us-east-1"),
        ("US_EAST_2", "us-east-2"),
        ("CA_CENTRAL_1", "ca-central-1"),
        ("EU_WEST_1", "eu-west-1"),
        ("EU_WEST_2", "eu-west-2"),
        ("EU_WEST_3", "eu-west-3"),
        ("EU_CENTRAL_1", "eu-central-1"),
        ("EU_CENTRAL_2", "eu-central-2"),
        ("EU_NORTH_1", "eu-north-1"),
        ("AP_SOUTH_1", "ap-south-1"),
        ("AP_SOUTHEAST_1", "ap-southeast-1"),
        ("AP_NORTHEAST_1", "ap-northeast-1"),
        ("AP_NORTHEAST_2", "ap-northeast-2"),
        ("AP_SOUTHEAST_2", "ap-southeast-2"),
        ("SA_EAST_1", "sa-east-1"),
    ),
)
