# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CallPhoneCallProvider"]


class CallPhoneCallProvider(OpenEnum):
    """Known values of CallPhoneCallProvider; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        TWILIO = "twilio"
        VONAGE = "vonage"
        VAPI = "vapi"
        TELNYX = "telnyx"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CallPhoneCallProviderValues: TypeAlias = Literal[
    "twilio",
    "vonage",
    "vapi",
    "telnyx",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CallPhoneCallProvider,
    (
        ("TWILIO", "twilio"),
        ("VONAGE", "vonage"),
        ("VAPI", "vapi"),
        ("TELNYX", "telnyx"),
    ),
)
