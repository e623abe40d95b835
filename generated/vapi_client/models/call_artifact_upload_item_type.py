# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CallArtifactUploadItemType"]


class CallArtifactUploadItemType(OpenEnum):
    """Known values of CallArtifactUploadItemType; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        END_OF_CALL_REPORT = "end-of-call-report"
        RECORDING_MONO = "recording-mono"
        RECORDING_STEREO = "recording-stereo"
        RECORDING_ASSISTANT = "recording-assistant"
        RECORDING_CUSTOMER = "recording-customer"
        LOG = "log"
        PCAP = "pcap"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CallArtifactUploadItemTypeValues: TypeAlias = Literal[
    "end-of-call-report",
    "recording-mono",
    "recording-stereo",
    "recording-assistant",
    "recording-customer",
    "log",
    "pcap",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CallArtifactUploadItemType,
    (
        ("END_OF_CALL_REPORT", "end-of-call-report"),
        ("RECORDING_MONO", "recording-mono"),
        ("RECORDING_STEREO", "recording-stereo"),
        ("RECORDING_ASSISTANT", "recording-assistant"),
        ("RECORDING_CUSTOMER", "recording-customer"),
        ("LOG", "log"),
        ("PCAP", "pcap"),
    ),
)
