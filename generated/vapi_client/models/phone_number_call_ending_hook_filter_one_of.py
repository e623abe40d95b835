# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["PhoneNumberCallEndingHookFilterOneOf"]


class PhoneNumberCallEndingHookFilterOneOf(OpenEnum):
    """Known values of PhoneNumberCallEndingHookFilterOneOf; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ASSISTANT_REQUEST_FAILED = "assistant-request-failed"
        ASSISTANT_REQUEST_RETURNED_ERROR = "assistant-request-returned-error"
        ASSISTANT_REQUEST_RETURNED_UNSPEAKABLE_ERROR = "assistant-request-returned-unspeakable-error"
        ASSISTANT_REQUEST_RETURNED_INVALID_ASSISTANT = "assistant-request-returned-invalid-assistant"
        ASSISTANT_REQUEST_RETURNED_NO_ASSISTANT = "assistant-request-returned-no-assistant"
        ASSISTANT_REQUEST_RETURNED_FORWARDING_PHONE_NUMBER = "assistant-request-returned-forwarding-phone-number"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_PhoneNumberCallEndingHookFilterOneOfValues: TypeAlias = Literal[
    "assistant-request-failed",
    "assistant-request-returned-error",
    "assistant-request-returned-unspeakable-error",
    "assistant-request-returned-invalid-assistant",
    "assistant-request-returned-no-assistant",
    "assistant-request-returned-forwarding-phone-number",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    PhoneNumberCallEndingHookFilterOneOf,
    (
        ("ASSISTANT_REQUEST_FAILED", "assistant-request-failed"),
        ("ASSISTANT_REQUEST_RETURNED_ERROR", "assistant-request-returned-error"),
        ("ASSISTANT_REQUEST_RETURNED_UNSPEAKABLE_ERROR", "assistant-request-returned-unspeakable-error"),
        ("ASSISTANT_REQUEST_RETURNED_INVALID_ASSISTANT", "assistant-request-returned-invalid-assistant"),
        ("ASSISTANT_REQUEST_RETURNED_NO_ASSISTANT", "assistant-request-returned-no-assistant"),
        ("ASSISTANT_REQUEST_RETURNED_FORWARDING_PHONE_NUMBER", "assistant-request-returned-forwarding-phone-number"),
    ),
)
