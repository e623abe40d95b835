"""Check that a server message comes from Vapi, with the authentication plan configured there.

Vapi authenticates server messages with the webhook credential the server URL names
(``server.credentialId``), whose ``authenticationPlan`` is one of the spec's
``BearerAuthenticationPlan`` (a token in a header) or ``HMACAuthenticationPlan`` (a signature
of the body); without a credential, the legacy ``serverUrlSecret`` is sent as x-vapi-secret,
which is a bearer plan without the "Bearer " prefix. `BearerPlan` and `HmacPlan` take the same
fields as those schemas, in snake_case; `as_plan` turns the generated plan model, or its JSON
dict, into one of them.

Every comparison is constant-time, and no error or log record ever contains the configured
secret, the received value or the expected signature: a forged request learns nothing.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import math
import re
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, NoReturn, TypeAlias

from .._exceptions import WebhookSecretError, WebhookSignatureError, WebhookTimestampError
from ._headers import Headers, NotText, header_values

_log = logging.getLogger("vapi_client.webhooks")

#: The legacy header carrying ``serverUrlSecret`` (``server.secret`` for a tool).
SECRET_HEADER = "x-vapi-secret"

#: How far the HMAC timestamp may be from this machine's clock, either way (Vapi retries within it).
DEFAULT_TOLERANCE_SECONDS = 300.0

_ALGORITHMS = ("sha256", "sha512", "sha1")  # HMACAuthenticationPlan.algorithm
_ENCODINGS = ("hex", "base64")  # HMACAuthenticationPlan.signatureEncoding
_PLACEHOLDER = re.compile(r"\{(body|timestamp|method|url|svix-id)\}")
_MAX_SIGNATURES = 8  # a header may list several (a secret being rotated); more is an attack


class WebhookReplayWarning(UserWarning):
    """An HMAC plan that cannot bound replays: its payload does not sign the timestamp."""


@dataclass(frozen=True, repr=False)
class BearerPlan:
    """``BearerAuthenticationPlan``: `token` in header `header_name`, after "Bearer " if `bearer_prefix_enabled`.

    ``BearerPlan(token=secret, header_name="x-vapi-secret", bearer_prefix_enabled=False)`` is the
    legacy serverUrlSecret (`secret_plan`). Whitespace around the token is ignored on both sides
    (HTTP strips it from header values, and a secret read from a file often ends in a newline).
    """

    token: str | bytes
    header_name: str = "Authorization"
    bearer_prefix_enabled: bool = True
    _expected: bytes = field(init=False, compare=False)

    def __post_init__(self) -> None:
        expected = _secret_bytes(self.token, "token").strip()
        if not expected:
            raise ValueError("the bearer token is empty: configure the credential's token first")
        _check_header_name(self.header_name, "header_name")
        object.__setattr__(self, "_expected", expected)

    def check_headers(self, headers: Headers, *, now: float | None = None) -> None:
        """The whole check: a bearer token does not depend on the body."""
        name = self.header_name.lower()
        value = _one_header(headers, name, WebhookSecretError)
        if self.bearer_prefix_enabled:
            scheme, _, value = value.strip().partition(b" ")
            if scheme.lower() != b"bearer":  # the scheme is case-insensitive (RFC 9110)
                _reject(WebhookSecretError, f"{name} header is not 'Bearer <token>'")
        if not hmac.compare_digest(value.strip(), self._expected):
            _reject(WebhookSecretError, f"{name} header does not match the expected secret")

    def verify(
        self, headers: Headers, body: bytes, *, method: str = "POST", url: str | None = None, now: float | None = None
    ) -> None:
        """Raise `WebhookSecretError` unless the header carries the token."""
        self.check_headers(headers)

    def __repr__(self) -> str:
        return f"BearerPlan(header_name={self.header_name!r}, bearer_prefix_enabled={self.bearer_prefix_enabled})"


@dataclass(frozen=True, repr=False)
class HmacPlan:
    """``HMACAuthenticationPlan``: an HMAC of the body (and timestamp...) in header `signature_header`.

    The signed payload is `payload_format` with its placeholders replaced: ``{body}`` by the raw
    body bytes, ``{timestamp}`` by the timestamp header's text, ``{method}`` by the request method,
    ``{url}`` by the URL Vapi posted to (pass ``url=``), ``{svix-id}`` by the message id header
    (`message_id_header`, default svix-id). Default: ``{timestamp}.{body}``, or ``{body}`` when
    `include_timestamp` is false. The signature is `signature_prefix` (e.g. ``sha256=``) then the
    digest in `signature_encoding`; a header listing several space-separated signatures passes if
    one matches. `secret_is_base64`: the key is the base64 decoding of `secret_key`. Whitespace
    around `secret_key` is ignored (a secret read from a file often ends in a newline).

    Replay window (not in Vapi's plan, a receiver's choice): the signed timestamp must be within
    `tolerance_seconds` (default 300) of this machine's clock, either way. It may be Unix seconds,
    milliseconds or ISO 8601. Only a signed timestamp proves freshness: when the payload format
    has no ``{timestamp}`` (``include_timestamp=False``, or a custom format without it), a
    captured message can be resent with any timestamp header, so the plan is refused
    (ValueError) unless ``tolerance_seconds=None`` says that replays are accepted; that plan
    warns (`WebhookReplayWarning`). ``tolerance_seconds=None`` also turns the check off for a
    signed timestamp.
    """

    secret_key: str | bytes
    algorithm: str
    signature_header: str = "x-signature"
    timestamp_header: str = "x-timestamp"
    signature_prefix: str = ""
    include_timestamp: bool = True
    payload_format: str | None = None
    message_id_header: str | None = None
    signature_encoding: str = "hex"
    secret_is_base64: bool = False
    tolerance_seconds: float | None = DEFAULT_TOLERANCE_SECONDS
    _key: bytes = field(init=False, compare=False)
    _format: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        if self.algorithm not in _ALGORITHMS:
            raise ValueError(f"algorithm must be one of {', '.join(_ALGORITHMS)}, not {self.algorithm!r}")
        if self.signature_encoding not in _ENCODINGS:
            raise ValueError(f"signature_encoding must be hex or base64, not {self.signature_encoding!r}")
        for name in ("signature_header", "timestamp_header", "message_id_header"):
            if getattr(self, name) is not None:
                _check_header_name(getattr(self, name), name)
        tolerance = self.tolerance_seconds
        if tolerance is not None and not (isinstance(tolerance, (int, float)) and 0 < tolerance < math.inf):
            raise ValueError("tolerance_seconds must be a positive number of seconds, or None")
        secret = _secret_bytes(self.secret_key, "secret_key").strip()  # as for tokens: a trailing newline is noise
        if self.secret_is_base64:
            try:
                secret = base64.b64decode(secret, validate=True)
            except binascii.Error:
                raise ValueError("secret_key is not valid base64 (secret_is_base64 is set)") from None
        if not secret.strip():
            raise ValueError("the HMAC secret key is empty: configure the credential's secret first")
        default = "{timestamp}.{body}" if self.include_timestamp else "{body}"
        object.__setattr__(self, "_key", secret)
        object.__setattr__(self, "_format", self.payload_format or default)
        if not self._signs_timestamp:
            if tolerance is not None:
                raise ValueError(
                    f"the payload format {self._format!r} does not sign the timestamp, so a replay window "
                    "cannot be enforced: a captured message could be resent with a fresh timestamp header. "
                    "Sign it ({timestamp} in the payload format), or pass tolerance_seconds=None to accept "
                    "replayed messages"
                )
            warnings.warn(
                f"the payload format {self._format!r} does not sign the timestamp: replayed messages are accepted",
                WebhookReplayWarning,
                stacklevel=3,  # the caller of HmacPlan(...)
            )

    @property
    def _signs_timestamp(self) -> bool:
        # Only a signed timestamp proves when the message was sent; an unsigned header can be rewritten.
        return "{timestamp}" in self._format

    def check_headers(self, headers: Headers, *, now: float | None = None) -> None:
        """What can be checked before the body is read: the signature is there, the timestamp is fresh."""
        self._signatures(headers)
        if self._signs_timestamp:
            self._fresh_timestamp(headers, now)

    def verify(
        self, headers: Headers, body: bytes, *, method: str = "POST", url: str | None = None, now: float | None = None
    ) -> None:
        """Raise `WebhookSignatureError` (`WebhookTimestampError`) unless the signature matches `body`."""
        if not isinstance(body, (bytes, bytearray, memoryview)):
            raise TypeError(f"body must be the raw request bytes, not {type(body).__name__}")
        signatures = self._signatures(headers)
        values: dict[str, bytes] = {"body": bytes(body), "method": method.upper().encode()}
        if self._signs_timestamp:
            values["timestamp"] = self._fresh_timestamp(headers, now)
        if "{url}" in self._format:
            if url is None:
                raise TypeError("the payload format signs {url}: pass url=, the URL Vapi posts to")
            values["url"] = url.encode()
        if "{svix-id}" in self._format:
            values["svix-id"] = _one_header(headers, self.message_id_header or "svix-id", WebhookSignatureError)
        expected = hmac.new(self._key, _payload(self._format, values), self.algorithm).digest()
        matched = False
        for signature in signatures:  # no early exit: the time taken does not say which one matched
            matched |= hmac.compare_digest(signature, expected)
        if not matched:
            _reject(WebhookSignatureError, f"{self.signature_header.lower()} header does not match the body")

    def _signatures(self, headers: Headers) -> list[bytes]:
        name = self.signature_header.lower()
        value = _one_header(headers, name, WebhookSignatureError)
        prefix = self.signature_prefix.encode()
        candidates = value.split()[:_MAX_SIGNATURES]
        if not candidates:
            _reject(WebhookSignatureError, f"{name} header is empty")
        if any(not item.startswith(prefix) for item in candidates):
            _reject(WebhookSignatureError, f"{name} header does not start with the signature prefix")
        digests = [_decode_signature(item[len(prefix) :], self.signature_encoding) for item in candidates]
        if any(digest is None for digest in digests):
            _reject(WebhookSignatureError, f"{name} header is not {self.signature_encoding}")
        return [digest for digest in digests if digest is not None]

    def _fresh_timestamp(self, headers: Headers, now: float | None) -> bytes:
        name = self.timestamp_header.lower()
        raw = _one_header(headers, name, WebhookTimestampError).strip()
        if self.tolerance_seconds is None:
            return raw
        sent = _unix_time(raw)
        if sent is None:
            _reject(WebhookTimestampError, f"{name} header is not a Unix time or an ISO 8601 date-time")
        age = (time.time() if now is None else now) - sent
        if abs(age) > self.tolerance_seconds:
            when = "old" if age > 0 else "far in the future"
            _reject(WebhookTimestampError, f"{name} header is {abs(age):.0f} s {when} (replay window: {self._window})")
        return raw

    @property
    def _window(self) -> str:
        return f"{self.tolerance_seconds:g} s"

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in _settings(self).items() if name != "secret_key")
        return f"HmacPlan({shown})"


Plan: TypeAlias = "BearerPlan | HmacPlan"


def secret_plan(secret: str | bytes) -> BearerPlan:
    """The legacy serverUrlSecret / ``server.secret``, sent as the x-vapi-secret header."""
    return BearerPlan(token=secret, header_name=SECRET_HEADER, bearer_prefix_enabled=False)


def as_plan(plan: Any = None, /, **config: Any) -> Plan:
    """A plan from what the user has: a plan, the generated plan model, its JSON dict, or keywords.

    `plan` may be a `BearerPlan`/`HmacPlan` (returned as is), a generated
    ``BearerAuthenticationPlan``/``HMACAuthenticationPlan`` model or anything with ``to_dict()``,
    or a dict with the spec's field names (``{"type": "hmac", "secretKey": ..., "algorithm": ...}``);
    a webhook credential (with ``authenticationPlan``) is unwrapped. Keywords override those fields,
    in snake_case (e.g. ``tolerance_seconds=600``, ignored for a bearer plan). Without `plan`, the keywords alone: ``type=``
    ("bearer" or "hmac") and the fields, or just ``secret=`` for the legacy x-vapi-secret.
    """
    if isinstance(plan, (BearerPlan, HmacPlan)) and not config:
        return plan
    fields: dict[str, Any] = {}
    if plan is not None:
        fields = _snake_fields(_plan_dict(plan))
    fields.update(config)
    if "secret" in fields and len(fields) == 1:
        return secret_plan(fields["secret"])
    kind = fields.pop("type", None)
    if kind is None:
        kind = "hmac" if "secret_key" in fields else "bearer" if "token" in fields else None
    if kind == "bearer":
        fields.pop("tolerance_seconds", None)  # the replay window is HMAC's: a bearer token has no timestamp
        return BearerPlan(**fields)
    if kind == "hmac":
        return HmacPlan(**fields)
    if kind == "oauth2":
        raise ValueError(
            "an OAuth2 plan: Vapi sends a bearer token from your OAuth2 server; validate it there, "
            "not with a shared secret"
        )
    raise ValueError(f"unknown authentication plan type {kind!r}: expected 'bearer' or 'hmac'")


def _plan_dict(plan: Any) -> Mapping[str, Any]:
    if isinstance(plan, (BearerPlan, HmacPlan)):
        return {"type": "bearer" if isinstance(plan, BearerPlan) else "hmac", **_settings(plan)}
    data = plan.to_dict() if callable(getattr(plan, "to_dict", None)) else plan
    if not isinstance(data, Mapping):
        raise TypeError(f"expected an authentication plan, its model or its dict, not {type(plan).__name__}")
    inner = data.get("authenticationPlan")
    return inner if isinstance(inner, Mapping) else data  # a webhook credential


def _snake_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    # The spec's camelCase names; fields this version does not know are dropped (a newer plan
    # field can only make verification fail, never pass).
    known = {f.name for cls in (BearerPlan, HmacPlan) for f in fields(cls) if f.init} | {"type"}
    out = {}
    for key, value in data.items():
        name = re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "_" + m.group(1).lower(), key)
        if name in known:
            out[name] = value
    return out


def _settings(plan: BearerPlan | HmacPlan) -> dict[str, Any]:
    return {f.name: getattr(plan, f.name) for f in fields(plan) if f.init}


def verify(
    headers: Headers,
    body: bytes,
    plan: Plan,
    *,
    method: str = "POST",
    url: str | None = None,
    now: float | None = None,
) -> None:
    """Raise a `WebhookAuthenticationError` unless `headers` and the raw `body` pass `plan`."""
    plan.verify(headers, body, method=method, url=url, now=now)


def _payload(template: str, values: Mapping[str, bytes]) -> bytes:
    out = bytearray()
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        out += template[position : match.start()].encode()
        out += values[match.group(1)]
        position = match.end()
    out += template[position:].encode()
    return bytes(out)


def _decode_signature(text: bytes, encoding: str) -> bytes | None:
    try:
        if encoding == "hex":
            return bytes.fromhex(text.decode("ascii"))
        padded = text + b"=" * (-len(text) % 4)
        return base64.b64decode(padded.replace(b"-", b"+").replace(b"_", b"/"), validate=True)
    except (ValueError, binascii.Error):
        return None


def _unix_time(raw: bytes) -> float | None:
    # When a timestamp header says the message was sent (a point in time, unlike the CLI's durations).
    text = raw.decode("ascii", "replace")
    try:
        value = float(text)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.timestamp() if parsed.tzinfo is not None else None
    if not math.isfinite(value):
        return None
    return value / 1000 if value > 1e11 else value  # milliseconds: 1e11 s is the year 5138


def _one_header(headers: Headers, name: str, error: type[WebhookSecretError | WebhookSignatureError]) -> bytes:
    values = header_values(headers, name)
    if not values:
        _reject(error, f"missing {name} header")
    if len(values) > 1:
        _reject(error, f"more than one {name} header")
    value = values[0]
    if isinstance(value, NotText):
        _reject(error, f"{name} header value is not text")  # a receiver bug, still a 401 rather than a crash
    return value


def _secret_bytes(value: Any, what: str) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    # Never repr the value: it may be the secret.
    raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")


def _check_header_name(name: Any, what: str) -> None:
    if not isinstance(name, str) or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
        raise ValueError(f"{what} is not a valid header name")


def _reject(error: type[WebhookSecretError | WebhookSignatureError], reason: str) -> NoReturn:
    _log.debug("server message rejected: %s", reason)
    raise error(reason)
