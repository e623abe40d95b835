# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["GeminiMultimodalLivePrebuiltVoiceConfigVoiceName"]


class GeminiMultimodalLivePrebuiltVoiceConfigVoiceName(OpenEnum):
    """Known values of GeminiMultimodalLivePrebuiltVoiceConfigVoiceName; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        PUCK = "Puck"
        CHARON = "Charon"
        KORE = "Kore"
        FENRIR = "Fenrir"
        AOEDE = "Aoede"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    GeminiMultimodalLivePrebuiltVoiceConfigVoiceName,
    (
        ("PUCK", "Puck"),
        ("CHARON", "Charon"),
        ("KORE", "Kore"),
        ("FENRIR", "Fenrir"),
        ("AOEDE", "Aoede"),
    ),
)
