"""Read one header from whatever a web framework hands out, as the bytes that were on the wire.

Accepted shapes: a mapping (any key case), an object with ``items()`` or ``multi_items()``
(httpx, Starlette, ``http.server``'s ``self.headers``) or (name, value) pairs, str or bytes
(an ASGI scope). A value may also be a list (API Gateway's multiValueHeaders) or None (absent).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeAlias


class _HeaderItems(Protocol):
    """Anything with ``items()`` yielding (name, value)."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


Headers: TypeAlias = "Mapping[str, str] | _HeaderItems | Iterable[tuple[str | bytes, str | bytes]]"


class NotText:
    """A header value that is neither str nor bytes (a receiver bug): refused, never shown."""


def header_values(headers: Headers, name: str) -> list[bytes | NotText]:
    """Every value of header `name` (matched case-insensitively), as wire bytes."""
    wanted = name.strip().lower()
    return [
        _wire_bytes(item) for key, value in _pairs(headers) if _header_name(key) == wanted for item in _values(value)
    ]


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


def _wire_bytes(value: Any) -> bytes | NotText:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if not isinstance(value, str):
        return NotText()
    # http.server and Starlette decode header bytes as latin-1, so UTF-8 on the wire arrives as
    # mojibake: encoding back to latin-1 recovers the bytes. A str that is not such mojibake was
    # decoded properly (or typed by hand) and is UTF-8 on the wire.
    try:
        raw = value.encode("latin-1")
        raw.decode("utf-8")
    except UnicodeError:
        return value.encode("utf-8")
    return raw
