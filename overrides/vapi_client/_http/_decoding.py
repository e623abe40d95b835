"""Decode a response body as it streams, a bounded piece at a time, whatever encodings are stacked on it.

httpx decodes a whole raw chunk in one call, so a few kilobytes of gzip applied twice can expand to gigabytes
before anyone counts them. Here each stage (gzip, deflate; identity passes through) hands on at most `PIECE`
bytes at a time, so the reader can stop as soon as the decoded total passes its limit: memory stays within
a few pieces per stage and work within the limit, however the body was made. An encoding the client cannot
bound (br, zstd, anything unknown) is refused as httpx refuses a body it cannot decode (`httpx.DecodingError`);
the client never asks for one (`ACCEPT_ENCODING`).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Iterator

import httpx

#: The most a stage hands on at a time.
PIECE = 64 * 1024
#: What the client accepts: the encodings it decodes within bounds.
ACCEPT_ENCODING = "gzip, deflate"
#: A stack deeper than this is not a real server's answer.
MAX_ENCODINGS = 4


class _Inflate:
    """One gzip or deflate stage. Deflate is zlib-wrapped by the standard; raw deflate is accepted too, as
    browsers and httpx do, when the first bytes are not a zlib header."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16) if self._gzip else None
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inflater is None:  # deflate: wrapped or raw, known from the first bytes
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -zlib.MAX_WBITS)
        try:
            piece = self._inflater.decompress(data, PIECE)
            while piece:
                yield piece
                piece = self._inflater.decompress(self._inflater.unconsumed_tail, PIECE)
        except zlib.error as error:
            raise httpx.DecodingError(f"the body is not valid {'gzip' if self._gzip else 'deflate'}: {error}") from None

    def end(self) -> Iterator[bytes]:
        return self.feed(b"") if self._inflater is not None else iter(())


def _zlib_header(data: bytes) -> bool:
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


class Decoder:
    """The stages of one response's Content-Encoding, applied in reverse of how they were applied."""

    def __init__(self, content_encoding: str) -> None:
        names = [name.strip().lower() for name in content_encoding.split(",") if name.strip()]
        names = [name for name in names if name != "identity"]
        if len(names) > MAX_ENCODINGS:
            raise httpx.DecodingError(f"the body has {len(names)} content encodings stacked (at most {MAX_ENCODINGS})")
        unknown = [name for name in names if name not in ("gzip", "x-gzip", "deflate")]
        if unknown:
            raise httpx.DecodingError(f"the body's content encoding {unknown[0][:40]!r} is not one the client accepts")
        self._stages = [_Inflate(name) for name in reversed(names)]

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data) if data else iter(())

    def end(self) -> Iterator[bytes]:
        """What the stages still hold once the raw body has ended, first stage first."""
        for index, stage in enumerate(self._stages):
            for piece in stage.end():
                yield from self._through(index + 1, piece)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._stages):
            yield data
            return
        for piece in self._stages[index].feed(data):
            yield from self._through(index + 1, piece)


def _already_read(response: httpx.Response) -> bytes | None:
    # A body read before it got here (a mock transport, the caller's event hook) is decoded already.
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


def decoded(response: httpx.Response) -> Iterator[bytes]:
    """The response's body, decoded, in pieces of at most `PIECE` bytes (for a stacked encoding, a stage's
    piece at a time); stop iterating to stop reading."""
    content = _already_read(response)
    if content is not None:
        yield from _split([content])
        return
    decoder = Decoder(response.headers.get("content-encoding", ""))
    for chunk in response.iter_raw():
        yield from _split(decoder.feed(chunk))
    yield from _split(decoder.end())


async def adecoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """`decoded` for an async response."""
    content = _already_read(response)
    if content is not None:
        for piece in _split([content]):
            yield piece
        return
    decoder = Decoder(response.headers.get("content-encoding", ""))
    async for chunk in response.aiter_raw():
        for piece in _split(decoder.feed(chunk)):
            yield piece
    for piece in _split(decoder.end()):
        yield piece


def _split(pieces: Iterable[bytes]) -> Iterator[bytes]:
    # Identity passes raw chunks through; a raw chunk of a plain body can be large, so it is cut too.
    for piece in pieces:
        for start in range(0, len(piece), PIECE):
            yield piece[start : start + PIECE]
