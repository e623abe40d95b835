"""Artifact downloads (recordings, pcap, logs): streamed in chunks to a file or a binary object.

The API answers 200 with the file, or 302 to a short-lived presigned URL on a storage host. The
redirect is followed here, by hand, with a request that carries no `Authorization` and none of the
caller's extra headers: the API key must never reach another host. The API request is retried like any
GET; the storage request is made once (its URL expires quickly; a failure raises `APIStatusError` or
`APIConnectionError`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ._errors_from_http import connection_error, status_error
from ._exceptions import APIError
from ._redaction import Scrubber
from ._requests import Attempts, Operation, RequestOptions

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient

_REDIRECTS = (301, 302, 303, 307, 308)


def download(client: VapiClient, operation: Operation[Any], options: RequestOptions, to: Any) -> int:
    attempts = Attempts(client._settings(), operation, options)
    request = attempts.build(client._http)
    while True:
        attempts.before_send(request)
        try:
            response = client._http.send(request, stream=True, follow_redirects=False)
        except httpx.RequestError as error:
            client._sleep(attempts.after_exception(request, error))
            continue
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                location = _location(request, response)
                response.close()
                return _fetch_storage(client._http, location, attempts, to)
            if response.is_success:
                with _sink(to) as write:
                    return _copy(response.iter_bytes(), write)
            response.read()
        finally:
            response.close()
        delay = attempts.after_response(request, response)
        if delay is not None:
            client._sleep(delay)


async def download_async(client: AsyncVapiClient, operation: Operation[Any], options: RequestOptions, to: Any) -> int:
    attempts = Attempts(client._settings(), operation, options)
    request = attempts.build(client._http)
    while True:
        attempts.before_send(request)
        try:
            response = await client._http.send(request, stream=True, follow_redirects=False)
        except httpx.RequestError as error:
            await client._sleep(attempts.after_exception(request, error))
            continue
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                location = _location(request, response)
                await response.aclose()
                return await _fetch_storage_async(client._http, location, attempts, to)
            if response.is_success:
                with _sink(to) as write:
                    return await _acopy(response.aiter_bytes(), write)
            await response.aread()
        finally:
            await response.aclose()
        delay = attempts.after_response(request, response)
        if delay is not None:
            await client._sleep(delay)


def _location(request: httpx.Request, response: httpx.Response) -> httpx.URL:
    return request.url.join(response.headers["location"])


def _storage_request(http: httpx.Client | httpx.AsyncClient, url: httpx.URL, attempts: Attempts[Any]) -> httpx.Request:
    # A bare request: no Authorization, no extra headers (they may hold secrets), no client defaults.
    request = http.build_request("GET", url, timeout=attempts._timeout)
    for name in list(request.headers):
        if name.lower() not in ("host", "accept-encoding", "user-agent", "connection"):
            del request.headers[name]
    return request


def _fetch_storage(http: httpx.Client, url: httpx.URL, attempts: Attempts[Any], to: Any) -> int:
    request = _storage_request(http, url, attempts)
    what = f"GET {url.scheme}://{url.host}{url.path}"  # never the query: it holds the presigned signature
    try:
        r = http.send(request, stream=True, follow_redirects=True)  # send(): no client defaults merged again
        try:
            if not r.is_success:
                r.read()
                raise _storage_error(r, what)
            with _sink(to) as write:
                return _copy(r.iter_bytes(), write)
        finally:
            r.close()
    except httpx.RequestError as error:
        raise connection_error(error, what=what, scrub=Scrubber(set())) from error


async def _fetch_storage_async(http: httpx.AsyncClient, url: httpx.URL, attempts: Attempts[Any], to: Any) -> int:
    request = _storage_request(http, url, attempts)
    what = f"GET {url.scheme}://{url.host}{url.path}"
    try:
        r = await http.send(request, stream=True, follow_redirects=True)
        try:
            if not r.is_success:
                await r.aread()
                raise _storage_error(r, what)
            with _sink(to) as write:
                return await _acopy(r.aiter_bytes(), write)
        finally:
            await r.aclose()
    except httpx.RequestError as error:
        raise connection_error(error, what=what, scrub=Scrubber(set())) from error


def _storage_error(response: httpx.Response, what: str) -> APIError:
    return status_error(
        response, what=what, scrub=Scrubber(set()), note=" (from the storage host the API redirected to)"
    )


@contextmanager
def _sink(to: Any) -> Iterator[Any]:
    """A write function for `to`: a path is written to a temporary file renamed into place at the end,
    so a failed download never leaves half a file under the final name."""
    if isinstance(to, (str, os.PathLike)):
        target = Path(to)
        handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                yield out.write
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
    elif hasattr(to, "write"):
        yield to.write
    else:
        raise TypeError(f"to must be a path or a writable binary object, not {type(to).__name__}")


def _copy(chunks: Iterator[bytes], write: Any) -> int:
    total = 0
    for chunk in chunks:
        write(chunk)
        total += len(chunk)
    return total


async def _acopy(chunks: AsyncIterator[bytes], write: Any) -> int:
    total = 0
    async for chunk in chunks:
        write(chunk)
        total += len(chunk)
    return total
