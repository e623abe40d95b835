"""A standard-library HTTP server for server messages (what `vapi-calls listen` runs).

Each POST: the headers are authenticated (401 before the body is read when they cannot pass),
the body is read within a size limit (413) and a total time limit (408: a client announcing
more than it sends cannot hold a thread), verified (401), parsed (400), handed to
`on_message`, and its reply sent as JSON.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .._exceptions import ValidationError, WebhookAuthenticationError
from ..models.unions import ServerMessageBody
from ._auth import Plan
from ._parse import parse

_log = logging.getLogger("vapi_client.webhooks")

OnMessage = Callable[[ServerMessageBody], "Mapping[str, Any] | None"]
OnRefused = Callable[[int, str], None]


class _Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class WebhookServer(ThreadingHTTPServer):
    """Serve server messages at any path of ``address``; stop with ``shutdown()`` or Ctrl-C."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        plan: Plan,
        on_message: OnMessage,
        *,
        on_refused: OnRefused | None = None,
        max_body_bytes: int = 5 * 1024 * 1024,
        body_timeout: float = 10.0,
    ) -> None:
        super().__init__(address, _Handler)
        self.plan = plan
        self.on_message = on_message
        self.on_refused = on_refused
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    @property
    def url_host(self) -> str:
        """``host:port`` this server listens on."""
        host, port = self.server_address[:2]
        return f"{host.decode() if isinstance(host, bytes) else host}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: WebhookServer
    timeout = 10.0  # each wait for the request line and headers (the body has its own deadline)
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        try:
            message = self._receive()
        except _Refused as refused:
            self.close_connection = True  # an unread body must not be taken for the next request
            if self.server.on_refused is not None:
                self.server.on_refused(refused.status, refused.reason)
            self._send(refused.status, {"error": refused.reason})
            return
        try:
            reply = dict(self.server.on_message(message) or {})
        except Exception:
            _log.exception("server message handler failed")
            self.close_connection = True
            self._send(500, {"error": "the receiver failed to handle the message"})
            return
        self._send(200, reply)

    def _receive(self) -> ServerMessageBody:
        plan = self.server.plan
        try:
            plan.check_headers(self.headers)
            body = self._read_body()
            plan.verify(self.headers, body, method="POST", url=self._url())
        except WebhookAuthenticationError as error:
            raise _Refused(401, error.reason) from None
        try:
            return parse(body)
        except ValidationError as error:
            raise _Refused(400, f"not a server message: {error}") from None
        except RecursionError:
            raise _Refused(400, "not a server message: nested too deeply") from None

    def _read_body(self) -> bytes:
        declared = self.headers.get("Content-Length", "")
        if self.headers.get("Transfer-Encoding") or not declared.isdigit():
            raise _Refused(411, "Content-Length required")
        length = int(declared)
        if length > self.server.max_body_bytes:
            raise _Refused(413, f"body larger than {self.server.max_body_bytes} bytes")
        deadline = time.monotonic() + self.server.body_timeout
        chunks: list[bytes] = []
        remaining = length
        try:
            while remaining:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                self.connection.settimeout(left)
                chunk = self.rfile.read1(min(remaining, 65536))
                if not chunk:
                    raise _Refused(400, "the client closed the connection before sending the whole body")
                chunks.append(chunk)
                remaining -= len(chunk)
        except TimeoutError:  # socket.timeout is TimeoutError
            raise _Refused(408, f"body not received within {self.server.body_timeout:g} s") from None
        finally:
            self.connection.settimeout(self.timeout)
        return b"".join(chunks)

    def _url(self) -> str:
        host = self.headers.get("Host")
        if not host:
            host = self.server.url_host
        return f"http://{host}{self.path}"

    def _send(self, status: int, payload: Mapping[str, Any]) -> None:
        data = json.dumps(payload, allow_nan=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client is gone; nothing to tell it

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)  # request lines only, never headers
