"""Turn a server message body into its typed model: the spec's ServerMessage envelope, parsed by `_codec._generic`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NoReturn

from .. import _json_guard
from .._codec._generic import attach_issues
from .._codec._model import Model
from .._codec._unknown_variant import UnknownVariant
from .._exceptions import ValidationError
from ..models.server_message import ServerMessage
from ..models.unions import ServerMessageBody

_ENVELOPE = "ServerMessage"


def parse(body: bytes | bytearray | memoryview | str | Mapping[str, Any], *, strict: bool = False) -> ServerMessageBody:
    """The typed message of a server message body ``{"message": {"type": ..., ...}}``.

    `body` is the raw request body (bytes or str) or the already decoded JSON object.
    Lenient by default, like every response: values that do not match the spec are kept
    and listed in ``validation_issues``, and a ``type`` this version does not know gives
    an `UnknownServerMessageBody` holding the raw dict (a message without a string
    ``type`` too, with an issue saying so). ``strict=True`` raises instead.
    Paths in errors and issues start at the body's root, e.g. ``message.call.createdAt``.

    Raises `vapi_client.ValidationError` (path ``""`` or ``"message"``) when the body is
    not JSON, is not a JSON object, or has no ``message`` object: there is no message to
    return then, in either mode.
    """
    envelope = ServerMessage.from_dict(body if isinstance(body, Mapping) else _decode(body), strict=strict)
    message = envelope.message
    if not isinstance(message, (Model, UnknownVariant)):
        # Missing or not an object, kept by the lenient parse: its only issue says which.
        issue = envelope.validation_issues[0]
        raise ValidationError(issue.path, issue.message, issue.schema)
    attach_issues(message, envelope.validation_issues)
    return message


def _decode(body: bytes | bytearray | memoryview | str) -> Any:
    if isinstance(body, memoryview):
        body = body.tobytes()
    try:
        # The one JSON guard: NaN/Infinity refused, and nesting bounded so nothing downstream
        # (parsing, repr, redaction) can exhaust the recursion limit on a hostile message.
        return _json_guard.loads(body)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, NaN/Infinity, too deep
        _fail("", f"malformed JSON: {_describe(error)}")


def _describe(error: ValueError) -> str:
    # Say where, never quote the body.
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return f"not valid {error.encoding} text"
    return str(error)


def _fail(path: str, reason: str) -> NoReturn:
    raise ValidationError(path, reason, _ENVELOPE)
