"""Which secret values a request carries, and replacing them wherever a server echoes them.

The secrets of a request are the API key, every string under a sensitive property of its
JSON body, and the value of every credential header (the client's own and `extra_headers`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ._redact import REDACTED, is_sensitive, is_sensitive_header


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


#: Shorter header values are masked in the copies errors keep (by header name), but not searched
#: for in text: replacing every "42" of a message would make it unreadable, and no real
#: credential is that short.
MIN_SCRUBBED_HEADER_VALUE = 8


def header_secrets(headers: Iterable[tuple[str, str]]) -> set[str]:
    """The values of credential headers, and the credential alone (``Bearer <key>`` -> ``<key>``)."""
    found: set[str] = set()
    for name, value in headers:
        if is_sensitive_header(name):
            _scheme, _, credential = value.strip().partition(" ")
            found |= {text for text in (value, credential.strip()) if len(text) >= MIN_SCRUBBED_HEADER_VALUE}
    return found
