"""Artifact downloads (recordings, pcap, logs): the consumer of a streamed success response.

The send path (`_http._transport`) makes both requests of a download: the API request (retried like any GET),
and, when the API answers a redirect, a bare GET of the presigned URL on the storage host (made once:
its URL expires quickly; it carries no credential of ours). Whichever host answers with the file, its
streamed response is handed to the consumer made here, which writes it in chunks to a path (atomically,
see `_operations._atomic_write`) or to a writable binary object. A target that cannot be written is refused before
anything is sent.

While `reporting_progress` is in effect, each chunk written is reported (the CLI's progress line).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

from .._http import _log_filter
from .._http._decoding import adecoded, decoded
from ._atomic_write import atomic_write, check_target

#: Told (bytes written so far, bytes expected or None) after each chunk. A context variable, not a
#: parameter: the generated download methods stay as they are, and a download in another thread or task is not told.
_OnChunk = Callable[[int, int | None], None]
_progress: ContextVar[_OnChunk | None] = ContextVar("vapi_client_download_progress", default=None)


@contextlib.contextmanager
def reporting_progress(report: _OnChunk) -> Iterator[None]:
    """Within the block, downloads in this context call `report(written, expected)` after each chunk."""
    token = _progress.set(report)
    try:
        yield
    finally:
        _progress.reset(token)


def consumer(to: Any) -> Callable[[httpx.Response], int]:
    """What writes a download's body to `to` and returns the bytes written."""
    _log_filter.install()  # before the API answers: httpcore logs its Location header, the presigned URL
    if isinstance(to, (str, os.PathLike)):
        target = check_target(to)

        def to_file(response: httpx.Response) -> int:
            with atomic_write(target) as out:
                return _copy(response, out.write)

        return to_file
    write = _writer(to)
    return lambda response: _copy(response, write)


def async_consumer(to: Any) -> Callable[[httpx.Response], Awaitable[int]]:
    """`consumer` for an async response."""
    _log_filter.install()
    if isinstance(to, (str, os.PathLike)):
        target = check_target(to)

        async def to_file(response: httpx.Response) -> int:
            with atomic_write(target) as out:
                return await _acopy(response, out.write)

        return to_file
    write = _writer(to)

    async def to_object(response: httpx.Response) -> int:
        return await _acopy(response, write)

    return to_object


def _writer(to: Any) -> Callable[[bytes], Any]:
    write: Callable[[bytes], Any] | None = getattr(to, "write", None)
    if not callable(write):
        raise TypeError(f"to must be a path or a writable binary object, not {type(to).__name__}")
    return write


def _copy(response: httpx.Response, write: Callable[[bytes], Any]) -> int:
    report, expected = _progress.get(), _expected_length(response)
    total = 0
    for chunk in decoded(response):  # bounded pieces, however the body was encoded
        write(chunk)
        total += len(chunk)
        if report is not None:
            report(total, expected)
    return total


async def _acopy(response: httpx.Response, write: Callable[[bytes], Any]) -> int:
    report, expected = _progress.get(), _expected_length(response)
    total = 0
    async for chunk in adecoded(response):
        write(chunk)
        total += len(chunk)
        if report is not None:
            report(total, expected)
    return total


def _expected_length(response: httpx.Response) -> int | None:
    # A compressed body is written decoded, so its Content-Length does not count the bytes written.
    if response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity"):
        return None
    length = response.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() else None
