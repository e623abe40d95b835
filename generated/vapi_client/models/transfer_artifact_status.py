# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["TransferArtifactStatus"]


class TransferArtifactStatus(OpenEnum):
    """Known values of TransferArtifactStatus; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CONNECTED = "connected"
        NO_ANSWER = "no-answer"
        BUSY = "busy"
        VOICEMAIL = "voicemail"
        FAILED = "failed"
        COMPLETED = "completed"
        CANCELLED = "cancelled"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_TransferArtifactStatusValues: TypeAlias = Literal[
    "connected",
    "no-answer",
    "busy",
    "voicemail",
    "failed",
    "completed",
    "cancelled",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    TransferArtifactStatus,
    (
        ("CONNECTED", "connected"),
        ("NO_ANSWER", "no-answer"),
        ("BUSY", "busy"),
        ("VOICEMAIL", "voicemail"),
        ("FAILED", "failed"),
        ("COMPLETED", "completed"),
        ("CANCELLED", "cancelled"),
    ),
)
