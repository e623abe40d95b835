"""Replies to server messages, in exactly the JSON shapes Vapi expects, found from the spec.

A message type's reply schema is named after its message schema: ``ServerMessageToolCalls``
(``type: tool-calls``) is answered with ``ServerMessageResponseToolCalls``. So `reply` covers
every message type of the spec that expects an answer, with nothing listed here; the named
helpers are shortcuts over it. Each returns a plain dict, ready for ``json.dumps``, after
checking it strictly against the reply schema: a bad value fails here, not silently at Vapi
mid-call.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from .._codec._bodies import Validate, body_model
from .._codec._model import Model
from .._codec._unknown_variant import UnknownVariant
from .._exceptions import ValidationError
from .._spec import SCHEMAS, UNIONS
from . import _reply_shapes

#: Vapi waits this long for the reply to an assistant-request, then gives up on the call.
ASSISTANT_REQUEST_DEADLINE_SECONDS = 7.5

_MESSAGE_PREFIX = "ServerMessage"
_REPLY_PREFIX = "ServerMessageResponse"
# voice-request is answered with raw PCM audio; its reply schema only documents that.
_NOT_JSON = frozenset({"voice-request"})


@cache
def message_schemas() -> dict[str, str]:
    """Every message type of the spec and its schema: ``{"tool-calls": "ServerMessageToolCalls", ...}``."""
    return dict(UNIONS[_union()]["mapping"])


def _union() -> str:
    kind, union = SCHEMAS["ServerMessage"]["properties"]["message"][:2]
    assert kind == "union", "ServerMessage.message is a discriminated union in the spec"
    return str(union)


@cache
def reply_schemas() -> dict[str, str]:
    """The message types that expect a JSON reply, and its schema: ``{"tool-calls": "ServerMessageResponseToolCalls"}``."""
    found = {}
    for tag, schema in message_schemas().items():
        name = _REPLY_PREFIX + schema.removeprefix(_MESSAGE_PREFIX)
        if name in SCHEMAS and tag not in _NOT_JSON:
            found[tag] = name
    return found


def expects_reply(message: Any) -> bool:
    """Whether Vapi reads the reply to this message (or message type); the others get ``{}``."""
    return message_type(message) in reply_schemas()


def reply(
    message: Any, body: Model | Mapping[str, Any] | None = None, /, *, validate: Validate = "strict", **fields: Any
) -> dict[str, Any]:
    """The reply to `message` (a parsed message or its type, e.g. ``"tool-calls"``), checked strictly.

    Give the reply as a dict with the spec's JSON names or a model (`body`), or as keyword
    fields in snake_case (``reply("call.endpointing.request", timeout_seconds=1.5)``), or both
    (keywords win). Values may be models or dicts at any depth. The shapes Vapi's pages show are
    accepted and completed from `message` (a tool result without ``name``, a ``result`` of any JSON
    type, a knowledge-base ``message`` without ``type``). Raises ValueError if the spec has no JSON
    reply for that type, TypeError for an unknown keyword, `vapi_client.ValidationError` if the
    reply does not match its schema; with ``validate="warn"`` a mismatch is a
    `vapi_client.ValidationWarning` and the reply is returned as given.
    """
    tag = message_type(message)
    schema = reply_schemas().get(tag)
    if schema is None:
        if tag in _NOT_JSON:
            raise ValueError(f"{tag} is answered with raw audio, not JSON")
        raise ValueError(f"Vapi expects no reply to {tag!r} (the spec has no reply schema for it): answer {{}}")
    cls = getattr(importlib.import_module("..models", __package__), schema)
    data = dict(_json(body)) if body is not None else {}
    by_python_name = {py: json for json, py in cls._json_fields}
    for name, value in fields.items():
        if name not in by_python_name:
            known = ", ".join(sorted(by_python_name))
            raise TypeError(f"{schema} has no field {name!r}; its fields: {known}")
        data[by_python_name[name]] = value
    data = _reply_shapes.complete(schema, _json(data), message)
    held = _reply_shapes.set_aside(data)
    checked: dict[str, Any] = body_model(cls, data, {}, validate=validate).to_dict()
    _reply_shapes.put_back(checked, held)
    _refuse_non_finite(checked, "", schema)  # free-form parts (metadata, variableValues...) are not typed
    return checked


def _refuse_non_finite(value: Any, path: str, schema: str) -> None:
    # NaN and Infinity are not JSON: json.dumps would write them anyway, and Vapi would refuse the reply.
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(path, f"{value!r} is not a JSON number (NaN and Infinity are not JSON)", schema)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _refuse_non_finite(item, f"{path}.{key}" if path else str(key), schema)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_non_finite(item, f"{path}[{index}]", schema)


def assistant_request_reply(
    *,
    assistant_id: str | None = None,
    assistant: Model | Mapping[str, Any] | None = None,
    assistant_overrides: Model | Mapping[str, Any] | None = None,
    squad_id: str | None = None,
    squad: Model | Mapping[str, Any] | None = None,
    error: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    """The reply to an assistant-request: what answers the call, or `error` (spoken to the caller).

    One of `assistant_id`, `assistant` (CreateAssistantDTO), `squad_id`, `squad` (CreateSquadDTO)
    or any other such field of the spec's reply (``workflow_id=``, ``destination=``...), with
    ``*_overrides`` if wanted; or `error` alone. Send it within `ASSISTANT_REQUEST_DEADLINE_SECONDS`.
    Raises TypeError for a combination Vapi would not understand, `vapi_client.ValidationError`
    if a value does not match the spec.
    """
    given = {
        name: value
        for name, value in {
            "assistant_id": assistant_id,
            "assistant": assistant,
            "assistant_overrides": assistant_overrides,
            "squad_id": squad_id,
            "squad": squad,
            "error": error,
            **more,
        }.items()
        if value is not None
    }
    targets = [name for name in given if name != "error" and not name.endswith("_overrides")]
    if len(targets) > 1 or not given or ("error" in given and len(given) > 1):
        shown = ", ".join(given) or "none"
        raise TypeError(
            "give exactly one of assistant_id, assistant, squad_id, squad (or another target the spec lists), "
            f"optionally with its *_overrides, or error alone (given: {shown})"
        )
    return reply("assistant-request", **given)


def tool_calls_reply(
    results: Mapping[str, Any] | Iterable[tuple[Any, Any]],
) -> dict[str, Any]:
    """The reply to a tool-calls message: ``{"results": [{"name": ..., "toolCallId": id, "result": text}, ...]}``.

    `results` gives each tool call's result, as (call, result) pairs or a mapping; the order is
    kept. A call is an item of ``message.tool_call_list`` (a ``ToolCall`` model or its dict): its id
    and function name are sent, both of which the spec requires. It may also be just the tool call
    id, with the name in the result dict. A result is the text given to the model, or a dict of the
    spec's ToolCallResult fields (e.g. ``{"error": "Out of stock"}``, ``{"name": ..., "result": ...}``)::

        webhooks.tool_calls_reply([(call, run(call)) for call in message.tool_call_list])
    """
    pairs = results.items() if isinstance(results, Mapping) else results
    entries = []
    for call, value in pairs:
        entry = _tool_call_fields(call)
        if isinstance(value, (Mapping, Model)):
            entry.update(_json(value))
        else:
            entry["result"] = value
        entries.append(entry)
    return reply("tool-calls", {"results": entries})


def _tool_call_fields(call: Any) -> dict[str, Any]:
    # A tool call of the message (model or dict): its id and its function's name; else the id itself.
    data = _json(call)
    if not isinstance(data, Mapping):
        return {"toolCallId": data}
    fields = {"toolCallId": data.get("id")}
    function = data.get("function")
    if isinstance(function, Mapping) and "name" in function:
        fields["name"] = function["name"]
    return fields


def transfer_destination_reply(
    destination: Model | Mapping[str, Any] | None = None,
    *,
    message: Model | Mapping[str, Any] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """The reply to a transfer-destination-request: where to transfer the call, or `error` to refuse."""
    fields = {"destination": destination, "message": message, "error": error}
    return reply("transfer-destination-request", {k: _json(v) for k, v in fields.items() if v is not None})


def knowledge_base_reply(
    documents: Iterable[Model | Mapping[str, Any]] | None = None,
    *,
    message: Model | Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The reply to a knowledge-base-request: `documents` ({content, similarity}) for the model, or `message` to say."""
    body: dict[str, Any] = {}
    if documents is not None:
        body["documents"] = [_json(document) for document in documents]
    if message is not None:
        body["message"] = _json(message)
    return reply("knowledge-base-request", body)


def message_type(message: Any) -> str:
    """The ``type`` of a parsed message (known or not), e.g. ``"tool-calls"``; a string is returned as is."""
    if isinstance(message, str):
        return message
    if isinstance(message, UnknownVariant):
        return str(message.tag)
    if isinstance(message, Model):
        tag_property = UNIONS[_union()]["tag"]
        for json_name, py_name in message._json_fields:
            if json_name == tag_property:
                return str(getattr(message, py_name))
    raise TypeError(f"expected a server message or its type, not {type(message).__name__}")


def _json(value: Any) -> Any:
    # Models anywhere inside become their JSON, so strict checking sees one shape.
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: _json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(item) for item in value]
    return value
