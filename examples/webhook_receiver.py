"""A minimal receiver for Vapi server messages, standard library only: verify -> parse -> reply.

    VAPI_SERVER_SECRET=... python examples/webhook_receiver.py --port 8000

Point the assistant's (or phone number's) server URL at it and set its serverUrlSecret to
the same secret (for a bearer or HMAC credential, change the plan in `main`). Each POST is handled
in this order:

1. the x-vapi-secret header is checked (401 if missing or wrong; the body is never read),
2. the body is read by ``webhooks.read_body``: a valid Content-Length (411, 400), at most
   MAX_BODY_BYTES (413), within --body-timeout seconds (408), so a client announcing more than
   it sends cannot hold a thread,
3. the body is parsed (400 if it is not a JSON object with a ``message`` object),
4. the reply for the message type is sent with 200: an assistant for assistant-request, one
   result per call for tool-calls, a phone number (or a refusal) for transfer-destination-request,
   ``{}`` otherwise (unknown, newer message types included); status-update and end-of-call-report
   are logged.

Options: --host (default 127.0.0.1), --port (0 picks a free one), --port-file (write the
bound port there once listening), --assistant-id (else VAPI_ASSISTANT_ID; without either,
assistant-request gets a small transient assistant), --transfer-number (else VAPI_TRANSFER_NUMBER;
without either, transfers are refused), --body-timeout (default 10 s).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from vapi_client import ValidationError, webhooks
from vapi_client.models import (
    ServerMessageAssistantRequest,
    ServerMessageEndOfCallReport,
    ServerMessageStatusUpdate,
    ServerMessageToolCalls,
    ServerMessageTransferDestinationRequest,
    ToolCall,
    ToolCallFunction,
)

log = logging.getLogger("webhook_receiver")

MAX_BODY_BYTES = webhooks.DEFAULT_MAX_BODY_BYTES  # end-of-call reports carry whole transcripts, not more


# --- your business logic ---------------------------------------------------------------------------


def get_weather(arguments: dict[str, Any]) -> str:
    return f"Sunny, 22 degrees Celsius in {arguments.get('city', 'your city')}."


def book_table(arguments: dict[str, Any]) -> str:
    return f"Table booked for {arguments.get('people', 2)} at {arguments.get('time', '19:00')}."


FUNCTIONS: dict[str, Callable[[dict[str, Any]], str]] = {"getWeather": get_weather, "bookTable": book_table}


def run_function(name: Any, arguments: Any) -> str:
    function = FUNCTIONS.get(name) if isinstance(name, str) else None
    if function is None:
        return f"Unknown function {name!r}."
    if isinstance(arguments, str):  # the model's arguments, as the JSON text it wrote
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return "The arguments were not valid JSON."
    return function(arguments if isinstance(arguments, dict) else {})


# --- one reply per message type --------------------------------------------------------------------
# Parsing is lenient (a value of an unexpected type is kept as received), hence the isinstance checks.


def reply_to(message: webhooks.ServerMessageBody, settings: Settings) -> dict[str, Any]:
    if isinstance(message, ServerMessageAssistantRequest):
        if settings.assistant_id:
            return webhooks.assistant_request_reply(assistant_id=settings.assistant_id)
        return webhooks.assistant_request_reply(
            assistant={"name": "Example receptionist", "firstMessage": "Hello! How can I help you today?"}
        )
    if isinstance(message, ServerMessageToolCalls):
        calls = message.tool_call_list if isinstance(message.tool_call_list, list) else []
        return webhooks.tool_calls_reply(
            [
                (call, run_tool_call(call))  # the reply names each call's id and function
                for call in calls
                if isinstance(call, ToolCall) and isinstance(call.id, str)
            ]
        )
    if isinstance(message, ServerMessageTransferDestinationRequest):
        if settings.transfer_number:
            return webhooks.transfer_destination_reply(
                {"type": "number", "number": settings.transfer_number},
                message={"type": "request-start", "content": "Transferring you now."},
            )
        return webhooks.transfer_destination_reply(error="No one is available to take the call right now.")
    if isinstance(message, ServerMessageStatusUpdate):
        log.info("call status: %s%s", message.status, f" ({message.ended_reason})" if message.ended_reason else "")
    elif isinstance(message, ServerMessageEndOfCallReport):
        summary = getattr(message.analysis, "summary", None) or ""
        log.info("call ended (%s, cost %s): %s", message.ended_reason or "?", message.cost or "?", summary)
    return {}  # Vapi ignores the body of the other replies


def run_tool_call(call: ToolCall) -> str:
    if isinstance(call.function, ToolCallFunction):
        return run_function(call.function.name, call.function.arguments)
    return "No function was named."


# --- HTTP ------------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    server: Receiver
    timeout = 10  # seconds to wait for each piece of the request line and headers

    def do_POST(self) -> None:
        started = time.monotonic()
        try:
            # Before reading a single body byte: a forged request gets nothing parsed.
            self.server.plan.check_headers(self.headers)
            # At most MAX_BODY_BYTES, within one deadline for all of it: 411, 413, 408 or 400 otherwise.
            body = webhooks.read_body(self, max_bytes=MAX_BODY_BYTES, timeout=self.server.body_timeout)
            self.server.plan.verify(self.headers, body)  # an HMAC plan checks the body's signature here
        except webhooks.WebhookAuthenticationError as error:
            self.refuse(401, error.reason)
            return
        except webhooks.WebhookBodyError as error:
            self.refuse(error.status, error.reason)
            return
        try:
            message = webhooks.parse(body)
        except (ValidationError, RecursionError) as error:
            self.refuse(400, str(error) if isinstance(error, ValidationError) else "nested too deeply")
            return
        for issue in getattr(message, "validation_issues", ()):  # kept as received; worth knowing
            log.warning("%s: %s", _type_of(message), issue)
        reply = reply_to(message, self.server.settings)
        self.send_json(200, reply)
        elapsed = time.monotonic() - started
        if isinstance(message, ServerMessageAssistantRequest) and elapsed > webhooks.ASSISTANT_REQUEST_DEADLINE_SECONDS:
            log.warning("assistant-request answered after %.1f s: Vapi had already given up", elapsed)
        log.info("%s -> 200", _type_of(message))

    def refuse(self, status: int, reason: str) -> None:
        log.info("refused %d: %s", status, reason)  # the reason never holds a secret
        self.close_connection = True  # the unread body must not be taken for the next request
        self.send_json(status, {"error": reason})

    def send_json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)  # request lines only, never headers


def _type_of(message: webhooks.ServerMessageBody) -> str:
    return str(message.tag if isinstance(message, webhooks.UnknownServerMessage) else message.type_)


@dataclass(frozen=True)
class Settings:
    assistant_id: str | None = None
    transfer_number: str | None = None


class Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], plan: webhooks.Plan, settings: Settings, body_timeout: float) -> None:
        super().__init__(address, Handler)
        self.plan = plan
        self.settings = settings
        self.body_timeout = body_timeout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Receive Vapi server messages.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--port-file", type=Path, help="write the bound port here once listening")
    parser.add_argument("--assistant-id", default=os.environ.get("VAPI_ASSISTANT_ID"))
    parser.add_argument("--transfer-number", default=os.environ.get("VAPI_TRANSFER_NUMBER"))
    parser.add_argument("--body-timeout", type=float, default=10.0, help="seconds to receive a whole body")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        # The plan matching the credential configured in Vapi; the legacy serverUrlSecret is
        # webhooks.secret_plan. A bearer credential: webhooks.BearerPlan(token=...); an HMAC one:
        # webhooks.HmacPlan(secret_key=..., algorithm="sha256", ...) with its settings.
        plan = webhooks.secret_plan(os.environ.get("VAPI_SERVER_SECRET", ""))
    except ValueError:  # unset, empty or whitespace only: it would refuse every request
        print("set VAPI_SERVER_SECRET to the server URL secret configured in Vapi", file=sys.stderr)
        return 2
    settings = Settings(assistant_id=args.assistant_id, transfer_number=args.transfer_number)
    with Receiver((args.host, args.port), plan, settings, args.body_timeout) as server:
        port = server.server_address[1]
        if args.port_file:
            temporary = args.port_file.with_suffix(".tmp")
            temporary.write_text(str(port))
            temporary.replace(args.port_file)  # readers never see a half-written file
        log.info("listening on http://%s:%d", args.host, port)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
