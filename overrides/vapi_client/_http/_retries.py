"""Which failures are retried, and how long to wait before the next attempt.

Creating a call dials a real person and Vapi has no idempotency key, so a create is
retried only when the server provably never saw it:

=====================================  ===========================  ==========================
failure                                GET / PATCH / DELETE         POST /call/phone, /call/web
=====================================  ===========================  ==========================
connection not opened (ConnectError,   retried                      retried
ConnectTimeout, PoolTimeout)
read/write timeout, connection         retried                      never: CallCreationUncertainError
dropped or reset after sending
408, 409                               retried                      never: the status error
429                                    retried                      retried
>= 500 (520 ... included)              retried                      never: CallCreationUncertainError
refused by httpx before sending (an    never: APIConnectionError    never: APIConnectionError
invalid header, an unsupported scheme)
other statuses                         never                        never
=====================================  ===========================  ==========================

A DELETE retried after an attempt that may have reached Vapi (a timeout after sending, a 5xx)
can find the call already gone: its 404 says an earlier attempt may have deleted it.

A pooled keep-alive connection that the server has closed is detected by httpx before
reuse in the usual case; when the close races the request, httpx raises
RemoteProtocolError/ReadError after sending, which is indistinguishable from a server
that received the request and died, so a create is not retried then either.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

#: The request never left this machine: no connection was opened for it. Worth retrying.
NEVER_SENT: tuple[type[httpx.HTTPError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: httpx refused to send the request (h11 rejects a header value, the URL scheme is unsupported):
#: nothing was sent, and sending it again would fail the same way.
REFUSED_LOCALLY: tuple[type[httpx.HTTPError], ...] = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)

#: Transient transport failures; safe to retry only for idempotent operations.
TRANSIENT: tuple[type[httpx.HTTPError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)

#: Past this many retries the doubling has long reached any sane `max_delay`; 2.0**n overflows near n=1024.
_MAX_DOUBLINGS = 64


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff settings: full-jitter exponential backoff, `Retry-After` honoured up to a cap.

    `base_delay` doubles with each retry, capped at `max_delay` per wait; the wait is a
    uniformly random fraction of that (full jitter), so many clients don't retry in step.
    A server-sent `retry-after-ms`/`Retry-After` replaces the backoff, capped at `max_retry_after`.
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(
        self,
        retries_done: int,
        headers: Mapping[str, str] | None = None,
        *,
        rng: Callable[[], float] = random.random,
    ) -> float:
        asked = retry_after(headers) if headers is not None else None
        if asked is not None:
            return min(asked, self.max_retry_after)
        doublings = min(retries_done, _MAX_DOUBLINGS)
        return rng() * min(self.max_delay, self.base_delay * 2.0**doublings)


def never_sent(error: httpx.HTTPError) -> bool:
    """Whether the request certainly never reached the server."""
    return isinstance(error, NEVER_SENT + REFUSED_LOCALLY)


def retryable_exception(error: httpx.HTTPError, *, creates_call: bool) -> bool:
    if isinstance(error, NEVER_SENT):
        return True
    return not creates_call and isinstance(error, TRANSIENT)


def retryable_status(status_code: int, *, creates_call: bool) -> bool:
    if status_code == 429:
        return True
    return not creates_call and (status_code in (408, 409) or status_code >= 500)


def retry_after(headers: Mapping[str, str], *, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait, from `retry-after-ms` or `Retry-After`; None if absent or unreadable."""
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    return _seconds_until(value, now or datetime.now(UTC))


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _seconds_until(http_date: str, now: datetime) -> float | None:
    try:
        when = parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with unknown origin (RFC 5322)
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())
