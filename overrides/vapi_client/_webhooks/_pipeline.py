"""The one receive pipeline: `webhooks.receive`, `vapi_client.asgi` and `vapi-calls listen` all run it.

It does no I/O. A receiver reads the body its own way (a socket, an ASGI stream) and writes the
answer its own way; everything between is decided here, once, in this order:

1. the method: only POST (405);
2. the headers alone: a forged request is refused before a byte of its body is read (401);
3. the body as `_body` read it, or why it could not (400, 408, 411, 413);
4. the raw bytes verified with the plan (401);
5. parsed, through the JSON guard, into the typed message (400);
6. the handler's result turned into the reply body (200).

Every refusal is a `Refused`, answered ``{"error": reason}`` and logged at INFO; a reason never
holds a secret or the expected signature.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, NamedTuple

from .._codec._model import Model
from .._exceptions import ValidationError, WebhookAuthenticationError
from ..models.unions import ServerMessageBody
from ._auth import Plan
from ._body import WebhookBodyError
from ._headers import Headers
from ._parse import parse
from ._replies import expects_reply, reply

_log = logging.getLogger("vapi_client.webhooks")


class Answer(NamedTuple):
    """What to send back: the HTTP status and the JSON body."""

    status: int
    body: dict[str, Any]


class Refused(Exception):
    """The request is refused: answer `status` with ``{"error": reason}``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason

    @property
    def answer(self) -> Answer:
        return Answer(self.status, {"error": self.reason})

    def __reduce__(self) -> tuple[type[Refused], tuple[int, str]]:
        return type(self), (self.status, self.reason)


def check_method(method: str) -> None:
    """Refuse (405) another method than POST."""
    if method != "POST":
        raise _refused(Refused(405, "server messages are POSTed"))


class Pipeline:
    """The steps from a request's head to its message, for one `plan` (and parsing mode)."""

    def __init__(self, plan: Plan, *, strict: bool = False) -> None:
        self.plan = plan
        self.strict = strict

    def check_headers(self, headers: Headers) -> None:
        """Refuse (401) a request whose headers cannot pass, before its body is read."""
        try:
            self.plan.check_headers(headers)
        except WebhookAuthenticationError as error:
            raise _refused(refusal(error)) from None

    def message(
        self, headers: Headers, body: bytes | bytearray | memoryview, *, method: str, url: str | None
    ) -> ServerMessageBody:
        """Verify the raw `body`, then parse it: the typed message.

        Raises `WebhookAuthenticationError` before a byte is parsed, then `ValidationError`:
        the errors of the function API (`webhooks.receive`); `refusal` says how to answer them.
        """
        if not isinstance(body, (bytes, bytearray, memoryview)):
            raise TypeError(f"body must be the raw request bytes, not {type(body).__name__}")
        self.plan.verify(headers, bytes(body), method=method, url=url)
        return parse(body, strict=self.strict)

    def accept(
        self, headers: Headers, body: bytes | WebhookBodyError, *, method: str, url: str | None
    ) -> ServerMessageBody:
        """The message of a request whose body was read (or could not be: `body` is why), or `Refused`."""
        if isinstance(body, WebhookBodyError):
            raise _refused(refusal(body))
        try:
            return self.message(headers, body, method=method, url=url)
        except (WebhookAuthenticationError, ValidationError, RecursionError) as error:
            raise _refused(refusal(error)) from None


def receive(
    headers: Headers,
    body: bytes | bytearray | memoryview,
    plan: Plan,
    *,
    method: str = "POST",
    url: str | None = None,
    strict: bool = False,
) -> ServerMessageBody:
    """Authenticate the raw `body` with `plan`, then parse it: the typed message.

    Raises a `WebhookAuthenticationError` (answer 401) before a single byte is parsed, then
    `vapi_client.ValidationError` (answer 400) as `parse` does.
    """
    return Pipeline(plan, strict=strict).message(headers, body, method=method, url=url)


def refusal(error: WebhookAuthenticationError | WebhookBodyError | ValidationError | RecursionError) -> Refused:
    """How a receiver answers an error of the pipeline's steps."""
    if isinstance(error, WebhookAuthenticationError):
        return Refused(401, error.reason)
    if isinstance(error, WebhookBodyError):
        return Refused(error.status, error.reason)
    if isinstance(error, RecursionError):  # the JSON guard bounds nesting; this is the last line
        return Refused(400, "not a server message: nested too deeply")
    return Refused(400, f"not a server message: {error}")


def answer(message: ServerMessageBody, result: Mapping[str, Any] | Model | None) -> Answer:
    """The 200 answer carrying the handler's `result` (None is ``{}``).

    A reply to a message Vapi reads the reply of is checked strictly against the spec's reply
    schema: a bad one is the receiver's bug, raised here rather than sent.
    """
    if result is None:
        return Answer(200, {})
    if expects_reply(message):
        return Answer(200, reply(message, result))
    data = result.to_dict() if isinstance(result, Model) else dict(result)
    json.dumps(data, allow_nan=False)  # fail here (NaN, not JSON), not half-way through sending
    return Answer(200, data)


def _refused(refused: Refused) -> Refused:
    _log.info("server message refused (%d): %s", refused.status, refused.reason)
    return refused
