"""`VapiClient` and `AsyncVapiClient`: the client to use in production.

    with VapiClient() as client:              # api_key from VAPI_API_KEY
        call = client.calls.create(assistant_id=..., phone_number_id=..., customer={"number": ...})

Timeouts by default, typed errors, and retries that never place a call twice (see `_retries`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self, TypeVar

import httpx

from . import _bounded_read, _logging
from ._base_url import resolve_base_url
from ._exceptions import ClientClosedError, EventLoopMismatchError, InvalidAPIKeyError, MissingAPIKeyError
from ._reconcile import ReconcilePolicy
from ._redact import mask_key
from ._requests import Attempts, ClientSettings, Operation, RequestOptions, check_max_retries, to_timeout
from ._resources import AsyncResources, SyncResources
from ._retries import RetryPolicy
from ._timeouts import DEFAULT_TIMEOUT
from ._version import __version__

__all__ = ["AsyncVapiClient", "VapiClient"]

T = TypeVar("T")

DEFAULT_MAX_RETRIES = 2
DEFAULT_RECONCILE = ReconcilePolicy()
USER_AGENT = f"vapi-client-python/{__version__}"


class _BaseClient:
    """Settings shared by the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        max_response_bytes: int,
        reconcile: ReconcilePolicy | None = None,
    ) -> None:
        _logging.configure_from_env()
        if reconcile is not None and not isinstance(reconcile, ReconcilePolicy):
            raise TypeError(f"reconcile must be a ReconcilePolicy or None, not {type(reconcile).__name__}")
        #: How a create with an unknown outcome is resolved; None: no request ids, at most once.
        self._reconcile = reconcile
        key = _api_key(api_key)
        url = resolve_base_url(base_url)
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be an integer >= 1, got {max_response_bytes!r}")
        self._max_response_bytes = max_response_bytes
        self._closed = False
        if timeout is None:
            # A caller's own httpx client keeps its timeout unless one is given here.
            resolved = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        else:
            resolved = to_timeout(timeout)
        self._api_key = key
        self._base_url = url
        self._timeout = resolved
        self._max_retries = check_max_retries(max_retries)
        self._headers = {"Authorization": f"Bearer {key}", "User-Agent": USER_AGENT, "Accept": "application/json"}
        #: Backoff settings; tests shorten them. See `RetryPolicy`.
        self._retry_policy = RetryPolicy()

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def _settings(self) -> ClientSettings:
        return ClientSettings(
            base_url=self._base_url,
            api_key=self._api_key,
            headers=self._headers,
            timeout=self._timeout,
            max_retries=self._max_retries,
            policy=self._retry_policy,
            max_response_bytes=self._max_response_bytes,
        )

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if self._closed:
            raise ClientClosedError(f"this {type(self).__name__} is closed: create a new one")
        if http.is_closed:
            raise ClientClosedError(f"the http_client given to this {type(self).__name__} is closed")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={mask_key(self._api_key)!r})"

    __str__ = __repr__


class VapiClient(_BaseClient, SyncResources):
    """Synchronous Vapi client. Its API is one attribute per resource of the spec (`SyncResources`):
    `client.calls` (a `CallsResource`) has `create`, `list`, `list_all`, `get`, `update`, `delete`, the
    `download_*` artifact methods, and the seed-era `create_phone_call` / `create_web_call`; see
    `help(client.calls)`.

    `api_key` falls back to VAPI_API_KEY (surrounding whitespace is removed), `base_url` to
    VAPI_BASE_URL then https://api.vapi.ai.
    `timeout` (seconds or an `httpx.Timeout`) defaults to 5 s to connect and 60 s for each
    other wait: to send a chunk, to receive a chunk, for a pooled connection. It is not a
    deadline for the whole request: a server that trickles bytes, or retries with their
    backoff, can take longer. Wrap the call in your own deadline if you need one.
    `max_retries` (default 2, 0 disables) applies to every request, overridable per call.

    `reconcile` (a `ReconcilePolicy`; None turns it off) resolves a create whose response was lost:
    each create carries a request id, and the client finds the call it made instead of raising
    `CallCreationUncertainError` (see README, "Exactly once").
    Pass `http_client` to use your own `httpx.Client` (proxies, TLS, limits): its headers and
    timeout are kept (ours are added, `timeout=` wins), its base_url is ignored, and `close()`
    leaves it open. A response body larger than `max_response_bytes` (default 32 MiB) is not
    read past that size: a success raises `ResponseValidationError`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = _bounded_read.DEFAULT_MAX_RESPONSE_BYTES,
        reconcile: ReconcilePolicy | None = DEFAULT_RECONCILE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            reconcile=reconcile,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)
        #: How to wait between attempts; tests substitute a recorder.
        self._sleep: Callable[[float], None] = time.sleep

    def _execute(self, operation: Operation[T], options: RequestOptions) -> T:
        self._check_open(self._http)
        attempts = Attempts(self._settings(), operation, options)
        with attempts.redacting():
            request = attempts.build(self._http)
            while True:
                attempts.before_send(request)
                try:
                    streamed = self._http.send(request, stream=True)
                    response = _bounded_read.read(streamed, attempts.max_response_bytes)
                except httpx.HTTPStatusError as error:  # raised by the caller's own event hook
                    attempts.after_hook_error(error)
                except httpx.RequestError as error:
                    delay = attempts.after_exception(request, error)
                else:
                    retry_in = attempts.after_response(request, response)
                    if retry_in is None:
                        return attempts.result(response)
                    delay = retry_in
                self._sleep(delay)

    def close(self) -> None:
        """Close the connection pool, if this client created it. The client cannot be used after."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVapiClient(_BaseClient, AsyncResources):
    """Asynchronous Vapi client: the same options as `VapiClient`, with an `httpx.AsyncClient`.

    Its resources (`AsyncResources`, e.g. `client.calls`) have the methods of `VapiClient`'s, awaitable.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = _bounded_read.DEFAULT_MAX_RESPONSE_BYTES,
        reconcile: ReconcilePolicy | None = DEFAULT_RECONCILE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            reconcile=reconcile,
        )
        #: The event loop of the first request: the connection pool belongs to it.
        self._loop: object | None = None
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout)
        #: How to wait between attempts; tests substitute a recorder.
        self._sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    async def _execute(self, operation: Operation[T], options: RequestOptions) -> T:
        self._check_open(self._http)
        self._check_loop()
        attempts = Attempts(self._settings(), operation, options)
        with attempts.redacting():
            request = attempts.build(self._http)
            while True:
                attempts.before_send(request)
                try:
                    streamed = await self._http.send(request, stream=True)
                    response = await _bounded_read.aread(streamed, attempts.max_response_bytes)
                except httpx.HTTPStatusError as error:  # raised by the caller's own event hook
                    attempts.after_hook_error(error)
                except httpx.RequestError as error:
                    delay = attempts.after_exception(request, error)
                else:
                    retry_in = attempts.after_response(request, response)
                    if retry_in is None:
                        return attempts.result(response)
                    delay = retry_in
                await self._sleep(delay)

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

    async def close(self) -> None:
        """Close the connection pool, if this client created it. The client cannot be used after."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _api_key(given: str | None) -> str:
    """The key to send: `given` or VAPI_API_KEY, stripped, and checked to be a valid header value."""
    source = "api_key" if given else "VAPI_API_KEY"
    raw = given or os.environ.get("VAPI_API_KEY")
    if not isinstance(raw, str | None):
        raise InvalidAPIKeyError(f"api_key must be a str, not {type(raw).__name__}")
    # A key read from a file or a Kubernetes secret often ends with a newline.
    key = (raw or "").strip()
    if not key:
        raise MissingAPIKeyError("No Vapi API key: pass api_key=... or set the VAPI_API_KEY environment variable")
    for position, char in enumerate(key):
        if not "!" <= char <= "~":  # visible ASCII: all an HTTP header value may safely hold
            # Position and code point locate the problem; the key itself is never shown.
            raise InvalidAPIKeyError(
                f"The Vapi API key ({source}) has a character that cannot be sent in a header: "
                f"U+{ord(char):04X} at position {position + 1} of {len(key)}. Copy the key again."
            )
    return key


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on first use: sync-only services should not pay for it at start-up.
    import asyncio

    await asyncio.sleep(seconds)
