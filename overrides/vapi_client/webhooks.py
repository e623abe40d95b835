"""Server messages (webhooks): authenticate the request, parse the message, build the reply.

Vapi POSTs ``{"message": {"type": ..., ...}}`` to your server URL. Pick the plan matching the
credential configured in Vapi (see `as_plan`), then::

    from vapi_client import ValidationError, webhooks

    PLAN = webhooks.as_plan(secret=SERVER_URL_SECRET)            # legacy x-vapi-secret
    # or webhooks.HmacPlan(secret_key=..., algorithm="sha256"), webhooks.BearerPlan(token=...),
    # or webhooks.as_plan(credential.authentication_plan)

    def handle(headers, body: bytes) -> tuple[int, dict]:
        try:
            message = webhooks.receive(headers, body, PLAN)      # verify the raw bytes, then parse
        except webhooks.WebhookAuthenticationError:
            return 401, {"error": "unauthorized"}
        except ValidationError:
            return 400, {"error": "malformed server message"}
        if isinstance(message, ServerMessageToolCalls):
            return 200, webhooks.tool_calls_reply([(c, run(c)) for c in message.tool_call_list])
        ...
        return 200, {}

assistant-request must be answered within `ASSISTANT_REQUEST_DEADLINE_SECONDS` (7.5 s).
Starlette / FastAPI: `vapi_client.asgi` (the ``asgi`` extra). A standard-library receiver
(``examples/webhook_receiver.py``) reads the body with ``webhooks.read_body(handler)``: bounded
in size and time, and `WebhookBodyError` carries the status to answer. ``vapi-calls listen``
prints messages as they arrive.
"""

from ._exceptions import (
    WebhookAuthenticationError,
    WebhookError,
    WebhookSecretError,
    WebhookSignatureError,
    WebhookTimestampError,
)
from ._webhooks._auth import (
    DEFAULT_TOLERANCE_SECONDS,
    SECRET_HEADER,
    BearerPlan,
    HmacPlan,
    Plan,
    WebhookReplayWarning,
    as_plan,
    secret_plan,
    verify,
)
from ._webhooks._body import DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_BODY_BYTES, WebhookBodyError, read_body
from ._webhooks._headers import Headers
from ._webhooks._parse import parse
from ._webhooks._pipeline import receive
from ._webhooks._replies import (
    ASSISTANT_REQUEST_DEADLINE_SECONDS,
    assistant_request_reply,
    expects_reply,
    knowledge_base_reply,
    message_schemas,
    message_type,
    reply,
    reply_schemas,
    tool_calls_reply,
    transfer_destination_reply,
)
from ._webhooks._secret import verify_secret
from .models.unions import ServerMessageBody
from .models.unknown_variants import UnknownServerMessageBody as UnknownServerMessage

# `UnknownServerMessage` is `vapi_client.models.UnknownServerMessageBody` (the spec's union is
# ServerMessageBody) under the name receivers use: what `parse` returns for a message type this
# version does not know, the raw dict in ``.raw``.

__all__ = [
    "ASSISTANT_REQUEST_DEADLINE_SECONDS",
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TOLERANCE_SECONDS",
    "SECRET_HEADER",
    "BearerPlan",
    "Headers",
    "HmacPlan",
    "Plan",
    "ServerMessageBody",
    "UnknownServerMessage",
    "WebhookAuthenticationError",
    "WebhookBodyError",
    "WebhookError",
    "WebhookReplayWarning",
    "WebhookSecretError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "as_plan",
    "assistant_request_reply",
    "expects_reply",
    "knowledge_base_reply",
    "message_schemas",
    "message_type",
    "parse",
    "receive",
    "read_body",
    "reply",
    "reply_schemas",
    "secret_plan",
    "tool_calls_reply",
    "transfer_destination_reply",
    "verify",
    "verify_secret",
]
