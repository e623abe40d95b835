"""Every exception vapi_client raises.

The tree:

* VapiError
  + ValidationError                 - a value does not match the spec (strict parsing, `validate()`);
                                      also a ValueError
  + ResponseValidationError         - a success response is not JSON, not the documented shape,
                                      larger than max_response_bytes or nested too deep
  + MissingAPIKeyError              - neither `api_key=` nor VAPI_API_KEY was given
  + InvalidAPIKeyError              - the API key has spaces, control or non-ASCII characters inside
  + InvalidBaseURLError             - base_url/VAPI_BASE_URL is not an http(s) URL requests can be
                                      appended to; also a ValueError
  + ClientClosedError               - the client was closed; also a RuntimeError
  + EventLoopMismatchError          - an AsyncVapiClient used from a second event loop; also a RuntimeError
  + ForkedClientError               - a client used in a child process after os.fork(); also a RuntimeError
  + DownloadWriteError              - a download's body could not be written to its file (disk full, ...);
                                      also an OSError
  + PagingError                     - `list_all` cannot go on without skipping or repeating calls (the server
                                      ignored a filter, sorted oldest first, or more calls share one
                                      timestamp than its largest page holds)
  + WebhookError                    - a server message (webhook) could not be accepted
    - WebhookAuthenticationError    - the request does not prove it comes from Vapi (`reason` says why)
      . WebhookSecretError          - bearer plan: the token header (x-vapi-secret, Authorization, ...)
                                      is missing or wrong
      . WebhookSignatureError       - HMAC plan: the signature header is missing, malformed or wrong
        , WebhookTimestampError     - HMAC plan: the timestamp is missing, malformed or outside the
                                      replay window
  + APIError
    - APIConnectionError            - no response: the request could not be sent or completed
      . APITimeoutError             - a connect, write, read or pool timeout
    - CallCreationUncertainError    - a create may or may not have placed the call: check before retrying
    - APIStatusError                - the server answered with a status that is not a success:
                                      >= 400, or a redirect (3xx; redirects are not followed)
      . BadRequestError             - 400
      . AuthenticationError         - 401
      . PermissionDeniedError       - 403
      . NotFoundError               - 404
      . ConflictError               - 409
      . UnprocessableEntityError    - 422
      . RateLimitError              - 429
      . InternalServerError         - >= 500 (520 and other non-IANA statuses included)

And three warnings (UserWarnings): `MisspelledFieldWarning` when a body you build has an unknown
field that looks like a known one (``assistantID`` for ``assistantId``); the field is still sent.
`UnknownValueWarning` when a body sent with ``validate="warn"`` holds a tag or enum value the spec
does not know, `ValidationWarning` for any other mismatch such a body has; it is sent as given.

Messages never contain the API key, a credential header or any property the spec marks sensitive.
`request` and `response` are redacted copies, not the live httpx objects: credential headers read
``***`` and secrets in bodies are masked (`_redaction`); the same holds along `__cause__`.

Every error can be pickled and copied (e.g. to hand it to another process): its attributes,
`response` and `request` included, survive; as for any exception, `__cause__` and the
traceback do not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CallCreationUncertainError",
    "ConflictError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidBaseURLError",
    "ClientClosedError",
    "DownloadWriteError",
    "EventLoopMismatchError",
    "ForkedClientError",
    "MissingAPIKeyError",
    "MisspelledFieldWarning",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "ValidationError",
    "ValidationWarning",
    "VapiError",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookSecretError",
    "WebhookSignatureError",
    "WebhookTimestampError",
]


class VapiError(Exception):
    """Base class of every error raised by vapi_client."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default, `type(self)(*self.args)`, cannot call constructors that take keyword-only
        # arguments: rebuild without __init__, then restore the attributes.
        return _rebuild, (type(self), self.args), self.__dict__


def _rebuild(cls: type[VapiError], args: tuple[Any, ...]) -> VapiError:
    error = cls.__new__(cls)
    error.args = args
    return error


class ValidationError(VapiError, ValueError):
    """A value does not match the spec.

    `path` is a JSON path such as ``assistant.model.tools[2].destinations[0]``;
    `schema` names the spec schema (for a union, the variant) the value was checked against.
    """

    def __init__(self, path: str, reason: str, schema: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.schema = schema
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.path or "(root)"
        return f"{where}: {self.reason}" + (f" (in {self.schema})" if self.schema else "")

    def with_schema(self, schema: str) -> ValidationError:
        if self.schema is None:
            self.schema = schema
            self.args = (self._render(),)
        return self


class ResponseValidationError(VapiError):
    """A success response could not be parsed. `body` keeps its bytes (cut at `max_response_bytes`),
    with only the secrets masked."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = response.content


class MissingAPIKeyError(VapiError):
    """No API key: pass `api_key=` or set VAPI_API_KEY."""


class InvalidAPIKeyError(VapiError):
    """The API key cannot be sent in a header: it has whitespace, control or non-ASCII characters.

    Surrounding whitespace (a trailing newline from a secret file) is removed, not refused.
    The message says where the bad character is, never what the key is.
    """


class InvalidBaseURLError(VapiError, ValueError):
    """The base URL cannot be used: see `_http._base_url` for what is refused and why."""


class ClientClosedError(VapiError, RuntimeError):
    """The client was closed (`close()` or the end of its `with` block); make a new one."""


class EventLoopMismatchError(VapiError, RuntimeError):
    """An `AsyncVapiClient` is tied to the event loop it was first used in (its connections are).

    Make one client per event loop, e.g. inside the coroutine given to `asyncio.run`.
    """


class ForkedClientError(VapiError, RuntimeError):
    """A client made before `os.fork()` was used in the child process.

    Parent and child would share the client's connections, and each could read the other's responses:
    make a new client in the child (or make clients after forking, e.g. in a worker's start-up hook).
    """


class DownloadWriteError(VapiError, OSError):
    """A download's body could not be written to its file (a full disk, a directory made read-only).

    The target is checked before anything is sent; this is what can still go wrong while writing.
    Nothing is left under the target's name: it keeps what it held before.
    """


class PagingError(VapiError):
    """Paging through `GET /call` cannot go on without skipping or repeating calls: the calls listed so
    far were returned, but some that match may be missing. The message says what the server did."""


class MisspelledFieldWarning(UserWarning):
    """A body you built has an unknown field close to a known one; it is sent as is.

    Unknown fields are allowed (a newer API may know them), so this is a warning, not an error.
    Silence it with ``warnings.filterwarnings("ignore", category=MisspelledFieldWarning)``.
    """


class UnknownValueWarning(UserWarning):
    """A body sent with ``validate="warn"`` holds a tag or enum value this client's spec does not know.

    It is sent as given: a newer Vapi may know it (a voice provider or tool type added since the client
    was generated). Without ``validate="warn"`` such a value is refused with `ValidationError`, unless the
    client parsed it itself from Vapi's answer (then it is always sent back as received).
    """


class ValidationWarning(UserWarning):
    """A body or reply sent with ``validate="warn"`` does not match this client's spec: a wrong type, a
    missing field, a value out of range. It is sent as given, because the spec can be wrong where Vapi's
    docs are right; the message names the path and the problem, as `ValidationError` would.
    """


class WebhookError(VapiError):
    """A server message (webhook) could not be accepted."""


class WebhookAuthenticationError(WebhookError):
    """A server message failed its authentication plan: answer 401 and do not parse the body.

    `reason` says which check failed (missing header, wrong value, stale timestamp...); it never
    contains the secret, the received value or the expected signature.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WebhookSecretError(WebhookAuthenticationError):
    """Bearer plan (x-vapi-secret included): the token header is missing or does not match."""


class WebhookSignatureError(WebhookAuthenticationError):
    """HMAC plan: the signature header is missing, malformed or does not match the body."""


class WebhookTimestampError(WebhookSignatureError):
    """HMAC plan: the timestamp header is missing, malformed or outside the replay window."""


class APIError(VapiError):
    """A request to the API failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APIConnectionError(APIError):
    """The request could not be completed: no answer was received."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class CallCreationUncertainError(APIError):
    """A create-call request may have reached Vapi, so it was not retried.

    The call may or may not have been placed. The client has already looked for it by its request id
    (`reconciliation` says what it checked, `request_id` which id; see `ReconcilePolicy`) and not found
    it in time. Vapi has no idempotency key, so a blind retry can dial the customer twice: check again
    later (``client.calls.list(created_at_gt=err.sent_at)``) before trying again.

    Raised by `create_phone_call`/`create_web_call` instead of the error any other request
    would get, which is kept as ``__cause__``: an `APITimeoutError` (read/write timeout), an
    `APIConnectionError` (connection dropped after sending) or an `InternalServerError`
    (any status >= 500: a gateway may time out after Vapi placed the call). For a 5xx,
    `response` and `status_code` are set; `__cause__.messages` has the error body's messages.
    It is not an `APIConnectionError`: the server may well have answered.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        sent_at: datetime | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.sent_at = sent_at
        self.response = response
        self.status_code = response.status_code if response is not None else None
        #: The id the create carried (see `vapi_client.REQUEST_ID_KEY`), when the client added one.
        self.request_id: str | None = None
        #: What the client checked before giving up (a `Reconciliation`), when it reconciled.
        self.reconciliation: Any = None


class APIStatusError(APIError):
    """The server answered with a status that is not a success (>= 400, or a 3xx redirect).

    `messages` is the error body's ``message`` as a list (Vapi sends a string or a list);
    `body` is the parsed ErrorResponse when the body had that shape, else None. Both have
    every secret the request carried replaced by ``***``; `response` is a redacted copy of the response.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        messages: list[str] | None = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.body = body
        self.messages = messages or []


class BadRequestError(APIStatusError):
    """400: the request failed validation."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in a conflicting state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests or concurrent calls."""


class InternalServerError(APIStatusError):
    """A status >= 500."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built by hand
    except RuntimeError:
        return False
    return True
