"""Keep secrets out of reprs, logs and error messages.

Sensitive property names come from the spec (``format: password``), so a new secret
in `openapi.yaml` is redacted after the next regeneration with no code change; names that
look like credentials are redacted too, declared or not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._spec import SENSITIVE, SENSITIVE_NAMES

REDACTED = "***"

#: JSON names the spec marks sensitive in any schema, plus transport secrets, plus the server URL
#: secrets of older API versions (``serverUrlSecret``, ``server.secret``): gone from the spec, Vapi may
#: still echo them in the assistant or phone number of a server message, kept as unknown properties.
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {name for names in SENSITIVE.values() for name in names}
    | {"authorization", "x-vapi-secret", "serverUrlSecret", "secret"}
)

#: Credential-like names, the same pattern the spec rule `sensitive_properties` marks with
#: (spec/rules.yaml `sensitive.names`). Values kept raw may hold properties this spec does not
#: declare (an older object's ``serverUrlSecret``, a tool's ``server.secret``): those are
#: hidden too.
SENSITIVE_NAME = re.compile(
    r"(?i)(secret|password|token|apikey|privatekey|secretkey|accesskey|authkey|openaikey|subscriptionkey)$"
)

# Header names are case-insensitive, and a server may echo a property in another case.
_SENSITIVE_LOWER = frozenset(key.lower() for key in SENSITIVE_KEYS)


# Names that look like credentials (the spec's `info.x-vapi-sensitive-names`): a property the spec does
# not know (an older field such as serverUrlSecret, or a newer one) is redacted by its name.
_NAME_PATTERN = re.compile(SENSITIVE_NAMES["pattern"]) if SENSITIVE_NAMES.get("pattern") else None
_NOT_SECRET = frozenset(SENSITIVE_NAMES.get("except", ()))


def is_sensitive(key: object) -> bool:
    """Whether a JSON property or header name holds a secret (case-insensitive)."""
    if not isinstance(key, str):
        return False
    if key.lower() in _SENSITIVE_LOWER:
        return True
    return _NAME_PATTERN is not None and key not in _NOT_SECRET and _NAME_PATTERN.search(key) is not None


#: Header names that carry credentials by convention; `is_sensitive_header` also catches
#: custom ones (X-Api-Key, X-Auth-Token, ...) by the words in their names.
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-vapi-secret"})
_SENSITIVE_HEADER_WORDS = ("key", "token", "secret", "password", "auth", "cookie", "signature")


def is_sensitive_header(name: str) -> bool:
    """Whether an HTTP header's value is a credential, by its name (case-insensitive)."""
    lower = name.lower()
    return lower in _SENSITIVE_HEADERS or any(word in lower for word in _SENSITIVE_HEADER_WORDS)


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
