"""What every generated resource method stands on: build the request from the spec's table, send it
through the send path (`_http._transport`: retries, typed errors), and optionally hand back the raw response beside
the result. A resource holds the client's transport, never the client.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeVar

import httpx

from .._exceptions import CallCreationUncertainError, ValidationError
from .._http._attempts import Operation, RequestOptions
from .._redaction import forget_frame_locals
from . import _downloads, _paging, _reconcile, _request, _request_ids, _resume
from ._raw import with_raw

if TYPE_CHECKING:
    from .._http._transport import AsyncTransport, SyncTransport
    from ..models.call import Call

T = TypeVar("T")
L = TypeVar("L")
Json = Mapping[str, Any]
Headers = Mapping[str, str] | None
Timeout = float | httpx.Timeout | None
Destination = str | os.PathLike[str] | BinaryIO
Validate = Literal["strict", "warn"] | None


@dataclass(frozen=True)
class ResourceSettings:
    """What the client's resources share besides the transport: the defaults of every method."""

    #: What a body's unknown tags and enum values get: refused ("strict") or sent with a warning ("warn").
    validate: Literal["strict", "warn"]
    #: How a create with an unknown outcome is resolved; None: no request ids, at most once.
    reconcile: _reconcile.ReconcilePolicy | None


def _what(operation: Operation[Any]) -> str:
    return f"{operation.kwargs['method']} {operation.kwargs['url']}"


def _about(operation: Operation[Any]) -> tuple[Json, str]:
    return operation.kwargs.get("json") or {}, _what(operation)


def _lookup(list_page: Callable[[Mapping[str, Any]], L], options: RequestOptions) -> Callable[[Mapping[str, Any]], L]:
    """`list_page` for a reconciliation: its pages carry the create's own headers and timeout (a gateway
    may need them; their secrets are then scrubbed from the lookups' errors too)."""
    given = {"extra_headers": options.extra_headers, "timeout": options.timeout}
    own = {name: value for name, value in given.items() if value is not None}
    return lambda filters: list_page({**filters, **own})


class SyncResource:
    """What a generated resource stands on: the client's transport (`_http._transport`) and `ResourceSettings`,
    nothing else of the client;
    `raw`: its methods return `RawResponse`s (`with_raw_response`)."""

    def __init__(self, transport: SyncTransport, settings: ResourceSettings, *, raw: bool = False) -> None:
        self._transport = transport
        self._settings = settings
        self._raw = raw

    def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        try:
            return self._send(name, arguments)
        except BaseException as error:
            # What leaves the client holds no live request or body, in frames either (see `_redaction`).
            forget_frame_locals(error)
            del arguments
            raise

    def _send(self, name: str, arguments: Mapping[str, Any]) -> Any:
        send = self._transport.send
        policy = self._settings.reconcile
        operation, options = _request.build(
            name, arguments, add_request_id=policy is not None, validate=self._settings.validate
        )
        if not operation.creates_call:
            return send(with_raw(operation) if self._raw else operation, options)
        since = _attempted_since(arguments, policy, self._raw)
        with _request_ids.reported(*_about(operation)):
            if self._raw:
                return send(with_raw(operation), options)
            if since is not None:
                lookup = _lookup(self._list_page, options)
                found = _resume.resume(lookup, self._transport.sleep, policy, *_about(operation), since)
                if found is not None:
                    return found
            if policy is None:
                return send(operation, options)
            return self._create(operation, options, policy)

    def _create(self, operation: Operation[Any], options: RequestOptions, policy: _reconcile.ReconcilePolicy) -> Any:
        """Send a create once; if its outcome is unknown, find the call it made (`_operations._reconcile`)."""
        send = self._transport.send
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
        try:
            return self._fetch(name, arguments)
        except BaseException as error:
            forget_frame_locals(error)  # the live presigned request among them (see `_run`)
            del arguments
            raise

    def _fetch(self, name: str, arguments: Mapping[str, Any]) -> int:
        consume = _downloads.consumer(arguments["to"])  # checked before anything is sent
        operation, options = _request.build(name, arguments)
        written: int = self._transport.send(operation, options, consume)
        return written

    def _list_page(self, filters: Mapping[str, Any]) -> list[Call]:
        """One page of `GET /call` through the send path (only a non-raw resource reconciles)."""
        page: list[Call] = self.list(**filters)  # type: ignore[attr-defined]
        return page

    def _paged(
        self, list_page: Callable[..., Sequence[T]], page_size: int, arguments: Mapping[str, Any]
    ) -> Iterator[T]:
        """Every item `list_page` matches, page by page by `createdAt` (see `_operations._paging`): the generated `list_all`."""
        pager = _paging.Pager(page_size, _filters(arguments))
        while (request := pager.next_request()) is not None:
            yield from pager.take(list_page(**request))

    def _numbered(
        self,
        list_page: Callable[..., Any],
        paged_by: tuple[str, str],
        page_size: int,
        max_pages: int,
        arguments: Mapping[str, Any],
    ) -> Iterator[Any]:
        """Every item `list_page` matches, page by page number (see `_paging.PageNumberPager`): the generated
        `list_all` of a page-number listing; `paged_by` names the page's items and metadata attributes."""
        pager = _paging.PageNumberPager(page_size, _filters(arguments), max_pages=max_pages)
        items, metadata = paged_by
        while (request := pager.next_request()) is not None:
            page = list_page(**request)
            yield from pager.take(getattr(page, items), getattr(page, metadata, None))


class AsyncResource:
    """What a generated async resource stands on; `raw` as in `SyncResource`."""

    def __init__(self, transport: AsyncTransport, settings: ResourceSettings, *, raw: bool = False) -> None:
        self._transport = transport
        self._settings = settings
        self._raw = raw

    async def _run(self, name: str, arguments: Mapping[str, Any]) -> Any:
        try:
            return await self._send(name, arguments)
        except BaseException as error:
            forget_frame_locals(error)
            del arguments
            raise

    async def _send(self, name: str, arguments: Mapping[str, Any]) -> Any:
        send = self._transport.send
        policy = self._settings.reconcile
        operation, options = _request.build(
            name, arguments, add_request_id=policy is not None, validate=self._settings.validate
        )
        if not operation.creates_call:
            return await send(with_raw(operation) if self._raw else operation, options)
        since = _attempted_since(arguments, policy, self._raw)
        with _request_ids.reported(*_about(operation)):
            if self._raw:
                return await send(with_raw(operation), options)
            if since is not None:
                lookup = _lookup(self._list_page, options)
                found = await _resume.resume_async(lookup, self._transport.sleep, policy, *_about(operation), since)
                if found is not None:
                    return found
            if policy is None:
                return await send(operation, options)
            return await self._create(operation, options, policy)

    async def _create(
        self, operation: Operation[Any], options: RequestOptions, policy: _reconcile.ReconcilePolicy
    ) -> Any:
        """`SyncResource._create`, awaited."""
        send = self._transport.send
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
        try:
            return await self._fetch(name, arguments)
        except BaseException as error:
            forget_frame_locals(error)
            del arguments
            raise

    async def _fetch(self, name: str, arguments: Mapping[str, Any]) -> int:
        consume = _downloads.async_consumer(arguments["to"])  # checked before anything is sent
        operation, options = _request.build(name, arguments)
        written: int = await self._transport.send(operation, options, consume)
        return written

    async def _list_page(self, filters: Mapping[str, Any]) -> list[Call]:
        """One page of `GET /call` through the send path (only a non-raw resource reconciles)."""
        page: list[Call] = await self.list(**filters)  # type: ignore[attr-defined]
        return page

    async def _paged(
        self, list_page: Callable[..., Awaitable[Sequence[T]]], page_size: int, arguments: Mapping[str, Any]
    ) -> AsyncIterator[T]:
        """Every item `list_page` matches, page by page by `createdAt`: the generated async `list_all`."""
        pager = _paging.Pager(page_size, _filters(arguments))
        while (request := pager.next_request()) is not None:
            for item in pager.take(await list_page(**request)):
                yield item

    async def _numbered(
        self,
        list_page: Callable[..., Awaitable[Any]],
        paged_by: tuple[str, str],
        page_size: int,
        max_pages: int,
        arguments: Mapping[str, Any],
    ) -> AsyncIterator[Any]:
        """`SyncResource._numbered`, awaited: the generated async `list_all` of a page-number listing."""
        pager = _paging.PageNumberPager(page_size, _filters(arguments), max_pages=max_pages)
        items, metadata = paged_by
        while (request := pager.next_request()) is not None:
            page = await list_page(**request)
            for item in pager.take(getattr(page, items), getattr(page, metadata, None)):
                yield item


def _attempted_since(
    arguments: Mapping[str, Any], policy: _reconcile.ReconcilePolicy | None, raw: bool
) -> datetime | None:
    """A create's `attempted_since=`, checked; a raw view cannot resume (it would have no response to show)."""
    since = _resume.attempted_since(arguments, policy)
    if since is not None and raw:
        raise ValidationError("attempted_since", "with_raw_response does not resume a create: call create() itself")
    return since


def _filters(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A `list_all`'s arguments (its `locals()`) as the `list` arguments they stand for."""
    return {
        key: value
        for key, value in arguments.items()
        if key not in ("self", "page_size", "max_pages") and value is not None
    }
