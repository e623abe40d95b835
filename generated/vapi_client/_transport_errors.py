"""Turn httpx exceptions and error statuses into vapi_client's typed errors.

httpx exceptions never escape the client: each becomes an `APIConnectionError` (or
`APITimeoutError`), kept as `__cause__`. Messages are scrubbed of every secret the
request carried (the API key, sensitive body fields), in case the server echoes one.
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
from ._redact import REDACTED, SENSITIVE_KEYS
from .models.error_response import ErrorResponse

_LOWER_SENSITIVE = frozenset(key.lower() for key in SENSITIVE_KEYS)


class Scrubber:
    """Replaces known secret values in text (server messages may echo what we sent)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def sensitive_values(value: Any) -> set[str]:
    """Every string stored under a sensitive key anywhere in a JSON-like value."""
    found: set[str] = set()
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and key.lower() in _LOWER_SENSITIVE and isinstance(item, str):
                found.add(item)
            else:
                found |= sensitive_values(item)
    elif isinstance(value, list):
        for item in value:
            found |= sensitive_values(item)
    return found


def connection_error(error: httpx.HTTPError, *, what: str, scrub: Scrubber) -> APIConnectionError:
    """The error for a request that got no usable response. `what` is e.g. 'GET /call/abc'."""
    request = _request_of(error)
    detail = scrub(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{what} timed out ({detail})", request=request)
    return APIConnectionError(f"{what} failed: {detail}", request=request)


def status_error(response: httpx.Response, *, what: str, scrub: Scrubber) -> APIStatusError:
    """The typed error for a non-success status, with Vapi's `message` as a list."""
    body, messages = _error_body(response)
    messages = [scrub(message) for message in messages]
    reason = response.reason_phrase or "error"
    text = f"{what} -> {response.status_code} {reason}"
    if messages:
        text += ": " + "; ".join(messages)
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


def _error_body(response: httpx.Response) -> tuple[ErrorResponse | None, list[str]]:
    try:
        data = json.loads(response.content)
    except ValueError:
        return None, []
    if not isinstance(data, dict) or "message" not in data:
        return None, []
    message = data.get("message")
    if isinstance(message, str):
        messages = [message]
    elif isinstance(message, list):
        messages = [item if isinstance(item, str) else json.dumps(item) for item in message]
    else:
        messages = []
    return ErrorResponse.from_dict(data), messages


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised before a request was attached
        return None
