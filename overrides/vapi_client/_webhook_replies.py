"""Replies to server messages, in exactly the JSON shapes Vapi expects.

Each helper returns a plain dict, ready for ``json.dumps``, after checking it strictly
against the spec's reply schema: a bad value fails here, not silently at Vapi mid-call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._model import Model
from .models.server_message_response_assistant_request import ServerMessageResponseAssistantRequest
from .models.server_message_response_tool_calls import ServerMessageResponseToolCalls

#: Vapi waits this long for the reply to an assistant-request, then gives up on the call.
ASSISTANT_REQUEST_DEADLINE_SECONDS = 7.5


def assistant_request_reply(
    *,
    assistant_id: str | None = None,
    assistant: Model | Mapping[str, Any] | None = None,
    assistant_overrides: Model | Mapping[str, Any] | None = None,
    squad_id: str | None = None,
    squad: Model | Mapping[str, Any] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """The reply to an assistant-request: exactly one of the arguments.

    `assistant` (CreateAssistantDTO), `assistant_overrides` (AssistantOverrides) and
    `squad` (CreateSquadDTO) may be models or dicts. `error` is spoken to the caller.
    Send it within `ASSISTANT_REQUEST_DEADLINE_SECONDS`.
    Raises TypeError unless exactly one is given, `vapi_client.ValidationError` if it
    does not match the spec.
    """
    chosen = {
        json_name: value
        for json_name, value in (
            ("assistantId", assistant_id),
            ("assistant", assistant),
            ("assistantOverrides", assistant_overrides),
            ("squadId", squad_id),
            ("squad", squad),
            ("error", error),
        )
        if value is not None
    }
    if len(chosen) != 1:
        given = ", ".join(chosen) or "none"
        raise TypeError(
            f"give exactly one of assistant_id, assistant, assistant_overrides, squad_id, squad, error (given: {given})"
        )
    reply = {name: value.to_dict() if isinstance(value, Model) else value for name, value in chosen.items()}
    return ServerMessageResponseAssistantRequest.from_dict(reply, strict=True).to_dict()


def tool_calls_reply(results: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The reply to a tool-calls message: ``{"results": [{"toolCallId": id, "result": text}, ...]}``.

    `results` maps each tool call id (``ServerMessageToolCall.id``) to its result, as a
    mapping or as (id, result) pairs; the order is kept.
    """
    pairs = results.items() if isinstance(results, Mapping) else results
    reply = {"results": [{"toolCallId": call_id, "result": text} for call_id, text in pairs]}
    return ServerMessageResponseToolCalls.from_dict(reply, strict=True).to_dict()
