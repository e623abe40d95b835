from .._enums import OpenEnum

__all__ = ["CreateAzureCredentialDTORegion"]


class CreateAzureCredentialDTORegion(OpenEnum):
    """Known values of CreateAzureCredentialDTORegion; any other string parses too (see OpenEnum)."""

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
