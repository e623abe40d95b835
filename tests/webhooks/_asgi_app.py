"""The ASGI app the webhook tests serve with uvicorn: vapi_client.asgi as a route and as a FastAPI dependency."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI
from vapi_client import webhooks
from vapi_client.asgi import VapiWebhook
from vapi_client.models import ServerMessageAssistantRequest, ServerMessageCampaignPredial, ServerMessageToolCalls

TOKEN = "tok-Asgi-3f9e1c7a5b2d8e40"
HMAC_KEY = "whsec-AsgiHmac-8c2e6a0f4d1b9e73"
MAX_BODY_BYTES = 256 * 1024
BODY_TIMEOUT = 0.5


async def on_message(message: webhooks.ServerMessageBody) -> Any:
    if isinstance(message, ServerMessageAssistantRequest):
        return webhooks.assistant_request_reply(assistant_id="asst-asgi")
    if isinstance(message, ServerMessageToolCalls):
        calls = message.tool_call_list
        return {"results": [{"name": c.function.name, "toolCallId": c.id, "result": "done"} for c in calls]}  # type: ignore[union-attr]
    if webhooks.message_type(message) == "handoff-destination-request":
        return webhooks.reply(message, destination={"type": "assistant", "assistantName": "Billing"})
    if webhooks.message_type(message) == "call.endpointing.request":
        return {"timeoutSeconds": 1.5}
    if isinstance(message, ServerMessageCampaignPredial):
        return {"eligible": "yes"}  # not a boolean: refused by the strict check, a 500
    return None


def on_message_blocking(message: webhooks.ServerMessageBody) -> Any:
    return {"seen": webhooks.message_type(message)}


bearer = VapiWebhook(
    on_message, plan=webhooks.BearerPlan(token=TOKEN), max_body_bytes=MAX_BODY_BYTES, body_timeout=BODY_TIMEOUT
)
signed = VapiWebhook(
    on_message,
    plan={"type": "hmac", "secretKey": HMAC_KEY, "algorithm": "sha256"},
    max_body_bytes=MAX_BODY_BYTES,
    body_timeout=BODY_TIMEOUT,
)
legacy = VapiWebhook(on_message_blocking, plan=webhooks.secret_plan(TOKEN))
dependency = VapiWebhook(
    plan=webhooks.BearerPlan(token=TOKEN), max_body_bytes=MAX_BODY_BYTES, body_timeout=BODY_TIMEOUT
)

app = FastAPI()
app.router.routes += [bearer.route("/bearer"), signed.route("/hmac"), legacy.route("/legacy")]


@app.post("/fastapi")
async def fastapi_route(message: Annotated[webhooks.ServerMessageBody, Depends(dependency.message)]) -> dict[str, Any]:
    return {"type": webhooks.message_type(message)}
