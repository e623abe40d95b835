# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateElevenLabsCredentialDTOApiUrl"]


class CreateElevenLabsCredentialDTOApiUrl(OpenEnum):
    """Known values of CreateElevenLabsCredentialDTOApiUrl; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        HTTPSAPI_ELEVENLABS_IO = "https://api.elevenlabs.io"
        HTTPSAPI_EU_RESIDENCY_ELEVENLABS_IO = "https://api.eu.residency.elevenlabs.io"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CreateElevenLabsCredentialDTOApiUrlValues: TypeAlias = Literal[
    "https://api.elevenlabs.io",
    "https://api.eu.residency.elevenlabs.io",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateElevenLabsCredentialDTOApiUrl,
    (
        ("HTTPSAPI_ELEVENLABS_IO", "https://api.elevenlabs.io"),
        ("HTTPSAPI_EU_RESIDENCY_ELEVENLABS_IO", "https://api.eu.residency.elevenlabs.io"),
    ),
)
