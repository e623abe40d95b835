"""What every generated resource method stands on: build the request from the spec's table, send it
through the send path (`_send`: retries, typed errors), and optionally hand back the raw response beside
the result. A resource holds the client's transport, never the client.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Literal, Self, TypeVar

import httpx

from . import _downloads, _operations, _paging, _reconcile
from ._exceptions import CallCreationUncertainError
from ._requests import Operation, RequestOptions

if TYPE_CHECKING:
    from ._send import AsyncTransport, SyncTransport
    from .models.call import Call

T = TypeVar("T")
L = TypeVar("L")
Json = Mapping[str, Any]
Headers = Mapping[str, str] | None
Timeout = float | httpx.Timeout | None
Destination = str | os.PathLike[str] | BinaryIO
Validate = Literal["strict", "warn"] | None


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A response as received (`with_raw_response`): status, headers and body bytes, beside the result.

    Headers and body are the server's, unredacted: don't log them whole.
    """

    status_code: int
    headers: httpx.Headers = field(repr=False)
    content: bytes = field(repr=False)
    parsed: T


def _what(operation: Operation[Any]) -> str:
    return f"{operation.kwargs['method']} {operation.kwargs['url']}"


def _about(operation: Operation[Any]) -> tuple[Json, str]:
    return operation.kwargs["json"], _what(operation)


def _lookup(list_page: Callable[[Mapping[str, Any]], L], options: RequestOptions) -> Callable[[Mapping[str, Any]], L]:
    """`list_page` for a reconciliation: its pages carry the create's own headers and timeout (a gateway
    may need them; their secrets are then scrubbed from the lookups' errors too)."""
    given = {"extra_headers": options.extra_headers, "timeout": options.timeout}
    own = {name: value for name, value in given.items() if value is not None}
    return lambda filters: list_page({**filters, **own})


def _with_raw(operation: Operation[T]) -> Operation[RawResponse[T]]:
    def parse(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, response.content, operation.parse(response))

    return Operation(operation.kwargs, parse, creates_call=operation.creates_call)


class SyncResource:
    def __init__(self, transport: SyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    @property
    def with_raw_response(self) -> Self:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return type(self)(self._transport, raw=True)

    def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        send = self._transport.send
        policy = self._transport.reconcile
        operation, options = _operations.build(
            name, arguments, request_id=policy is not None, validate=self._transport.validate
        )
        if self._raw:
            return send(_with_raw(operation), options)
        if not operation.creates_call or policy is None:
            return send(operation, options)
        resends = self._transport.max_retries if policy.retry_unconfirmed else 0
        while True:
            try:
                return send(operation, options)
            except CallCreationUncertainError as error:
                try:
                    return _reconcile.reconcile(
                        _lookup(self._list_page, options),
                        self._transport.sleep,
                        policy,
                        *_about(operation),
                        error,
                    )
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1  # opted in: the same body, so the same request id, goes again

    def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        consume = _downloads.consumer(arguments["to"])  # checked before anything is sent
        operation, options = _operations.build(name, arguments)
        written: int = self._transport.send(operation, options, consume)
        return written

    def _list_page(self, filters: Mapping[str, Any]) -> list[Call]:
        """One page of `GET /call` (parsed, not raw), through the send path."""
        page: list[Call] = type(self)(self._transport).list(**filters)  # type: ignore[attr-defined]
        return page

    def list_all(self, *, page_size: int = 100, **filters: Any) -> Iterator[Call]:
        """Every call matching the `list()` filters, newest first, fetched lazily page by page.

        Pages by `createdAt` (the API has no cursor): each page asks for calls created at or before the
        oldest one seen, and skips the ones already returned, so calls sharing a timestamp are neither
        skipped nor repeated. `page_size` (1..1000) is the `limit` of each request. It ends on a page
        that brings nothing new; a server that would make it skip calls (it ignores a filter, caps
        `limit` below a run of calls sharing one timestamp, lists oldest first) raises `PagingError`
        after the calls listed so far.
        """
        pager = _paging.Pager(page_size, filters)
        while (request := pager.next_request()) is not None:
            yield from pager.take(self._list_page(request))


class AsyncResource:
    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    @property
    def with_raw_response(self) -> Self:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return type(self)(self._transport, raw=True)

    async def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        send = self._transport.send
        policy = self._transport.reconcile
        operation, options = _operations.build(
            name, arguments, request_id=policy is not None, validate=self._transport.validate
        )
        if self._raw:
            return await send(_with_raw(operation), options)
        if not operation.creates_call or policy is None:
            return await send(operation, options)
        resends = self._transport.max_retries if policy.retry_unconfirmed else 0
        while True:
            try:
                return await send(operation, options)
            except CallCreationUncertainError as error:
                try:
                    return await _reconcile.reconcile_async(
                        _lookup(self._list_page, options),
                        self._transport.sleep,
                        policy,
                        *_about(operation),
                        error,
                    )
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1

    async def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        consume = _downloads.async_consumer(arguments["to"])  # checked before anything is sent
        operation, options = _operations.build(name, arguments)
        written: int = await self._transport.send(operation, options, consume)
        return written

    async def _list_page(self, filters: Mapping[str, Any]) -> list[Call]:
        """One page of `GET /call` (parsed, not raw), through the send path."""
        page: list[Call] = await type(self)(self._transport).list(**filters)  # type: ignore[attr-defined]
        return page

    async def list_all(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[Call]:
        """Every call matching the `list()` filters, newest first; see `CallsResource.list_all`."""
        pager = _paging.Pager(page_size, filters)
        while (request := pager.next_request()) is not None:
            for call in pager.take(await self._list_page(request)):
                yield call
