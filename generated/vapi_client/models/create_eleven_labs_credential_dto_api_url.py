from .._enums import OpenEnum

__all__ = ["CreateElevenLabsCredentialDTOApiUrl"]


class CreateElevenLabsCredentialDTOApiUrl(OpenEnum):
    """Known values of CreateElevenLabsCredentialDTOApiUrl; any other string parses too (see OpenEnum)."""

    HTTPSAPI_ELEVENLABS_IO = "https://api.elevenlabs.io"
    HTTPSAPI_EU_RESIDENCY_ELEVENLABS_IO = "https://api.eu.residency.elevenlabs.io"
