"""Read a server message's body within bounds: the one reader of every receiver.

The standard-library receivers (`vapi-calls listen`, examples/webhook_receiver.py) read from
the socket with `read_body`; `vapi_client.asgi` reads the ASGI stream with `aread_body`. Both
check the framing headers the same way before a byte of the body is read, and both stop at
`max_bytes` (413) and at one deadline for the whole body (408): a client announcing more than
it sends, or sending one byte at a time, cannot hold a worker.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterable
from typing import Protocol

from .._exceptions import WebhookError
from ._headers import Headers, NotText, header_values

#: End-of-call reports carry whole transcripts and the call; far below this.
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
#: Vapi sends the body at once; a client dripping it slower than this is holding a worker.
DEFAULT_BODY_TIMEOUT = 10.0

_CHUNK = 65536
_LENGTH = re.compile(r"[0-9]{1,18}")  # ASCII digits only: int() also takes "²", "+5", " 5" and "5_0"


class WebhookBodyError(WebhookError):
    """The request's body cannot be read: answer `status` (400, 408, 411 or 413), `reason` says why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason

    def __reduce__(self) -> tuple[type[WebhookBodyError], tuple[int, str]]:  # pickling, like every error here
        return type(self), (self.status, self.reason)


def declared_length(headers: Headers, *, max_bytes: int, stream_framed: bool = False) -> int | None:
    """The body length the headers announce, after checking the framing; None when not announced.

    `stream_framed`: the server below has decoded the framing (ASGI), so a chunked body is
    read from the stream; a raw socket reader (``False``) needs a Content-Length (411).
    Conflicting or malformed lengths, and a length together with Transfer-Encoding (the
    ambiguity request smuggling uses), are refused with 400; a length over `max_bytes` with 413.
    """
    lengths = header_values(headers, "content-length")
    if header_values(headers, "transfer-encoding"):
        if lengths:
            raise WebhookBodyError(400, "both Content-Length and Transfer-Encoding")
        if not stream_framed:
            raise WebhookBodyError(411, "Content-Length required (chunked bodies are not read)")
        return None
    if not lengths:
        if stream_framed:
            return None
        raise WebhookBodyError(411, "Content-Length required")
    found = set()
    for value in lengths:  # a repeated header, or one value listing several ("5, 5")
        if isinstance(value, NotText):
            raise WebhookBodyError(400, "invalid Content-Length")
        for item in value.split(b","):
            text = item.strip().decode("latin-1")
            if not _LENGTH.fullmatch(text):
                raise WebhookBodyError(400, "invalid Content-Length")
            found.add(int(text))
    if len(found) > 1:
        raise WebhookBodyError(400, "conflicting Content-Length values")
    length = found.pop()
    if length > max_bytes:
        raise WebhookBodyError(413, f"body larger than {max_bytes} bytes")
    return length


class _Collected:
    """The body so far, with the two bounds: its size and one deadline for all of it."""

    def __init__(self, length: int | None, max_bytes: int, timeout: float) -> None:
        self.length = length
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.chunks: list[bytes] = []
        self.size = 0

    def time_left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.too_slow()
        return left

    def too_slow(self) -> WebhookBodyError:
        return WebhookBodyError(408, f"body not received within {self.timeout:g} s")

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes:  # chunked, or more than announced
            raise WebhookBodyError(413, f"body larger than {self.max_bytes} bytes")
        self.chunks.append(chunk)

    def missing(self) -> int:
        return 0 if self.length is None else self.length - self.size

    def body(self) -> bytes:
        if self.missing() > 0:
            raise WebhookBodyError(400, "the client went away before sending the whole body")
        return b"".join(self.chunks)


class _Socket(Protocol):
    def gettimeout(self) -> float | None: ...
    def settimeout(self, value: float | None, /) -> None: ...


class _Reader(Protocol):
    def read1(self, size: int = ..., /) -> bytes: ...


class _RequestHandler(Protocol):
    """What `read_body` uses of an ``http.server.BaseHTTPRequestHandler``."""

    @property
    def headers(self) -> Headers: ...
    @property
    def connection(self) -> _Socket: ...
    @property
    def rfile(self) -> _Reader: ...


def read_body(
    handler: _RequestHandler, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES, timeout: float = DEFAULT_BODY_TIMEOUT
) -> bytes:
    """The body of the request an ``http.server`` handler is serving, or `WebhookBodyError`.

    Call it after checking the headers (``plan.check_headers``), so a forged request is refused
    before its body is read. On `WebhookBodyError`, answer its `status` and close the connection:
    the unread rest of the body must not be taken for the next request.
    """
    length = declared_length(handler.headers, max_bytes=max_bytes)
    collected = _Collected(length, max_bytes, timeout)
    connection = handler.connection
    previous = connection.gettimeout()
    try:
        while collected.missing():
            # A socket timeout alone restarts with every byte received: the deadline is for all of it.
            connection.settimeout(collected.time_left())
            chunk = handler.rfile.read1(min(collected.missing(), _CHUNK))
            if not chunk:
                break
            collected.add(chunk)
    except TimeoutError:  # socket.timeout is TimeoutError
        raise collected.too_slow() from None
    except OSError:  # reset by the peer
        raise WebhookBodyError(400, "the client went away before sending the whole body") from None
    finally:
        try:
            connection.settimeout(previous)
        except OSError:
            pass
    return collected.body()


async def aread_body(
    headers: Headers,
    chunks: AsyncIterable[bytes],
    *,
    max_bytes: int = DEFAULT_MAX_BODY_BYTES,
    timeout: float = DEFAULT_BODY_TIMEOUT,
) -> bytes:
    """The body from an ASGI request's stream of `chunks`, or `WebhookBodyError`."""
    import anyio  # with the ASGI server's event loop (asyncio or trio); httpx depends on it

    length = declared_length(headers, max_bytes=max_bytes, stream_framed=True)
    collected = _Collected(length, max_bytes, timeout)
    try:
        with anyio.fail_after(collected.time_left()):
            async for chunk in chunks:
                collected.add(chunk)
    except TimeoutError:
        raise collected.too_slow() from None
    return collected.body()
