# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateAzureCredentialDTORegion"]


class CreateAzureCredentialDTORegion(OpenEnum):
    """Known values of CreateAzureCredentialDTORegion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AUSTRALIAEAST = "australiaeast"
        CANADAEAST = "canadaeast"
        CANADACENTRAL = "canadacentral"
        CENTRALUS = "centralus"
        EASTUS2 = "eastus2"
        EASTUS = "eastus"
        FRANCE = "france"
        GERMANYWESTCENTRAL = "germanywestcentral"
        INDIA = "india"
        JAPANEAST = "japaneast"
        JAPANWEST = "japanwest"
        NORTHCENTRALUS = "northcentralus"
        NORWAY = "norway"
        POLANDCENTRAL = "polandcentral"
        SOUTHCENTRALUS = "southcentralus"
        SPAINCENTRAL = "spaincentral"
        SWEDENCENTRAL = "swedencentral"
        SWITZERLAND = "switzerland"
        SWITZERLANDNORTH = "switzerlandnorth"
        SWITZERLANDWEST = "switzerlandwest"
        UAENORTH = "uaenorth"
        UK = "uk"
        WESTEUROPE = "westeurope"
        WESTUS = "westus"
        WESTUS3 = "westus3"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CreateAzureCredentialDTORegionValues: TypeAlias = Literal[
    "australiaeast",
    "canadaeast",
    "canadacentral",
    "centralus",
    "eastus2",
    "eastus",
    "france",
    "germanywestcentral",
    "india",
    "japaneast",
    "japanwest",
    "northcentralus",
    "norway",
    "polandcentral",
    "southcentralus",
    "spaincentral",
    "swedencentral",
    "switzerland",
    "switzerlandnorth",
    "switzerlandwest",
    "uaenorth",
    "uk",
    "westeurope",
    "westus",
    "westus3",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateAzureCredentialDTORegion,
    (
        ("AUSTRALIAEAST", "australiaeast"),
        ("CANADAEAST", "canadaeast"),
        ("CANADACENTRAL", "canadacentral"),
        ("CENTRALUS", "centralus"),
        ("EASTUS2", "eastus2"),
        ("EASTUS", "eastus"),
        ("FRANCE", "france"),
        ("GERMANYWESTCENTRAL", "germanywestcentral"),
        ("INDIA", "india"),
        ("JAPANEAST", "japaneast"),
        ("JAPANWEST", "japanwest"),
        ("NORTHCENTRALUS", "northcentralus"),
        ("NORWAY", "norway"),
        ("POLANDCENTRAL", "polandcentral"),
        ("SOUTHCENTRALUS", "southcentralus"),
        ("SPAINCENTRAL", "spaincentral"),
        ("SWEDENCENTRAL", "swedencentral"),
        ("SWITZERLAND", "switzerland"),
        ("SWITZERLANDNORTH", "switzerlandnorth"),
        ("SWITZERLANDWEST", "switzerlandwest"),
        ("UAENORTH", "uaenorth"),
        ("UK", "uk"),
        ("WESTEUROPE", "westeurope"),
        ("WESTUS", "westus"),
        ("WESTUS3", "westus3"),
    ),
)


CreateAzureOpenAICredentialDTORegion = CreateAzureCredentialDTORegion  # a locked name of this class (names lock)
