from .._enums import OpenEnum

__all__ = ["PhoneNumberCallEndingHookFilterOneOf"]


class PhoneNumberCallEndingHookFilterOneOf(OpenEnum):
    """Known values of PhoneNumberCallEndingHookFilterOneOf; any other string parses too (see OpenEnum)."""

    ASSISTANT_REQUEST_FAILED = "assistant-request-failed"
    ASSISTANT_REQUEST_RETURNED_ERROR = "assistant-request-returned-error"
    ASSISTANT_REQUEST_RETURNED_UNSPEAKABLE_ERROR = "assistant-request-returned-unspeakable-error"
    ASSISTANT_REQUEST_RETURNED_INVALID_ASSISTANT = "assistant-request-returned-invalid-assistant"
    ASSISTANT_REQUEST_RETURNED_NO_ASSISTANT = "assistant-request-returned-no-assistant"
    ASSISTANT_REQUEST_RETURNED_FORWARDING_PHONE_NUMBER = "assistant-request-returned-forwarding-phone-number"
