"""One request's life: build it, judge each attempt, follow a download's redirect, retry or raise.

The send path (`_http._transport`) owns the I/O; this module owns the decisions, the same for sync and async.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Generic, NoReturn, Protocol, TypeVar

import httpx

from .. import _json_guard
from .._exceptions import APIError, ResponseValidationError, ValidationError, VapiError
from .._redaction import (
    ErrorRedactor,
    Origin,
    Scrubber,
    header_secrets,
    is_sensitive_header,
    origin,
    sensitive_values,
    url_secrets,
)
from . import _bounded_read, _log_filter, _logging, _retries
from ._status_errors import connection_error, creation_uncertain, status_error

T = TypeVar("T")

#: Statuses that redirect a download to its file on a storage host.
REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: Redirects followed for one download (the API's, then any the storage host makes) before giving up.
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A request built from the spec's table of operations, and how to read its success response."""

    kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    creates_call: bool = False


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; None means the client's setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


class Settings(Protocol):
    """What a request needs from its client (the send path holds these, once per client)."""

    base_url: str
    api_origin: Origin
    headers: Mapping[str, str]
    timeout: httpx.Timeout
    max_retries: int
    retry_policy: _retries.RetryPolicy
    max_response_bytes: int
    #: The client's secrets (API key, the credential headers, cookies and auth of its http_client).
    scrub: Scrubber
    #: The latest request headers looked at, the extra header names left out, and the secrets found.
    header_memo: tuple[list[tuple[bytes, bytes]], set[str], set[str]] | None

    def learned(self, secrets: set[str]) -> None:
        """Keep the secrets a request revealed (an http_client's auth or cookies) for the next requests."""


class Attempts(Generic[T]):
    """Decides, after each attempt, whether to return, retry (after how long), follow or raise."""

    #: When the latest attempt was sent (wall clock, for the user) and started (monotonic, for logs).
    sent_at: datetime
    _started: float

    def __init__(self, settings: Settings, operation: Operation[T], options: RequestOptions) -> None:
        self._settings = settings
        self._operation = operation
        self.max_retries = check_max_retries(
            settings.max_retries if options.max_retries is None else options.max_retries
        )
        self.retries = 0
        self.redirects = 0
        #: Why an earlier attempt may have reached the server without us learning the outcome.
        self._unknown_outcome: str | None = None
        #: The request and header list last learned from (see `_learn`).
        self._learned_from: tuple[httpx.Request, list[tuple[bytes, bytes]]] | None = None
        kwargs = operation.kwargs
        self._method = kwargs["method"].upper()
        self._json = kwargs.get("json")
        _json_guard.check_sendable(self._json)
        self._what = f"{self._method} {kwargs['url']}"
        self._note = ""
        extra = options.extra_headers or {}
        #: This request's own headers (lower case): their secrets are this request's, not the client's.
        self._extra = {name.lower() for name in extra}
        headers = kwargs.get("headers")
        self._headers = {**settings.headers, **headers, **extra} if headers else {**settings.headers, **extra}
        self._timeout = settings.timeout if options.timeout is None else to_timeout(options.timeout)
        self.max_response_bytes = settings.max_response_bytes
        # The client's scrubber is shared: a new one only for a request that carries secrets of its own.
        scrub = settings.scrub
        if extra or self._json is not None:
            secrets = header_secrets((name, value) for name, value in extra.items() if isinstance(value, str))
            if self._json is not None:
                secrets |= sensitive_values(self._json)
            scrub = scrub.with_secrets(secrets)
        self._use(scrub)

    def _use(self, scrub: Scrubber) -> None:
        self._scrub = scrub
        self._redactor = ErrorRedactor(scrub, self._settings.api_origin)

    @contextmanager
    def redacting(self) -> Iterator[None]:
        """Every error leaving the block holds no live request or response and no secret."""
        try:
            yield
        except BaseException as error:
            self._redactor.redact(error)
            raise

    @property
    def auth(self) -> Any:
        """The `auth` for `httpx.Client.send`: the http_client's own on the API host, none elsewhere."""
        return httpx.USE_CLIENT_DEFAULT if self.redirects == 0 else None

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        kwargs = self._operation.kwargs
        try:
            request = http.build_request(
                self._method,
                self._settings.base_url + kwargs["url"],
                params=kwargs.get("params"),
                json=self._json,
                data=kwargs.get("data"),  # a multipart body's fields beside its `files`
                files=kwargs.get("files"),
                headers=self._headers,
                timeout=self._timeout,
            )
        except UnicodeEncodeError:
            # Header values must be ASCII; say which header, never its value. The body was
            # checked already, so otherwise it is the path or query (e.g. a lone surrogate).
            bad = sorted(name for name, value in self._headers.items() if not f"{name}{value}".isascii())
            if bad:
                raise ValidationError("extra_headers", f"non-ASCII characters in header {', '.join(bad)}") from None
            raise ValidationError("url", "a path or query parameter cannot be encoded as UTF-8") from None
        except httpx.InvalidURL as error:
            raise ValidationError("url", f"{self._what}: {self._scrub(str(error))}") from None
        # An `http_client` of the caller's may add its own headers and cookies, credentials among them.
        self._learn(request)
        return request

    def _learn(self, request: httpx.Request) -> None:
        """Add the credentials `request` carries now (an httpx `auth=` sets them while sending)."""
        if self.redirects:
            return
        headers = request.headers
        raw = headers.raw
        # Called again after the response: the same headers teach nothing new (most requests carry no auth flow).
        if self._learned_from is not None and self._learned_from[0] is request and self._learned_from[1] == raw:
            return
        self._learned_from = (request, raw)
        extra = self._extra
        memo = self._settings.header_memo
        if memo is not None and memo[0] == raw and memo[1] == extra:
            # Request after request the client sends the same headers: their secrets are found once.
            found = memo[2]
        else:
            encoding = headers.encoding
            # Only the credential headers are decoded and looked at (most requests carry one: Authorization).
            found = header_secrets(
                (name, value.decode(encoding))
                for raw_name, value in raw
                if _credential_header(raw_name) and (name := raw_name.decode(encoding)).lower() not in extra
            )
            self._settings.header_memo = (raw, extra, found)
        scrub = self._scrub.with_secrets(found)
        if scrub is not self._scrub:
            self._use(scrub)
            # The client's own (its http_client's auth or cookies): the next requests know them up front.
            self._settings.learned(found)

    def before_send(self, request: httpx.Request) -> None:
        self.sent_at = datetime.now(UTC)
        self._started = time.monotonic()
        if _logging.debugging():  # the shown URL is built only for a record that is kept
            _logging.log_request(self._shown(request), self._json, self.retries + 1, self._scrub)

    def _shown(self, request: httpx.Request) -> str:
        """The request as logs show it: another host's URL without its query (a presigned signature)."""
        url = request.url
        if origin(url) != self._settings.api_origin:
            url = url.copy_with(query=None, username=None, password=None)
        return f"{request.method} {self._scrub(str(url))}"

    def follows(self, response: httpx.Response) -> bool:
        """Whether `response` redirects a download to its file (an operation's redirect is an error)."""
        return response.status_code in REDIRECTS and "location" in response.headers

    def redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The bare GET of the file the API (or storage host) redirected to.

        It carries no Authorization, no extra header, no cookie and no client default (they may all hold
        credentials), and is sent with no auth: nothing of the caller's reaches another host. The presigned
        query is a credential too: it is added to the secrets, and kept off every copy an error holds.
        """
        if _logging.debugging():
            _logging.log_response(self._shown(request), response, time.monotonic() - self._started, self._scrub)
        target = _redirect_target(request.url, response.headers["location"])
        if target is None:
            self._note = " (its Location is not an http(s) URL that can be fetched)"
            self._raise_status(response, followed=True)  # meant to be followed: base_url is not the problem
        secrets = url_secrets(target)
        self._use(self._scrub.with_secrets(secrets))
        _log_filter.remember(secrets)  # httpx logs the URL it sends to, outside our logger
        if self.redirects >= MAX_REDIRECTS:
            self._note = f" (after {self.redirects} redirects: giving up)"
            self._raise_status(response)
        self.redirects += 1
        # The presigned URL expires quickly: the storage request is made once.
        self.max_retries = self.retries
        shown = target.copy_with(query=None, username=None, password=None)
        self._what = f"GET {self._scrub(str(shown))}"
        self._note = " (from the storage host the API redirected to)"
        headers = {"User-Agent": self._settings.headers.get("User-Agent", "")}
        return httpx.Request("GET", target, headers=headers, extensions={"timeout": self._timeout.as_dict()})

    def after_exception(self, request: httpx.Request, error: httpx.RequestError) -> float:
        """The delay before retrying; raises the typed error when not retrying."""
        self._learn(request)
        sent = not _retries.never_sent(error)
        # A create that got this error (not CallCreationUncertainError) certainly placed no call.
        note = (
            "; the call was not placed: the request never reached Vapi"
            if self._operation.creates_call and not sent
            else self._note
        )
        failure = connection_error(error, what=self._what, scrub=self._scrub, note=note)
        _logging.log_failure(self._shown(request), str(failure), time.monotonic() - self._started)
        if self._may_retry() and _retries.retryable_exception(error, creates_call=self._operation.creates_call):
            if sent:
                self._unknown_outcome = type(error).__name__
            return self._next_delay(request, type(error).__name__, None)
        if self._operation.creates_call and sent:
            failure.__cause__ = error
            raise self._uncertain(failure) from failure
        raise failure from error

    def unusable_answer(self, request: httpx.Request, error: httpx.InvalidURL) -> NoReturn:
        """httpx failed on the answer itself (a redirect to ``mailto:``): a typed error, never retried.

        The request was sent: a create is reported as uncertain (and reconciled by its request id).
        """
        self._learn(request)
        problem = httpx.RemoteProtocolError(f"the answer cannot be used: {error}", request=request)
        failure = connection_error(problem, what=self._what, scrub=self._scrub, note=self._note)
        _logging.log_failure(self._shown(request), str(failure), time.monotonic() - self._started)
        if self._operation.creates_call:
            failure.__cause__ = problem
            raise self._uncertain(failure) from failure
        raise failure from problem

    def streaming(self, request: httpx.Request, response: httpx.Response) -> None:
        """A download's success response, about to be streamed to its consumer."""
        self._learn(request)
        if _logging.debugging():
            _logging.log_response(self._shown(request), response, time.monotonic() - self._started, self._scrub)

    def cut_short(self, request: httpx.Request, error: httpx.RequestError) -> NoReturn:
        """A streamed body that broke off: a typed error, not retried (part of it was handed on)."""
        failure = connection_error(
            error, what=self._what, scrub=self._scrub, note=f"; the response body ended early{self._note}"
        )
        _logging.log_failure(self._shown(request), str(failure), time.monotonic() - self._started)
        raise failure from error

    def after_response(self, request: httpx.Request, response: httpx.Response) -> float | None:
        """None when the response is a success; else the delay before retrying, or raises."""
        self._learn(request)
        if _logging.debugging():
            _logging.log_response(self._shown(request), response, time.monotonic() - self._started, self._scrub)
        if response.is_success:
            return None
        status = response.status_code
        if self._may_retry() and _retries.retryable_status(status, creates_call=self._operation.creates_call):
            if status >= 500:  # the server may have done the work before failing to say so
                self._unknown_outcome = f"status {status}"
            return self._next_delay(request, f"status {status}", response.headers)
        self._raise_status(response)

    def after_hook_error(self, error: httpx.HTTPStatusError) -> NoReturn:
        """An httpx event hook raised for a response (`raise_for_status()`): the typed error, not retried.

        The hook ran before the body was read, so the error has no `body` or `messages`.
        """
        self._learn(error.request)
        self._raise_status(error.response, hook_error=error)

    def result(self, response: httpx.Response) -> T:
        try:
            self._check_body(response)
            return self._operation.parse(response)
        except ResponseValidationError as error:
            if not self._operation.creates_call:
                raise
            # The server said yes: the call was most likely placed, whatever the body says.
            raise ResponseValidationError(
                f"{self._what}: {error}; the call was probably placed (status {response.status_code}): "
                "check before creating it again",
                response=response,
            ) from error

    def _check_body(self, response: httpx.Response) -> None:
        limit = _bounded_read.truncated_at(response)
        if limit is not None:
            raise ResponseValidationError(f"the response body is larger than {limit} bytes", response=response)
        # NaN, Infinity and nesting too deep are refused by the operation's parse (`_json_guard.parse`).

    def _raise_status(
        self, response: httpx.Response, hook_error: httpx.HTTPStatusError | None = None, *, followed: bool = False
    ) -> NoReturn:
        status = response.status_code
        note = self._note
        limit = _bounded_read.truncated_at(response)
        if limit is not None:
            note += f" (body cut at {limit} bytes)"
        if status == 404 and self._method == "DELETE" and self._unknown_outcome is not None:
            note += (
                f"; an earlier attempt may already have deleted it (its outcome is unknown: {self._unknown_outcome})"
            )
        failure = status_error(
            response, what=self._what, scrub=self._scrub, note=note, followed=followed or self.redirects > 0
        )
        failure.__cause__ = hook_error
        if self._operation.creates_call and status >= 500:
            raise self._uncertain(failure, response) from failure
        raise failure

    def _may_retry(self) -> bool:
        return self.retries < self.max_retries

    def _next_delay(self, request: httpx.Request, reason: str, headers: Mapping[str, str] | None) -> float:
        delay = self._settings.retry_policy.delay(self.retries, headers)
        self.retries += 1
        _logging.log_retry(self._shown(request), reason, delay, self.retries, self.max_retries)
        return delay

    def _uncertain(self, failure: APIError, response: httpx.Response | None = None) -> VapiError:
        return creation_uncertain(failure, sent_at=self.sent_at, response=response)


@lru_cache(maxsize=256)
def _credential_header(raw_name: bytes) -> bool:
    # Header names repeat from request to request: judged once each (a cache bounded, names may vary).
    return is_sensitive_header(raw_name.decode("latin-1"))


def _redirect_target(base: httpx.URL, location: str) -> httpx.URL | None:
    """Where a download's redirect points, or None when it cannot be fetched (``mailto:``, port 99999)."""
    try:
        target = base.join(location)
    except httpx.InvalidURL:
        return None
    port = target.port
    if target.scheme not in ("http", "https") or not target.host or (port is not None and not 0 < port <= 65535):
        return None
    return target


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def secrets_of(http: httpx.Client | httpx.AsyncClient) -> set[str]:
    """The credentials a caller's http_client adds to every request: its headers and cookies."""
    found = header_secrets(http.headers.items())
    for cookie in http.cookies.jar:
        if cookie.value and len(cookie.value) >= 8:
            found.add(cookie.value)
    auth = http.auth
    if isinstance(auth, httpx.BasicAuth):
        # Known before the first request, so even its first error is clean (other auths are learned as sent).
        found |= header_secrets(_basic_auth_header(auth))
    return found


def _basic_auth_header(auth: httpx.BasicAuth) -> Iterable[tuple[str, str]]:
    request = httpx.Request("GET", "http://localhost/")
    flow = auth.sync_auth_flow(request)
    authed = next(flow)
    flow.close()
    return authed.headers.items()
