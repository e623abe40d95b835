"""A minimal HTTP/1.1 keep-alive server answering every `GET /call/{id}` with one fixed Call.

The response is encoded once at start-up, and the protocol handler only looks for the end of each
request's headers, so the server costs a few microseconds per request and cannot dominate what the
per-request benchmark measures on the client side.

    python -m bench.call_server --port-file PATH [--body FILE]

Listens on 127.0.0.1 on a free port and writes that port to PATH once ready. Stop it with SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from pathlib import Path

from .timing import LARGE_CALL


def encode_response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


class FixedResponder(asyncio.Protocol):
    def __init__(self, call_response: bytes, not_found: bytes) -> None:
        self._call_response = call_response
        self._not_found = not_found
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self._buffer = self._buffer[:end], self._buffer[end + 4 :]
            # Requests with a body are not part of the benchmark; skip a declared body so the
            # connection stays in sync anyway.
            skip = _content_length(head)
            self._buffer = self._buffer[skip:]
            is_get_call = head.startswith(b"GET /call/")
            assert self._transport is not None
            self._transport.write(self._call_response if is_get_call else self._not_found)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


async def serve(port_file: Path, body: bytes) -> None:
    call_response = encode_response("200 OK", body)
    not_found = encode_response("404 Not Found", b'{"message":"Not Found","statusCode":404}')
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: FixedResponder(call_response, not_found), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # Write then rename: the parent never reads a half-written port number.
    partial = port_file.with_suffix(".partial")
    partial.write_text(str(port))
    os.replace(partial, port_file)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port-file", type=Path, required=True)
    parser.add_argument("--body", type=Path, default=LARGE_CALL, help="JSON document to serve (sent compact)")
    args = parser.parse_args()
    body = json.dumps(json.loads(args.body.read_text(encoding="utf-8")), separators=(",", ":")).encode()
    asyncio.run(serve(args.port_file, body))


if __name__ == "__main__":
    main()
