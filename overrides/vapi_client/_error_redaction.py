"""The one place every error raised by a request passes through before the caller sees it.

Errors are pickled, queued and serialised by error trackers, so an error must not hold the live
`httpx.Request`/`httpx.Response`: their headers carry the API key and their bodies sensitive
fields. `ErrorRedactor.redact` replaces them, on the error and on every exception in its
``__cause__``/``__context__`` chain, with copies whose credential headers are ``***`` and whose
bodies have every secret masked, and scrubs the chain's messages. Method, URL, status, the other
headers and the rest of the body are kept for debugging.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from . import _json_guard
from ._exceptions import VapiError
from ._redact import REDACTED, is_sensitive_header, redact
from ._scrubber import Scrubber

#: Headers that describe how the body was framed on the wire, not the (decoded) body a copy keeps.
_FRAMING_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class ErrorRedactor:
    """Makes errors safe to keep, given the secrets of the request they came from."""

    def __init__(self, scrub: Scrubber) -> None:
        self._scrub = scrub
        # One copy per live object, so error.request is error.response.request again; the
        # original is kept alongside so its id cannot be reused while the redactor lives.
        self._copies: dict[int, tuple[Any, Any]] = {}

    def redact(self, error: BaseException) -> None:
        """Replace, in place, every secret-holding part of `error` and of its chain."""
        pending: list[BaseException | None] = [error]
        seen: set[int] = set()
        while pending:
            current = pending.pop()
            if current is None or id(current) in seen:
                continue
            seen.add(id(current))
            self._redact_one(current)
            pending += [current.__cause__, current.__context__]

    def request(self, request: httpx.Request) -> httpx.Request:
        if id(request) not in self._copies:
            try:
                content = request.content
            except httpx.RequestNotRead:  # a streamed upload: nothing to show
                content = b""
            self._copies[id(request)] = (
                request,
                httpx.Request(
                    request.method,
                    self._scrub(str(request.url)),
                    headers=self._headers(request.headers),
                    content=self.body(content),
                ),
            )
        copy: httpx.Request = self._copies[id(request)][1]
        return copy

    def response(self, response: httpx.Response) -> httpx.Response:
        if id(response) not in self._copies:
            try:
                content = response.content
            except httpx.ResponseNotRead:  # an event hook raised before the body was read
                content = b""
            request = _request_of(response)
            self._copies[id(response)] = (
                response,
                httpx.Response(
                    response.status_code,
                    headers=self._headers(response.headers),
                    content=self.body(content),
                    request=self.request(request) if request is not None else None,
                    # Only plain values: the live extensions hold the network stream.
                    extensions={
                        name: response.extensions[name]
                        for name in ("http_version", "reason_phrase")
                        if name in response.extensions
                    },
                ),
            )
        copy: httpx.Response = self._copies[id(response)][1]
        return copy

    def body(self, content: bytes) -> bytes:
        """`content` with secrets masked: JSON under sensitive keys and wherever ours are echoed."""
        if not content:
            return content
        if _json_guard.response_problem(content) is None:
            try:
                data = json.loads(content)
            except ValueError:
                pass
            else:
                clean = redact(self._scrub.json(data))
                return content if clean == data else json.dumps(clean, ensure_ascii=False).encode("utf-8")
        text = content.decode("utf-8", "surrogateescape")
        clean_text = self._scrub(text)
        return content if clean_text == text else clean_text.encode("utf-8", "surrogateescape")

    def _headers(self, headers: httpx.Headers) -> list[tuple[bytes, bytes]]:
        kept = []
        for raw_name, raw_value in headers.raw:
            if raw_name.lower() in _FRAMING_HEADERS:
                continue
            name = raw_name.decode("latin-1")
            value = raw_value.decode("utf-8", "surrogateescape")
            masked = REDACTED if is_sensitive_header(name) else self._scrub(value)
            kept.append((raw_name, masked.encode("utf-8", "surrogateescape")))
        return kept

    def _redact_one(self, error: BaseException) -> None:
        error.args = tuple(self._scrub(arg) if isinstance(arg, str) else arg for arg in error.args)
        # Text kept beside the message, e.g. the whole document on a json.JSONDecodeError.
        attributes = vars(error)
        for name, value in list(attributes.items()):
            if isinstance(value, str):
                attributes[name] = self._scrub(value)
            elif isinstance(value, bytes):
                attributes[name] = self.body(value)
        if isinstance(error, VapiError):
            self._redact_vapi_error(error)
        elif isinstance(error, httpx.HTTPStatusError):  # from the caller's own event hook
            error.request = self.request(error.request)
            error.response = self.response(error.response)
        elif isinstance(error, httpx.RequestError):
            live = _live_request(error)
            if live is not None:
                error.request = self.request(live)

    def _redact_vapi_error(self, error: VapiError) -> None:
        attributes = vars(error)
        if isinstance(attributes.get("request"), httpx.Request):
            attributes["request"] = self.request(attributes["request"])
        response = attributes.get("response")
        if isinstance(response, httpx.Response):
            attributes["response"] = copy = self.response(response)
            if "headers" in attributes:
                attributes["headers"] = copy.headers
            if isinstance(attributes.get("body"), bytes):  # ResponseValidationError keeps the raw body
                attributes["body"] = copy.content
        if isinstance(attributes.get("messages"), list):
            attributes["messages"] = [self._scrub(m) if isinstance(m, str) else m for m in attributes["messages"]]


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand has none
        return None


def _live_request(error: httpx.RequestError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised before a request was attached
        return None
