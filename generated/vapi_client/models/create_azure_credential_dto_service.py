from .._enums import OpenEnum

__all__ = ["CreateAzureCredentialDTOService"]


class CreateAzureCredentialDTOService(OpenEnum):
    """Known values of CreateAzureCredentialDTOService; any other string parses too (see OpenEnum)."""

    SPEECH = "speech"
    BLOB_STORAGE = "blob_storage"
