"""A standard-library HTTP server for server messages (what `vapi-calls listen` runs).

Each POST: the headers are authenticated (401 before the body is read when they cannot pass),
the body is read by the one bounded reader (`_body`: 411, 413, 408, 400), verified (401),
parsed (400), handed to `on_message`, and its reply sent as JSON (None is ``{}``; a reply Vapi reads
is checked against its schema). Other methods get 405. Those steps are `_pipeline`'s, shared with
`webhooks.receive` and `vapi_client.asgi`; this module only reads from and writes to the socket.

A client cannot hold the server: the request line and headers have one deadline together
(`header_timeout`; a socket timeout alone restarts with every byte), the body has its own, and
at most `max_connections` are served at once (more are answered 503 and closed). Nothing a
client sends prints a traceback: a malformed request gets a 4xx.
"""

from __future__ import annotations

import io
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .._codec._model import Model
from ..models.unions import ServerMessageBody
from ._auth import Plan
from ._body import DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_BODY_BYTES, WebhookBodyError, read_body
from ._pipeline import Pipeline, Refused, answer, check_method

_log = logging.getLogger("vapi_client.webhooks")

OnMessage = Callable[[ServerMessageBody], "Mapping[str, Any] | Model | None"]
OnRefused = Callable[[int, str], None]

#: Seconds for the request line and all headers of one request (and an idle keep-alive connection).
DEFAULT_HEADER_TIMEOUT = 10.0
#: Connections served at once; Vapi sends a few messages per call at a time.
DEFAULT_MAX_CONNECTIONS = 64
_BUSY = b'{"error": "too many connections"}'


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
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        header_timeout: float = DEFAULT_HEADER_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        super().__init__(address, _Handler)
        self.plan = plan
        self.on_message = on_message
        self.on_refused = on_refused
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse_busy(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # no thread started: give the slot back
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse_busy(self, request: socket.socket) -> None:
        # On the accepting thread: a short write (a second at most), never a read.
        try:
            request.settimeout(1.0)
            request.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\nRetry-After: 1\r\nConnection: close\r\n\r\n%s" % (len(_BUSY), _BUSY)
            )
        except OSError:
            pass
        finally:
            self.shutdown_request(request)
        if self.on_refused is not None:
            self.on_refused(503, f"more than {self.max_connections} connections at once")

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Never a traceback on the console: a client that vanished is routine, anything else one line.
        error = sys.exc_info()[1]
        level = logging.DEBUG if isinstance(error, OSError) else logging.WARNING
        _log.log(
            level, "connection from %s failed: %r", client_address, error, exc_info=_log.isEnabledFor(logging.DEBUG)
        )

    @property
    def url_host(self) -> str:
        """``host:port`` this server listens on."""
        host, port = self.server_address[:2]
        return f"{host.decode() if isinstance(host, bytes) else host}:{port}"


class _Deadline:
    """When the request line and headers being read must be complete; None while reading a body."""

    at: float | None = None
    expired = False


class _DeadlineReader(io.RawIOBase):
    """The socket, read under the header deadline: every wait is for what is left of it."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._deadline.at is not None:
            left = self._deadline.at - time.monotonic()
            if left <= 0:
                self._deadline.expired = True
                raise TimeoutError("request headers not received in time")
            self._sock.settimeout(left)
        try:
            return self._sock.recv_into(buffer)
        except TimeoutError:
            self._deadline.expired = self._deadline.at is not None
            raise


class _Handler(BaseHTTPRequestHandler):
    server: WebhookServer
    timeout = DEFAULT_HEADER_TIMEOUT  # writes; reads wait at most what is left of a deadline
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # replaced by a reader that keeps the header deadline
        self._deadline = _Deadline()
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self._deadline))

    def handle_one_request(self) -> None:
        self._deadline.at = time.monotonic() + self.server.header_timeout
        self._deadline.expired = False
        super().handle_one_request()
        if self._deadline.expired:  # the standard handler closes silently; say why
            self.close_connection = True
            self._answer_as_http1()
            self._send(408, {"error": f"request headers not received within {self.server.header_timeout:g} s"})

    def _answer_as_http1(self) -> None:
        """Make an answer carry a status line whatever was read of the request line.

        A request line cut short leaves `requestline` and `request_version` unset (the standard handler's
        logging would raise AttributeError); an HTTP/0.9-looking one would get a body without a status line.
        """
        if not hasattr(self, "requestline"):
            self.requestline = ""
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        self._deadline.at = None  # the headers are in; the body has its own deadline
        self.connection.settimeout(self.timeout)
        try:
            check_method(self.command)
        except Refused as refused:
            self.close_connection = True
            self._send(refused.status, refused.answer.body, allow="POST")
            return False
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The standard handler's own refusals (bad request line, headers too long...), as JSON with a
        # status line: it would answer an HTTP/0.9-looking line with a bare HTML page. A version it
        # cannot serve is still the client's mistake here: 400, not 505.
        if code == HTTPStatus.HTTP_VERSION_NOT_SUPPORTED:
            code, message = HTTPStatus.BAD_REQUEST, "HTTP/1.x expected"
        self._answer_as_http1()
        reason = message or HTTPStatus(code).phrase
        self.close_connection = True
        if self.server.on_refused is not None:
            self.server.on_refused(code, reason)
        self._send(code, {"error": reason})

    def do_POST(self) -> None:
        try:
            message = self._receive()
        except Refused as refused:
            self.close_connection = True  # an unread body must not be taken for the next request
            if self.server.on_refused is not None:
                self.server.on_refused(refused.status, refused.reason)
            self._send(*refused.answer)
            return
        try:
            status, body = answer(message, self.server.on_message(message))
        except Exception:
            _log.exception("server message handler failed")
            self.close_connection = True
            self._send(500, {"error": "the receiver failed to handle the message"})
            return
        self._send(status, body)

    # --- the I/O around the one pipeline (`_pipeline`) -----------------------------------------

    def _receive(self) -> ServerMessageBody:
        pipeline = Pipeline(self.server.plan)
        pipeline.check_headers(self.headers)  # a forged request is refused before its body is read
        try:
            body: bytes | WebhookBodyError = read_body(
                self, max_bytes=self.server.max_body_bytes, timeout=self.server.body_timeout
            )
        except WebhookBodyError as error:
            body = error
        return pipeline.accept(self.headers, body, method="POST", url=self._url())

    def _url(self) -> str:
        host = self.headers.get("Host")
        if not host:
            host = self.server.url_host
        return f"http://{host}{self.path}"

    def _send(self, status: int, payload: Mapping[str, Any], *, allow: str | None = None) -> None:
        data = json.dumps(payload, allow_nan=False).encode()
        try:
            self.send_response(status)
            if allow is not None:
                self.send_header("Allow", allow)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client is gone; nothing to tell it

    def log_error(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)  # request lines only, never headers
