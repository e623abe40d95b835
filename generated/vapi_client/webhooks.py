"""Server messages (webhooks): verify the secret, parse the message, build the reply.

Vapi POSTs ``{"message": {"type": ..., ...}}`` to your server URL, with the call's
``serverUrlSecret`` (``server.secret`` for a tool) in the x-vapi-secret header::

    from vapi_client import ValidationError, WebhookSecretError, webhooks

    def handle(headers, body: bytes) -> tuple[int, dict]:
        try:
            webhooks.verify_secret(headers, SECRET)      # first: never parse a forged body
        except WebhookSecretError:
            return 401, {"error": "unauthorized"}
        try:
            message = webhooks.parse(body)
        except ValidationError:
            return 400, {"error": "malformed server message"}
        if isinstance(message, ServerMessageToolCalls):
            return 200, webhooks.tool_calls_reply({c.id: run(c) for c in message.tool_call_list})
        ...
        return 200, {}

assistant-request must be answered within `ASSISTANT_REQUEST_DEADLINE_SECONDS` (7.5 s).
A runnable receiver is in ``examples/webhook_receiver.py``.
"""

from ._webhook_parse import parse
from ._webhook_replies import (
    ASSISTANT_REQUEST_DEADLINE_SECONDS,
    assistant_request_reply,
    tool_calls_reply,
)
from ._webhook_secret import SECRET_HEADER, Headers, verify_secret
from .models.unions import ServerMessageBody
from .models.unknown_variants import UnknownServerMessageBody as UnknownServerMessage

# `UnknownServerMessage` is `vapi_client.models.UnknownServerMessageBody` (the spec's union is
# ServerMessageBody) under the name receivers use: what `parse` returns for a message type this
# version does not know, the raw dict in ``.raw``.

__all__ = [
    "ASSISTANT_REQUEST_DEADLINE_SECONDS",
    "SECRET_HEADER",
    "Headers",
    "ServerMessageBody",
    "UnknownServerMessage",
    "assistant_request_reply",
    "parse",
    "tool_calls_reply",
    "verify_secret",
]
