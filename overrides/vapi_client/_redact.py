"""Keep secrets out of reprs, logs and error messages.

Sensitive property names come from the spec (``format: password``), so a new secret
in `openapi.yaml` is redacted after the next regeneration with no code change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._spec import SENSITIVE

REDACTED = "***"

#: JSON names the spec marks sensitive in any schema, plus transport secrets, plus the server URL
#: secrets of older API versions (``serverUrlSecret``, ``server.secret``): gone from the spec, Vapi may
#: still echo them in the assistant or phone number of a server message, kept as unknown properties.
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {name for names in SENSITIVE.values() for name in names}
    | {"authorization", "x-vapi-secret", "serverUrlSecret", "secret"}
)

# Header names are case-insensitive, and a server may echo a property in another case.
_SENSITIVE_LOWER = frozenset(key.lower() for key in SENSITIVE_KEYS)


def is_sensitive(key: object) -> bool:
    """Whether a JSON property or header name holds a secret (case-insensitive)."""
    return isinstance(key, str) and key.lower() in _SENSITIVE_LOWER


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with every sensitive key's value replaced."""
    if isinstance(value, Mapping):
        return {key: REDACTED if is_sensitive(key) else redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def mask_key(api_key: str) -> str:
    """Enough of an API key to tell two apart, never enough to use one."""
    return f"{api_key[:4]}...{REDACTED}" if len(api_key) > 12 else REDACTED
