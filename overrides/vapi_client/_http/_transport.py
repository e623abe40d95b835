"""The send path: every HTTP request the package makes goes through `SyncTransport.send` (sync) or
`AsyncTransport.send` (async). Operations, both hops of a download (the API request and the presigned
storage GET), reconciliation lookups and list pages all do.

A transport is made once per client and owns what a request needs: base URL, headers, auth (sent to
the API host only), timeouts, the bounded read, the retry decision (`_http._attempts.Attempts`), the
closed-client and event-loop checks, logging, and the redaction of everything an error carries. The
resources, downloads, paging and reconciliation see only this narrow interface: `send(operation,
options, consume=None)`, `sleep(seconds)` and `max_retries`.

A download passes `consume`: it receives the streamed success response (of whichever host served it)
and returns the result; the body is never read into memory. Without `consume` the body is read, at most
`max_response_bytes`, and parsed by the operation.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

import httpx

from .._exceptions import ClientClosedError, EventLoopMismatchError, ForkedClientError
from .._redaction import Scrubber, header_secrets, origin
from . import _bounded_read, _fork
from ._attempts import Attempts, Operation, RequestOptions, secrets_of
from ._retries import RetryPolicy

T = TypeVar("T")
R = TypeVar("R")

#: How many secrets a client learns from its requests (see `_Transport.learned`).
_MAX_CLIENT_SECRETS = 64


@dataclass(frozen=True)
class TransportSettings:
    """What every request of one client shares, fixed when the client is made (`VapiClient.__init__` checks
    each value before it gets here)."""

    owner: str  # the client's class name, for error messages
    base_url: str
    api_key: str = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)  # Authorization among them
    timeout: httpx.Timeout
    max_retries: int
    max_response_bytes: int


class _Transport:
    """What the sync and async transports share: the client's `TransportSettings` and what it learns."""

    def __init__(self, settings: TransportSettings, http: httpx.Client | httpx.AsyncClient) -> None:
        self._owner = settings.owner
        self.base_url = settings.base_url
        self.api_origin = origin(httpx.URL(settings.base_url))
        self.headers: Mapping[str, str] = dict(settings.headers)
        self.timeout = settings.timeout
        self.max_retries = settings.max_retries
        self.max_response_bytes = settings.max_response_bytes
        #: Backoff settings; tests shorten them. See `RetryPolicy`.
        self.retry_policy = RetryPolicy()
        # Prepared once: every request shares it unless it carries secrets of its own.
        self.scrub = Scrubber({settings.api_key, *header_secrets(self.headers.items()), *secrets_of(http)})
        self.closed = False
        #: See `Attempts._learn`.
        self.header_memo: tuple[list[tuple[bytes, bytes]], set[str], set[str]] | None = None
        self._process = _fork.generation()

    def learned(self, secrets: set[str]) -> None:
        # Bounded: cookies a server keeps changing must not grow the client's scrubber without end.
        if self.scrub.size < _MAX_CLIENT_SECRETS:
            self.scrub = self.scrub.with_secrets(secrets)

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if self.closed:
            raise ClientClosedError(f"this {self._owner} is closed: create a new one")
        if http.is_closed:
            raise ClientClosedError(f"the http_client given to this {self._owner} is closed")
        if self._process != _fork.generation():
            raise ForkedClientError(
                f"this {self._owner} was made before os.fork(): its connections belong to the parent process, "
                "where responses could reach the wrong process. Make a new client in the child"
            )


class SyncTransport(_Transport):
    def __init__(self, settings: TransportSettings, http: httpx.Client) -> None:
        super().__init__(settings, http)
        self.http = http
        #: How to wait between attempts; tests substitute a recorder.
        self.sleep: Callable[[float], None] = time.sleep

    def send(
        self,
        operation: Operation[T],
        options: RequestOptions,
        consume: Callable[[httpx.Response], R] | None = None,
    ) -> T | R:
        """Send `operation` (retrying as `Attempts` decides) and return its parsed result, or what
        `consume` returns for the streamed success response of a download."""
        http = self.http
        self._check_open(http)
        attempts = Attempts(self, operation, options)
        with attempts.redacting():
            request = attempts.build(http)
            while True:
                attempts.before_send(request)
                try:
                    streamed = http.send(request, stream=True, auth=attempts.auth, follow_redirects=False)
                    if consume is not None:
                        if streamed.is_success:
                            attempts.streaming(request, streamed)
                            try:
                                return consume(streamed)
                            except httpx.RequestError as error:
                                attempts.cut_short(request, error)
                            finally:
                                streamed.close()
                        if attempts.follows(streamed):
                            body = _bounded_read.read(streamed, attempts.max_response_bytes)
                            request = attempts.redirect(request, body)
                            continue
                    response = _bounded_read.read(streamed, attempts.max_response_bytes)
                except httpx.HTTPStatusError as error:  # raised by the caller's own event hook
                    attempts.after_hook_error(error)
                except httpx.RequestError as error:
                    delay = attempts.after_exception(request, error)
                except httpx.InvalidURL as error:  # raised on an answer: a redirect httpx cannot read
                    attempts.unusable_answer(request, error)
                else:
                    retry_in = attempts.after_response(request, response)
                    if retry_in is None:
                        return attempts.result(response)
                    delay = retry_in
                self.sleep(delay)

    def close(self, *, owns_http: bool) -> None:
        self.closed = True
        if owns_http:
            self.http.close()


class AsyncTransport(_Transport):
    def __init__(self, settings: TransportSettings, http: httpx.AsyncClient) -> None:
        super().__init__(settings, http)
        self.http = http
        #: How to wait between attempts; tests substitute a recorder.
        self.sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
        #: The event loop of the first request: the connection pool belongs to it.
        self._loop: object | None = None

    async def send(
        self,
        operation: Operation[T],
        options: RequestOptions,
        consume: Callable[[httpx.Response], Awaitable[R]] | None = None,
    ) -> T | R:
        """`SyncTransport.send`, awaited; `consume` is a coroutine function."""
        http = self.http
        self._check_open(http)
        self._check_loop()
        attempts = Attempts(self, operation, options)
        with attempts.redacting():
            request = attempts.build(http)
            while True:
                attempts.before_send(request)
                try:
                    streamed = await http.send(request, stream=True, auth=attempts.auth, follow_redirects=False)
                    if consume is not None:
                        if streamed.is_success:
                            attempts.streaming(request, streamed)
                            try:
                                return await consume(streamed)
                            except httpx.RequestError as error:
                                attempts.cut_short(request, error)
                            finally:
                                await streamed.aclose()
                        if attempts.follows(streamed):
                            body = await _bounded_read.aread(streamed, attempts.max_response_bytes)
                            request = attempts.redirect(request, body)
                            continue
                    response = await _bounded_read.aread(streamed, attempts.max_response_bytes)
                except httpx.HTTPStatusError as error:  # raised by the caller's own event hook
                    attempts.after_hook_error(error)
                except httpx.RequestError as error:
                    delay = attempts.after_exception(request, error)
                except httpx.InvalidURL as error:  # raised on an answer: a redirect httpx cannot read
                    attempts.unusable_answer(request, error)
                else:
                    retry_in = attempts.after_response(request, response)
                    if retry_in is None:
                        return attempts.result(response)
                    delay = retry_in
                await self.sleep(delay)

    def _check_loop(self) -> None:
        # Only asyncio is checked (under trio there is one loop per run anyway). asyncio is
        # looked up, not imported: if nothing imported it, no asyncio loop is running.
        asyncio = sys.modules.get("asyncio")
        if asyncio is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise EventLoopMismatchError(
                "this AsyncVapiClient was first used in another event loop, which its connections belong to: "
                "create one client per event loop (e.g. inside the coroutine given to asyncio.run)"
            )

    async def close(self, *, owns_http: bool) -> None:
        self.closed = True
        if owns_http:
            await self.http.aclose()


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on first use: sync-only services should not pay for it at start-up.
    import asyncio

    await asyncio.sleep(seconds)
