"""What every generated resource method stands on: build the request from the spec's table, send it
through the client (retries, typed errors), and optionally hand back the raw response beside the result.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar

import httpx

from . import _downloads, _operations, _paging, _reconcile
from ._exceptions import CallCreationUncertainError
from ._requests import Operation

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)  # a RawResponse[Call] is a RawResponse[Call | CallBatchResponse]
Json = Mapping[str, Any]
Headers = Mapping[str, str] | None
Timeout = float | httpx.Timeout | None
Destination = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True)
class RawResponse(Generic[T_co]):
    """A response as received (`with_raw_response`): status, headers and body bytes, beside the result.

    Headers and body are the server's, unredacted: don't log them whole.
    """

    status_code: int
    headers: httpx.Headers = field(repr=False)
    content: bytes = field(repr=False)
    parsed: T_co


def _what(operation: Operation[Any]) -> str:
    return f"{operation.kwargs['method']} {operation.kwargs['url']}"


def _with_raw(operation: Operation[T]) -> Operation[RawResponse[T]]:
    def parse(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, response.content, operation.parse(response))

    return Operation(operation.kwargs, parse, creates_call=operation.creates_call)


class SyncResource:
    """What a generated resource stands on; `raw`: its methods return `RawResponse`s (`with_raw_response`)."""

    def __init__(self, client: VapiClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        policy = self._client._reconcile
        operation, options = _operations.build(name, arguments, request_id=policy is not None)
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
                    return _reconcile.reconcile(self._client, operation.kwargs["json"], _what(operation), error)
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1  # opted in: the same body, so the same request id, goes again

    def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        operation, options = _operations.build(name, arguments)
        return _downloads.download(self._client, operation, options, arguments["to"])

    def _paged(
        self, list_page: Callable[..., Sequence[T]], page_size: int, arguments: Mapping[str, Any]
    ) -> Iterator[T]:
        """Every item `list_page` matches, page by page by `createdAt` (see `_paging`): the generated `list_all`."""
        pager = _paging.Pager(page_size, _filters(arguments))
        while (request := pager.next_request()) is not None:
            yield from pager.take(list_page(**request))


class AsyncResource:
    """What a generated async resource stands on; `raw` as in `SyncResource`."""

    def __init__(self, client: AsyncVapiClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        policy = self._client._reconcile
        operation, options = _operations.build(name, arguments, request_id=policy is not None)
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
                        self._client, operation.kwargs["json"], _what(operation), error
                    )
                except CallCreationUncertainError:
                    if resends <= 0:
                        raise
                    resends -= 1

    async def _download(self, name: str, arguments: Mapping[str, Any]) -> int:
        operation, options = _operations.build(name, arguments)
        return await _downloads.download_async(self._client, operation, options, arguments["to"])

    async def _paged(
        self, list_page: Callable[..., Awaitable[Sequence[T]]], page_size: int, arguments: Mapping[str, Any]
    ) -> AsyncIterator[T]:
        """Every item `list_page` matches, page by page by `createdAt`: the generated async `list_all`."""
        pager = _paging.Pager(page_size, _filters(arguments))
        while (request := pager.next_request()) is not None:
            for item in pager.take(await list_page(**request)):
                yield item


def _filters(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A `list_all`'s arguments (its `locals()`) as the `list` arguments they stand for."""
    return {key: value for key, value in arguments.items() if key not in ("self", "page_size") and value is not None}
