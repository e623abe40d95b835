"""Turn httpx exceptions and error responses into vapi_client's typed errors.

httpx exceptions never escape the client: each becomes an `APIConnectionError` (or
`APITimeoutError`), kept as `__cause__`; a non-success response becomes an `APIStatusError`.
Messages and parsed error bodies are scrubbed of every secret the request carried (the API
key, sensitive body fields), in case the server echoes one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CallCreationUncertainError,
    status_error_class,
)
from ._redact import REDACTED, is_sensitive
from .models.error_response import ErrorResponse


class Scrubber:
    """Replaces known secret values in text and in parsed JSON (a server may echo what we sent)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        spellings = {spelling for secret in secrets if secret for spelling in _spellings(secret)}
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(spellings, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def json(self, value: Any) -> Any:
        """A copy of a parsed JSON value with every string (keys too) scrubbed.

        Scrub before serialising: `json.dumps` escapes quotes, backslashes and non-ASCII
        characters, so a secret holding any of them would no longer match in the dumped text.
        """
        if isinstance(value, str):
            return self(value)
        if isinstance(value, Mapping):
            return {self(key) if isinstance(key, str) else key: self.json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value


def _spellings(secret: str) -> set[str]:
    """How a secret may appear in text: as is, JSON-escaped, or in a Python repr of it (str or bytes)."""
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        repr(secret.encode("utf-8", "surrogatepass"))[2:-1],
    }


def sensitive_values(value: Any) -> set[str]:
    """Every string stored under a sensitive key anywhere in a JSON-like value."""
    found: set[str] = set()
    if isinstance(value, Mapping):
        for key, item in value.items():
            if is_sensitive(key) and isinstance(item, str):
                found.add(item)
            else:
                found |= sensitive_values(item)
    elif isinstance(value, list):
        for item in value:
            found |= sensitive_values(item)
    return found


def connection_error(error: httpx.RequestError, *, what: str, scrub: Scrubber) -> APIConnectionError:
    """The error for a request that got no usable response. `what` is e.g. 'GET /call/abc'."""
    request = _request_of(error)
    detail = scrub(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{what} timed out ({detail})", request=request)
    return APIConnectionError(f"{what} failed: {detail}", request=request)


def status_error(response: httpx.Response, *, what: str, scrub: Scrubber, note: str = "") -> APIStatusError:
    """The typed error for a non-success status, with Vapi's `message` as a list. `note` ends the message."""
    body, messages = _error_body(response, scrub)
    reason = response.reason_phrase or "error"
    text = f"{what} -> {response.status_code} {reason}"
    if messages:
        text += ": " + "; ".join(messages)
    if 300 <= response.status_code < 400:
        text += " (redirects are not followed: check base_url)"
    text = scrub(text + note)
    return status_error_class(response.status_code)(text, response=response, body=body, messages=messages)


def creation_uncertain(
    cause: APIError, *, sent_at: datetime, response: httpx.Response | None = None
) -> CallCreationUncertainError:
    """The error for a create whose outcome is unknown; `cause` is what any other request would raise."""
    since = sent_at.isoformat()
    message = (
        f"The call may or may not have been placed: {cause}. It was not retried because Vapi "
        f"has no idempotency key. Before trying again, list calls created since the request was sent: "
        f"client.calls.list(created_at_gt=error.sent_at) (sent_at={since} by this machine's clock; "
        f"allow for clock skew)."
    )
    return CallCreationUncertainError(message, request=cause.request, sent_at=sent_at, response=response)


def _error_body(response: httpx.Response, scrub: Scrubber) -> tuple[ErrorResponse | None, list[str]]:
    """Vapi's error body, scrubbed, and its messages; (None, []) when the body is not one."""
    try:
        data = scrub.json(json.loads(response.content))
        if not isinstance(data, dict) or "message" not in data:
            return None, []
        message = data["message"]
        if isinstance(message, str):
            messages = [message]
        elif isinstance(message, list):
            messages = [item if isinstance(item, str) else json.dumps(item) for item in message]
        else:
            messages = []
        return ErrorResponse.from_dict(data), messages
    except (ValueError, RecursionError, httpx.ResponseNotRead):
        # Not JSON, nested too deep to parse (a hostile or broken server), or a body an
        # httpx event hook never let us read: report the status without it.
        return None, []


def _request_of(error: httpx.RequestError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised before a request was attached
        return None
