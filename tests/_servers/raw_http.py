"""Send hand-written HTTP bytes over a real socket: what no HTTP client library will send."""

from __future__ import annotations

import socket


def raw_status(port: int, request: bytes, *, close_write: bool = False, timeout: float = 15.0) -> int:
    """The status code the server at 127.0.0.1:`port` answers `request` with (0: closed without one).

    `close_write`: end the request stream after `request` (the client goes away mid-body).
    """
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        if close_write:
            sock.shutdown(socket.SHUT_WR)
        return read_status(sock)


def read_status(sock: socket.socket) -> int:
    received = b""
    while b"\r\n" not in received:
        try:
            chunk = sock.recv(4096)
        except ConnectionResetError:
            break
        if not chunk:
            break
        received += chunk
    parts = received.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[0].startswith(b"HTTP/") and parts[1].isdigit() else 0
