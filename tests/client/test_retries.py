"""The retry policy on its own: which failures are retryable, Retry-After parsing, backoff bounds."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from vapi_client._http._retries import RetryPolicy, never_sent, retry_after, retryable_exception, retryable_status

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
REQUEST = httpx.Request("POST", "https://api.vapi.ai/call/phone")


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "Wed, 01 May 2024 12:00:30 GMT"}, 30.0),
        ({"retry-after": "Wed, 01 May 2024 11:59:00 GMT"}, 0.0),  # in the past: retry now
        ({"retry-after": "Wed, 01 May 2024 12:00:10 -0000"}, 10.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-5"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after-ms": "nan", "retry-after": "2"}, 2.0),
        ({}, None),
    ],
)
def test_retry_after(headers: dict[str, str], seconds: float | None) -> None:
    assert retry_after(httpx.Headers(headers), now=NOW) == seconds


def test_delay_honours_and_caps_retry_after() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    assert policy.delay(0, httpx.Headers({"retry-after": "7"})) == 7.0
    assert policy.delay(0, httpx.Headers({"retry-after": "86400"})) == 60.0


@pytest.mark.parametrize("retries_done", range(8))
def test_backoff_is_full_jitter_under_the_cap(retries_done: int) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    ceiling = min(8.0, 0.5 * 2**retries_done)
    assert policy.delay(retries_done, rng=lambda: 0.0) == 0.0
    assert policy.delay(retries_done, rng=lambda: 0.999999) == pytest.approx(ceiling, rel=1e-5)
    assert 0.0 <= policy.delay(retries_done) <= ceiling


NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")]
MAYBE_SENT = [
    httpx.ReadTimeout("slow"),
    httpx.WriteTimeout("slow"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
]
NEVER_RETRIED = [httpx.LocalProtocolError("bad header"), httpx.UnsupportedProtocol("ftp"), httpx.DecodingError("gz")]


@pytest.mark.parametrize("error", NEVER_SENT, ids=repr)
def test_never_sent_is_retried_for_every_operation(error: httpx.HTTPError) -> None:
    assert retryable_exception(error, creates_call=True)
    assert retryable_exception(error, creates_call=False)


@pytest.mark.parametrize("error", MAYBE_SENT, ids=repr)
def test_maybe_sent_is_retried_only_when_not_creating_a_call(error: httpx.HTTPError) -> None:
    assert not retryable_exception(error, creates_call=True)
    assert retryable_exception(error, creates_call=False)


@pytest.mark.parametrize("error", NEVER_RETRIED, ids=repr)
def test_deterministic_failures_are_never_retried(error: httpx.HTTPError) -> None:
    assert not retryable_exception(error, creates_call=True)
    assert not retryable_exception(error, creates_call=False)


@pytest.mark.parametrize(
    ("status", "create", "other"),
    [
        (400, False, False),
        (401, False, False),
        (404, False, False),
        (408, False, True),
        (409, False, True),
        (422, False, False),
        (429, True, True),
        (500, False, True),
        (503, False, True),
        (520, False, True),
        (599, False, True),
    ],
)
def test_status_table(status: int, create: bool, other: bool) -> None:
    assert retryable_status(status, creates_call=True) is create
    assert retryable_status(status, creates_call=False) is other


@pytest.mark.parametrize("retries_done", [1023, 1024, 10**6])
def test_backoff_after_a_huge_number_of_retries_is_capped_not_an_overflow(retries_done: int) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    assert policy.delay(retries_done, rng=lambda: 0.999999) == pytest.approx(8.0, rel=1e-5)


@pytest.mark.parametrize("error", NEVER_SENT + NEVER_RETRIED[:2], ids=repr)
def test_never_sent_covers_unopened_connections_and_requests_httpx_refused(error: httpx.HTTPError) -> None:
    assert never_sent(error)


@pytest.mark.parametrize("error", [*MAYBE_SENT, NEVER_RETRIED[2]], ids=repr)
def test_errors_after_sending_may_have_reached_the_server(error: httpx.HTTPError) -> None:
    assert not never_sent(error)
