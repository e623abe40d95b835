"""Turn a server message body into its typed model, dispatching on ``message.type``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NoReturn, TypeAlias, cast

from ._exceptions import ValidationError
from ._model import Model
from ._spec import UNIONS
from ._wire import ValidationIssue, _kind, _resolve
from .models.server_message_assistant_request import ServerMessageAssistantRequest
from .models.server_message_conversation_update import ServerMessageConversationUpdate
from .models.server_message_end_of_call_report import ServerMessageEndOfCallReport
from .models.server_message_function_call import ServerMessageFunctionCall
from .models.server_message_hang import ServerMessageHang
from .models.server_message_model_output import ServerMessageModelOutput
from .models.server_message_phone_call_control import ServerMessagePhoneCallControl
from .models.server_message_speech_update import ServerMessageSpeechUpdate
from .models.server_message_status_update import ServerMessageStatusUpdate
from .models.server_message_tool_calls import ServerMessageToolCalls
from .models.server_message_transcript import ServerMessageTranscript
from .models.server_message_voice_input import ServerMessageVoiceInput
from .models.unknown_variants import UnknownServerMessageBody

ServerMessageBody: TypeAlias = (
    ServerMessageAssistantRequest
    | ServerMessageFunctionCall
    | ServerMessageStatusUpdate
    | ServerMessageTranscript
    | ServerMessageHang
    | ServerMessageToolCalls
    | ServerMessageEndOfCallReport
    | ServerMessageConversationUpdate
    | ServerMessagePhoneCallControl
    | ServerMessageModelOutput
    | ServerMessageVoiceInput
    | ServerMessageSpeechUpdate
    | UnknownServerMessageBody
)

_ENVELOPE = "ServerMessage"
_FAMILY = "ServerMessageBody"
_TAG: str = UNIONS[_FAMILY]["tag"]
_CLASSES: dict[str, type[Any]] = {tag: _resolve(name) for tag, name in UNIONS[_FAMILY]["mapping"].items()}


def parse(body: bytes | bytearray | memoryview | str | Mapping[str, Any], *, strict: bool = False) -> ServerMessageBody:
    """The typed message of a server message body ``{"message": {"type": ..., ...}}``.

    `body` is the raw request body (bytes or str) or the already decoded JSON object.
    Lenient by default, like every response: values that do not match the spec are kept
    and listed in ``validation_issues``, and a ``type`` this version does not know gives
    an `UnknownServerMessageBody` holding the raw dict. ``strict=True`` raises instead.
    Paths in errors and issues start at the body's root, e.g. ``message.call.createdAt``.

    Raises `vapi_client.ValidationError` (path ``""`` or ``"message"``) when the body is
    not JSON, is not a JSON object, or has no ``message`` object: there is no message to
    return then, in either mode.
    """
    envelope = body if isinstance(body, Mapping) else _decode(body)
    if not isinstance(envelope, Mapping):
        _fail("", f"expected a JSON object, got {_kind(envelope)}")
    if "message" not in envelope:
        _fail("", "missing 'message'")
    message = envelope["message"]
    if not isinstance(message, Mapping):
        _fail("message", f"expected an object ({_FAMILY}), got {_kind(message)}")
    tag = message.get(_TAG)
    cls = _CLASSES.get(tag) if isinstance(tag, str) else None
    if cls is None:
        if strict:
            what = f"unknown {_TAG} {tag!r}" if isinstance(tag, str) else f"missing {_TAG}"
            _fail(f"message.{_TAG}", f"{what}; {_FAMILY} expects one of {', '.join(map(repr, _CLASSES))}")
        return UnknownServerMessageBody(dict(message))
    try:
        parsed: Model = cls.from_dict(message, strict=strict)
    except ValidationError as error:
        raise ValidationError(_prefixed(error.path), error.reason, error.schema) from None
    if parsed.validation_issues:  # paths from the body's root in both modes: "message.call.createdAt"
        parsed._issues = tuple(  # type: ignore[attr-defined]
            ValidationIssue(_prefixed(issue.path), issue.message, issue.schema) for issue in parsed.validation_issues
        )
    return cast(ServerMessageBody, parsed)


def _decode(body: bytes | bytearray | memoryview | str) -> Any:
    if isinstance(body, memoryview):
        body = body.tobytes()
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, NaN/Infinity
        _fail("", f"malformed JSON: {_describe(error)}")


def _describe(error: ValueError) -> str:
    # Say where, never quote the body.
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return f"not valid {error.encoding} text"
    return str(error)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _prefixed(path: str) -> str:
    if not path:
        return "message"
    return f"message{path}" if path.startswith("[") else f"message.{path}"


def _fail(path: str, reason: str) -> NoReturn:
    raise ValidationError(path, reason, _ENVELOPE)
