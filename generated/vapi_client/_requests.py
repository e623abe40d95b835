"""One API request's life: build it, judge each attempt, retry or raise.

Sync and async clients share this; they only differ in how they send and sleep.
The request itself comes from a generated endpoint module's `_get_kwargs`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, NoReturn, TypeVar

import httpx

from . import _bounded_read, _json_guard, _logging, _retries
from ._errors_from_http import connection_error, creation_uncertain, status_error
from ._exceptions import APIError, ResponseValidationError, ValidationError, VapiError
from ._redaction import ErrorRedactor, Scrubber, header_secrets, sensitive_values

T = TypeVar("T")


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A request built by a generated endpoint module, and how to read its success response."""

    kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    creates_call: bool = False


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; None means the client's setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


@dataclass(frozen=True)
class ClientSettings:
    base_url: str
    api_key: str = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    policy: _retries.RetryPolicy
    max_response_bytes: int = _bounded_read.DEFAULT_MAX_RESPONSE_BYTES


class Attempts(Generic[T]):
    """Decides, after each attempt, whether to return, retry (after how long) or raise."""

    #: When the latest attempt was sent (wall clock, for the user) and started (monotonic, for logs).
    sent_at: datetime
    _started: float

    def __init__(self, settings: ClientSettings, operation: Operation[T], options: RequestOptions) -> None:
        self._settings = settings
        self._operation = operation
        self.max_retries = check_max_retries(
            settings.max_retries if options.max_retries is None else options.max_retries
        )
        self.retries = 0
        #: Why an earlier attempt may have reached the server without us learning the outcome.
        self._unknown_outcome: str | None = None
        kwargs = operation.kwargs
        self._method = kwargs["method"].upper()
        self._json = kwargs.get("json")
        _json_guard.check_sendable(self._json)
        self._what = f"{self._method} {kwargs['url']}"
        self._headers = {**settings.headers, **kwargs.get("headers", {}), **(options.extra_headers or {})}
        self._timeout = settings.timeout if options.timeout is None else to_timeout(options.timeout)
        self._use_secrets(self._headers.items())
        self.max_response_bytes = settings.max_response_bytes

    def _use_secrets(self, headers: Iterable[tuple[str, str]]) -> None:
        """The secrets to keep out of every message, log record and error: see `_redaction`."""
        named = header_secrets((name, value) for name, value in headers if isinstance(value, str))
        self._scrub = Scrubber({self._settings.api_key, *sensitive_values(self._json), *named})
        self._redactor = ErrorRedactor(self._scrub)

    @contextmanager
    def redacting(self) -> Iterator[None]:
        """Every error leaving the block holds no live request or response and no secret."""
        try:
            yield
        except BaseException as error:
            self._redactor.redact(error)
            raise

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        kwargs = self._operation.kwargs
        try:
            request = http.build_request(
                self._method,
                self._settings.base_url + kwargs["url"],
                params=kwargs.get("params"),
                json=self._json,
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
        # An `http_client` of the caller's may add its own credential headers.
        self._use_secrets(request.headers.items())
        return request

    def before_send(self, request: httpx.Request) -> None:
        self.sent_at = datetime.now(UTC)
        self._started = time.monotonic()
        _logging.log_request(request, self._json, self.retries + 1, self._scrub)

    def after_exception(self, request: httpx.Request, error: httpx.RequestError) -> float:
        """The delay before retrying; raises the typed error when not retrying."""
        sent = not _retries.never_sent(error)
        # A create that got this error (not CallCreationUncertainError) certainly placed no call.
        note = (
            "; the call was not placed: the request never reached Vapi"
            if self._operation.creates_call and not sent
            else ""
        )
        failure = connection_error(error, what=self._what, scrub=self._scrub, note=note)
        _logging.log_failure(request, str(failure), time.monotonic() - self._started)
        if self._may_retry() and _retries.retryable_exception(error, creates_call=self._operation.creates_call):
            if sent:
                self._unknown_outcome = type(error).__name__
            return self._next_delay(request, type(error).__name__, None)
        if self._operation.creates_call and sent:
            failure.__cause__ = error
            raise self._uncertain(failure) from failure
        raise failure from error

    def after_response(self, request: httpx.Request, response: httpx.Response) -> float | None:
        """None when the response is a success; else the delay before retrying, or raises."""
        _logging.log_response(request, response, time.monotonic() - self._started, self._scrub)
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
        problem = _json_guard.response_problem(response.content)
        if problem is not None:
            raise ResponseValidationError(f"the response body {problem}", response=response)

    def _raise_status(self, response: httpx.Response, hook_error: httpx.HTTPStatusError | None = None) -> NoReturn:
        status = response.status_code
        note = ""
        limit = _bounded_read.truncated_at(response)
        if limit is not None:
            note = f" (body cut at {limit} bytes)"
        if status == 404 and self._method == "DELETE" and self._unknown_outcome is not None:
            note += (
                f"; an earlier attempt may already have deleted it (its outcome is unknown: {self._unknown_outcome})"
            )
        failure = status_error(response, what=self._what, scrub=self._scrub, note=note)
        failure.__cause__ = hook_error
        if self._operation.creates_call and status >= 500:
            raise self._uncertain(failure, response) from failure
        raise failure

    def _may_retry(self) -> bool:
        return self.retries < self.max_retries

    def _next_delay(self, request: httpx.Request, reason: str, headers: Mapping[str, str] | None) -> float:
        delay = self._settings.policy.delay(self.retries, headers)
        self.retries += 1
        _logging.log_retry(request, reason, delay, self.retries, self.max_retries)
        return delay

    def _uncertain(self, failure: APIError, response: httpx.Response | None = None) -> VapiError:
        return creation_uncertain(failure, sent_at=self.sent_at, response=response)


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries
