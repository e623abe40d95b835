"""Read a streamed response body, but never more than the client's `max_response_bytes`.

A hostile or broken server could otherwise make the client hold any amount of memory. A body
over the limit is cut there; the response is marked so the caller reports it (a success body
cannot be parsed from a part; an error status keeps its status and the part). A body whose size is
known to fit (an uncompressed Content-Length within the limit) is read by httpx itself; the others
(chunked, compressed) are decoded a bounded piece at a time (`_decoding`: stacked encodings included),
counting what they decode to, and what was read becomes the body of that same response: one
`httpx.Response` per request either way.
"""

from __future__ import annotations

import httpx

from ._decoding import adecoded, decoded

#: Enough for `list(limit=1000)` of fully populated calls (about 25 KB each).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

#: Headers that describe the body on the wire (encoded, chunked), not the decoded body kept.
_FRAMING = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})
#: Extensions that are plain values (the others hold the live network stream).
_PLAIN_EXTENSIONS = ("http_version", "reason_phrase")

#: Set in the extensions of a response whose body was cut: the limit it hit.
TRUNCATED_AT = "vapi_client.truncated_at"


def read(response: httpx.Response, limit: int) -> httpx.Response:
    """The response with its body read (at most `limit` bytes); closes the stream."""
    if _fits(response, limit):
        try:
            response.read()
        finally:
            response.close()
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in decoded(response):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                break
    finally:
        response.close()
    return _with_body(response, b"".join(chunks), limit)


async def aread(response: httpx.Response, limit: int) -> httpx.Response:
    """`read` for an async response."""
    if _fits(response, limit):
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in adecoded(response):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                break
    finally:
        await response.aclose()
    return _with_body(response, b"".join(chunks), limit)


def _fits(response: httpx.Response, limit: int) -> bool:
    """Whether the body is known to be within `limit` before reading it: then the response itself is
    read (no copy). Only an uncompressed body framed by Content-Length qualifies: the connection reads no
    more than that, while a compressed one may decode to much more."""
    headers = response.headers
    if headers.get("content-encoding", "identity").strip().lower() != "identity":
        return False
    length = headers.get("content-length", "")
    return length.isdigit() and int(length) <= limit


def truncated_at(response: httpx.Response) -> int | None:
    limit = response.extensions.get(TRUNCATED_AT)
    return limit if isinstance(limit, int) else None


def _with_body(response: httpx.Response, body: bytes, limit: int) -> httpx.Response:
    # httpx sets a streamed response's content only through read(), which has no limit: the body read
    # in chunks is stored where read() would store it. Its headers stay as received (as after read()).
    if len(body) > limit:
        body = body[:limit]
        response.extensions[TRUNCATED_AT] = limit
    response._content = body  # noqa: SLF001 - what Response.read() does; checked just below
    try:
        if response.content is body:
            return response
    except httpx.ResponseNotRead:
        pass
    return _copy(response, body)  # an httpx that keeps the body elsewhere: a new response holding it


def _copy(response: httpx.Response, body: bytes) -> httpx.Response:
    extensions = {name: response.extensions[name] for name in _PLAIN_EXTENSIONS if name in response.extensions}
    if TRUNCATED_AT in response.extensions:
        extensions[TRUNCATED_AT] = response.extensions[TRUNCATED_AT]
    headers = [(name, value) for name, value in response.headers.raw if name.lower() not in _FRAMING]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=extensions
    )
