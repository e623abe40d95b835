"""What every generated resource method stands on: build the request from the spec's table, send it
through the client (retries, typed errors), and optionally hand back the raw response beside the result.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Literal, Self, TypeVar

import httpx

from . import _downloads, _operations, _paging, _reconcile
from ._exceptions import CallCreationUncertainError
from ._requests import Operation

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient
    from .models.call import Call

T = TypeVar("T")
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


def _with_raw(operation: Operation[T]) -> Operation[RawResponse[T]]:
    def parse(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, response.content, operation.parse(response))

    return Operation(operation.kwargs, parse, creates_call=operation.creates_call)


class SyncResource:
    def __init__(self, client: VapiClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self) -> Self:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return type(self)(self._client, raw=True)

    def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        policy = self._client._reconcile
        operation, options = _operations.build(
            name, arguments, request_id=policy is not None, validate=self._client._validate
        )
        if self._raw:
            return self._client._execute(_with_raw(operation), options)
        if not operation.creates_call or policy is None:
            return self._client._execute(operation, options)
        resends = self._client.max_retries if policy.retry_unconfirmed else 0
        while True:
            try:
                return self._client._execute(operation, options)
            except CallCreationUncertainError as error:
                try:
                    return _reconcile.reconcile(
                        lambda filters: self._client.calls.list(**filters),
                        self._client._sleep,
                        policy,
                        operation.kwargs["json"],
                        _what(operation),
                        error,
                    )
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1  # opted in: the same body, so the same request id, goes again

    def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        operation, options = _operations.build(name, arguments)
        return _downloads.download(self._client, operation, options, arguments["to"])

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
            yield from pager.take(self._client.calls.list(**request))


class AsyncResource:
    def __init__(self, client: AsyncVapiClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self) -> Self:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return type(self)(self._client, raw=True)

    async def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        policy = self._client._reconcile
        operation, options = _operations.build(
            name, arguments, request_id=policy is not None, validate=self._client._validate
        )
        if self._raw:
            return await self._client._execute(_with_raw(operation), options)
        if not operation.creates_call or policy is None:
            return await self._client._execute(operation, options)
        resends = self._client.max_retries if policy.retry_unconfirmed else 0
        while True:
            try:
                return await self._client._execute(operation, options)
            except CallCreationUncertainError as error:
                try:
                    return await _reconcile.reconcile_async(
                        lambda filters: self._client.calls.list(**filters),
                        self._client._sleep,
                        policy,
                        operation.kwargs["json"],
                        _what(operation),
                        error,
                    )
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1

    async def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        operation, options = _operations.build(name, arguments)
        return await _downloads.download_async(self._client, operation, options, arguments["to"])

    async def list_all(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[Call]:
        """Every call matching the `list()` filters, newest first; see `CallsResource.list_all`."""
        pager = _paging.Pager(page_size, filters)
        while (request := pager.next_request()) is not None:
            for call in pager.take(await self._client.calls.list(**request)):
                yield call
