"""Keep secrets out of reprs, logs and error messages.

Sensitive property names come from the spec (``format: password``), so a new secret
in `openapi.yaml` is redacted after the next regeneration with no code change; names that
look like credentials are redacted too, declared or not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._spec import SENSITIVE

REDACTED = "***"

#: JSON names the spec marks sensitive in any schema, plus transport secrets.
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {name for names in SENSITIVE.values() for name in names} | {"authorization", "x-vapi-secret"}
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


def is_sensitive(key: object) -> bool:
    """Whether a JSON property or header name holds a secret (case-insensitive)."""
    return isinstance(key, str) and (key.lower() in _SENSITIVE_LOWER or SENSITIVE_NAME.search(key) is not None)


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
