"""The legacy check: the x-vapi-secret header equals the server URL secret (a bearer plan without prefix)."""

from __future__ import annotations

from ._auth import SECRET_HEADER, secret_plan
from ._headers import Headers

__all__ = ["SECRET_HEADER", "verify_secret"]


def verify_secret(headers: Headers, expected_secret: str | bytes) -> None:
    """Raise `WebhookSecretError` unless the x-vapi-secret header equals `expected_secret`.

    `headers` may be a mapping (any key case), an object with ``items()`` (httpx, starlette,
    ``http.server``'s ``self.headers``) or a list of (name, value) pairs, str or bytes (ASGI).
    A value may also be a list of values (API Gateway's multiValueHeaders) or None (absent).
    The header name is matched case-insensitively; values are compared as UTF-8 bytes with
    `hmac.compare_digest` (a server that decoded them as latin-1 is undone). A header sent
    more than once is rejected.

    Leading and trailing whitespace is ignored on BOTH sides: HTTP strips it from header
    values anyway, and a secret read from a file or an environment variable often ends in
    a newline. A whitespace-only `expected_secret` is a configuration error (ValueError).
    Same as ``secret_plan(expected_secret).verify(headers, body)``, without the body.
    """
    if isinstance(expected_secret, (str, bytes, bytearray)) and not expected_secret.strip():
        raise ValueError("expected_secret is empty: configure the server URL secret first")
    try:
        plan = secret_plan(expected_secret)
    except TypeError:
        raise TypeError(f"a secret must be str or bytes, not {type(expected_secret).__name__}") from None
    plan.check_headers(headers)
