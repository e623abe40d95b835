# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateElevenLabsCredentialDTOApiUrl"]


class CreateElevenLabsCredentialDTOApiUrl(OpenEnum):
    """Known values of CreateElevenLabsCredentialDTOApiUrl; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        HTTPSAPI_ELEVENLABS_IO = "https://api.elevenlabs.io"
        HTTPSAPI_EU_RESIDENCY_ELEVENLABS_IO = "https://api.eu.residency.elevenlabs.io"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateElevenLabsCredentialDTOApiUrl,
    (
        ("HTTPSAPI_ELEVENLABS_IO", "https://api.elevenlabs.io"),
        ("HTTPSAPI_EU_RESIDENCY_ELEVENLABS_IO", "https://api.eu.residency.elevenlabs.io"),
    ),
)
