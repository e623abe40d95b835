"""Check the x-vapi-secret header of a server message, in constant time.

Neither the received nor the expected secret ever reaches an exception message or a log
record: a forged request must not learn anything, and logs must not leak the real secret.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn, Protocol, TypeAlias

from ._exceptions import WebhookSecretError

SECRET_HEADER = "x-vapi-secret"

_log = logging.getLogger("vapi_client.webhooks")


class _HeaderItems(Protocol):
    """Anything with ``items()`` yielding (name, value): dicts, httpx/starlette headers,
    and the ``http.client.HTTPMessage`` that ``http.server`` hands out."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


Headers: TypeAlias = "Mapping[str, str] | _HeaderItems | Iterable[tuple[str | bytes, str | bytes]]"


def verify_secret(headers: Headers, expected_secret: str | bytes) -> None:
    """Raise `WebhookSecretError` unless the x-vapi-secret header equals `expected_secret`.

    `headers` may be a mapping (any key case), an object with ``items()`` (httpx, starlette,
    ``http.server``'s ``self.headers``) or a list of (name, value) pairs, str or bytes (ASGI).
    A value may also be a list of values (API Gateway's multiValueHeaders) or None (absent).
    The header name is matched case-insensitively; values are compared as UTF-8 bytes with
    `hmac.compare_digest`. A header sent more than once is rejected.

    Leading and trailing whitespace is ignored on BOTH sides: HTTP strips it from header
    values anyway, and a secret read from a file or an environment variable often ends in
    a newline. A whitespace-only `expected_secret` is a configuration error (ValueError).
    """
    expected = _as_bytes(expected_secret).strip()
    if not expected:
        raise ValueError("expected_secret is empty: configure the server URL secret first")
    received = [
        item for name, value in _pairs(headers) if _header_name(name) == SECRET_HEADER for item in _values(value)
    ]
    if not received:
        _reject("missing x-vapi-secret header")
    if len(received) > 1:
        _reject("more than one x-vapi-secret header")
    value = received[0]
    if not isinstance(value, (str, bytes, bytearray)):
        _reject("x-vapi-secret header value is not text")  # a receiver bug, still a 401 rather than a crash
    if not hmac.compare_digest(_as_bytes(value).strip(), expected):
        _reject("x-vapi-secret header does not match the expected secret")


def _reject(reason: str) -> NoReturn:
    _log.debug("server message rejected: %s", reason)
    raise WebhookSecretError(reason)


def _pairs(headers: Any) -> Iterable[tuple[Any, Any]]:
    items = getattr(headers, "multi_items", None) or getattr(headers, "items", None)  # httpx merges repeats in items()
    if callable(items):
        return list(items())
    if isinstance(headers, (str, bytes)):
        raise TypeError("headers must be a mapping or (name, value) pairs, not a string")
    return list(headers)


def _values(value: Any) -> list[Any]:
    if value is None:  # e.g. {"x-vapi-secret": environ.get("HTTP_X_VAPI_SECRET")}
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _header_name(name: Any) -> str:
    text = name.decode("latin-1") if isinstance(name, (bytes, bytearray)) else str(name)
    return text.strip().lower()


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    # Never repr the value: it may be the secret.
    raise TypeError(f"a secret must be str or bytes, not {type(value).__name__}")
