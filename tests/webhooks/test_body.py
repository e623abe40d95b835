"""The one bounded body reader (`webhooks.read_body`, and `vapi_client.asgi`'s): framing, size and time.

Over a real socket for the standard-library receiver (examples/webhook_receiver.py); the ASGI app
is also driven in-process with headers no HTTP server in front of it would let through.
"""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any

import pytest
from vapi_client import webhooks
from vapi_client.asgi import VapiWebhook

from tests._servers.processes import ServerProcess
from tests._servers.raw_http import raw_status
from tests.webhooks._spec import example
from tests.webhooks.conftest import RECEIVER_SECRET

BODY = json.dumps(example("status-update")).encode()


def request(*headers: str, body: bytes = BODY) -> bytes:
    head = "\r\n".join(["POST / HTTP/1.1", "Host: x", f"X-Vapi-Secret: {RECEIVER_SECRET}", *headers])
    return head.encode("utf-8") + b"\r\n\r\n" + body


FRAMING = {
    "superscript two": (["Content-Length: \u00b2"], 400),
    "negative": (["Content-Length: -1"], 400),
    "conflicting headers": ([f"Content-Length: {len(BODY)}", "Content-Length: 3"], 400),
    "conflicting list": ([f"Content-Length: 3, {len(BODY)}"], 400),
    "chunked": (["Transfer-Encoding: chunked"], 411),
    "chunked and a length": (["Transfer-Encoding: chunked", f"Content-Length: {len(BODY)}"], 400),
    "no length": ([], 411),
    "too large": (["Content-Length: 999999999"], 413),
}


def test_a_one_byte_superscript_length_is_a_400(receiver: ServerProcess) -> None:
    raw = request("Content-Length: \u00b2").replace("\u00b2".encode(), b"\xb2")  # latin-1 "²" to http.server
    assert raw_status(receiver.port, raw) == 400
    assert "Traceback" not in receiver.output()


@pytest.mark.parametrize("headers, status", FRAMING.values(), ids=FRAMING.keys())
def test_the_example_receiver_refuses_bad_framing(receiver: ServerProcess, headers: list[str], status: int) -> None:
    assert raw_status(receiver.port, request(*headers)) == status
    assert raw_status(receiver.port, request(f"Content-Length: {len(BODY)}")) == 200
    assert "Traceback" not in receiver.output()


def test_repeated_equal_lengths_are_one_length() -> None:
    headers = [("Content-Length", "5"), ("content-length", "5, 5")]
    from vapi_client._webhooks._body import declared_length

    assert declared_length(headers, max_bytes=10) == 5
    with pytest.raises(webhooks.WebhookBodyError) as refused:
        declared_length(headers, max_bytes=4)
    assert (refused.value.status, isinstance(refused.value, webhooks.WebhookError)) == (413, True)
    copy = pickle.loads(pickle.dumps(refused.value))
    assert (type(copy), copy.status, copy.reason) == (webhooks.WebhookBodyError, 413, refused.value.reason)


def _asgi_status(app: VapiWebhook, headers: list[tuple[bytes, bytes]], body: bytes) -> int:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(event: dict[str, Any]) -> None:
        sent.append(event)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "raw_path": b"/",
        "query_string": b"",
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "http_version": "1.1",
    }
    asyncio.run(app(scope, receive, send))
    return int(sent[0]["status"])


@pytest.mark.parametrize(
    "length, status",
    [("\u00b2".encode(), 400), (b"-1", 400), (b"5, 6", 400), (b"999999999", 413), (str(len(BODY)).encode(), 200)],
)
def test_the_asgi_app_checks_framing_itself(length: bytes, status: int) -> None:
    # Servers in front of an ASGI app differ in what they let through; the app does not rely on it.
    app = VapiWebhook(lambda message: None, plan=webhooks.as_plan(secret=RECEIVER_SECRET), max_body_bytes=1 << 20)
    headers = [(b"content-length", length), (b"x-vapi-secret", RECEIVER_SECRET.encode())]
    assert _asgi_status(app, headers, BODY) == status
