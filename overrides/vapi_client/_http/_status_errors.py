"""Turn httpx exceptions and error responses into vapi_client's typed errors.

httpx exceptions never escape the client: each becomes an `APIConnectionError` (or
`APITimeoutError`), kept as `__cause__`; a non-success response becomes an `APIStatusError`.
Messages and parsed error bodies are scrubbed of every secret the request carried (the API
key, sensitive body fields), in case the server echoes one.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from .. import _json_guard
from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CallCreationUncertainError,
    status_error_class,
)
from .._redaction import Scrubber, redact

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


def connection_error(error: httpx.RequestError, *, what: str, scrub: Scrubber, note: str = "") -> APIConnectionError:
    """The error for a request that got no usable response. `what` is e.g. 'GET /call/abc'; `note` ends the message."""
    request = _request_of(error)
    detail = scrub(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{what} timed out ({detail}){note}", request=request)
    return APIConnectionError(f"{what} failed: {detail}{note}", request=request)


def status_error(
    response: httpx.Response, *, what: str, scrub: Scrubber, note: str = "", followed: bool = False
) -> APIStatusError:
    """The typed error for a non-success status, with Vapi's `message` as a list. `note` ends the message;
    `followed`: a download's redirect was followed (so a 3xx is not a misconfigured base_url)."""
    body, messages = _error_body(response, scrub)
    reason = response.reason_phrase or "error"
    text = f"{what} -> {response.status_code} {reason}"
    if messages:
        text += ": " + "; ".join(messages)
    if 300 <= response.status_code < 400 and not followed:
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
        # ValueError also when it holds NaN or nests too deep to walk (`_json_guard.Refused`).
        data = redact(scrub.json(_json_guard.parse(response.content)))
        if not isinstance(data, dict) or "message" not in data:
            return None, []
        message = data["message"]
        if isinstance(message, str):
            messages = [message]
        elif isinstance(message, list):
            messages = [item if isinstance(item, str) else json.dumps(item) for item in message]
        else:
            messages = []
        from ..models.error_response import ErrorResponse

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
