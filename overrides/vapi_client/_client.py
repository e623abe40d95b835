"""`VapiClient` and `AsyncVapiClient`: the client to use in production.

    with VapiClient() as client:              # api_key from VAPI_API_KEY
        call = client.calls.create(assistant_id=..., phone_number_id=..., customer={"number": ...})

Timeouts by default, typed errors, and retries that never place a call twice (see `_http._retries`).
"""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any, Self

import httpx

from ._codec._bodies import Validate, check_validate
from ._exceptions import InvalidAPIKeyError, MissingAPIKeyError
from ._http import _bounded_read, _logging
from ._http._attempts import check_max_retries, to_timeout
from ._http._base_url import resolve_base_url
from ._http._decoding import ACCEPT_ENCODING
from ._http._retries import RetryPolicy
from ._http._timeouts import DEFAULT_TIMEOUT
from ._http._transport import AsyncTransport, SyncTransport, TransportSettings
from ._operations._reconcile import ReconcilePolicy
from ._operations._resource import ResourceSettings
from ._redaction import mask_key
from ._resources import AsyncResources, SyncResources
from ._version import __version__

__all__ = ["AsyncVapiClient", "VapiClient"]

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
        validate: Validate = "strict",
    ) -> None:
        _logging.configure_from_env()
        if reconcile is not None and not isinstance(reconcile, ReconcilePolicy):
            raise TypeError(f"reconcile must be a ReconcilePolicy or None, not {type(reconcile).__name__}")
        key = _api_key(api_key)
        url = resolve_base_url(base_url)
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be an integer >= 1, got {max_response_bytes!r}")
        if timeout is None:
            # A caller's own httpx client keeps its timeout unless one is given here.
            resolved = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        else:
            resolved = to_timeout(timeout)
        self._api_key = key
        #: The settings of every request, for the transport the subclass makes (see `_http._transport`).
        self._transport_settings = TransportSettings(
            owner=type(self).__name__,
            base_url=url,
            api_key=key,
            headers={
                "Authorization": f"Bearer {key}",
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,  # only what the client decodes within bounds
            },
            timeout=resolved,
            max_retries=check_max_retries(max_retries),
            max_response_bytes=max_response_bytes,
        )
        self._resource_settings = ResourceSettings(validate=check_validate(validate), reconcile=reconcile)
        self._owns_http = http_client is None

    _transport: SyncTransport | AsyncTransport

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._transport.timeout

    @property
    def max_retries(self) -> int:
        return self._transport.max_retries

    # Kept for tests and debugging: they live on the transport.
    @property
    def _reconcile(self) -> ReconcilePolicy | None:
        return self._resource_settings.reconcile

    @property
    def _retry_policy(self) -> RetryPolicy:
        return self._transport.retry_policy

    @_retry_policy.setter
    def _retry_policy(self, policy: RetryPolicy) -> None:
        self._transport.retry_policy = policy

    @property
    def _sleep(self) -> Any:
        return self._transport.sleep

    @_sleep.setter
    def _sleep(self, sleep: Any) -> None:
        self._transport.sleep = sleep

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
    `validate="warn"` sends a body holding a tag or enum value this spec does not know (a newer Vapi
    may) with an `UnknownValueWarning` instead of refusing it, and a body with any other mismatch with
    a `ValidationWarning`; each method's `validate=` overrides it.
    Values the client parsed from Vapi's answers are always sent back as received.
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
        validate: Validate = "strict",
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            reconcile=reconcile,
            validate=validate,
        )
        settings = self._transport_settings
        http = http_client if http_client is not None else httpx.Client(timeout=settings.timeout)
        self._transport: SyncTransport = SyncTransport(settings, http)
        del self._transport_settings

    @property
    def _http(self) -> httpx.Client:
        return self._transport.http

    def close(self) -> None:
        """Close the connection pool, if this client created it. The client cannot be used after."""
        self._transport.close(owns_http=self._owns_http)

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
        validate: Validate = "strict",
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            reconcile=reconcile,
            validate=validate,
        )
        settings = self._transport_settings
        http = http_client if http_client is not None else httpx.AsyncClient(timeout=settings.timeout)
        self._transport: AsyncTransport = AsyncTransport(settings, http)
        del self._transport_settings

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._transport.http

    async def close(self) -> None:
        """Close the connection pool, if this client created it. The client cannot be used after."""
        await self._transport.close(owns_http=self._owns_http)

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
