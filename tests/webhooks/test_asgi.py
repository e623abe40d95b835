"""vapi_client.asgi on a real uvicorn server on loopback, started and stopped by PID."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests._servers.processes import ServerProcess, start_process
from tests.webhooks._asgi_app import HMAC_KEY, MAX_BODY_BYTES, TOKEN
from tests.webhooks._spec import MESSAGE_TYPES, REPLY_SCHEMAS, example, schema_errors

AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        argv = [
            sys.executable,
            "-m",
            "tests._servers.asgi_server",
            "tests.webhooks._asgi_app:app",
            "--port-file",
            port_file,
        ]
        process = start_process(argv, ready=port_file, env={**os.environ, "PYTHONUNBUFFERED": "1"}, timeout=30)
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def http(server: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, trust_env=False, timeout=10.0) as client:
        yield client


def body_of(payload: Any) -> bytes:
    return json.dumps(payload).encode()


@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_every_message_type_is_answered(http: httpx.Client, message_type: str) -> None:
    response = http.post("/bearer", content=body_of(example(message_type)), headers=AUTH)
    if message_type == "campaign.predial":  # the app's handler returns an invalid reply on purpose
        assert response.status_code == 500
        return
    assert response.status_code == 200, response.text
    reply = response.json()
    if message_type in REPLY_SCHEMAS:
        assert schema_errors(REPLY_SCHEMAS[message_type], reply) == []
    else:
        assert reply == {}


def test_replies_are_the_handlers(http: httpx.Client) -> None:
    assert http.post("/bearer", content=body_of(example("assistant-request")), headers=AUTH).json() == {
        "assistantId": "asst-asgi"
    }
    tool_calls = http.post("/bearer", content=body_of(example("tool-calls")), headers=AUTH).json()
    assert [r["result"] for r in tool_calls["results"]] == ["done", "done"]


def test_a_blocking_handler_and_the_legacy_secret(http: httpx.Client) -> None:
    response = http.post("/legacy", content=body_of(example("hang")), headers={"x-vapi-secret": TOKEN})
    assert response.json() == {"seen": "hang"}


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing authorization header"),
        ({"authorization": "Bearer wrong"}, "authorization header does not match the expected secret"),
        ({"authorization": TOKEN}, "authorization header is not 'Bearer <token>'"),
    ],
)
def test_unauthenticated_is_401_before_the_body_is_parsed(http: httpx.Client, headers: Any, reason: str) -> None:
    for content in (body_of(example("tool-calls")), b'{"message": {'):
        response = http.post("/bearer", content=content, headers=headers)
        assert (response.status_code, response.json()) == (401, {"error": reason})
        assert TOKEN not in response.text


def test_hmac_signed_tampered_and_stale(http: httpx.Client) -> None:
    body = body_of(example("tool-calls"))

    def signed(stamp: str, content: bytes) -> dict[str, str]:
        digest = hmac.new(HMAC_KEY.encode(), stamp.encode() + b"." + content, hashlib.sha256).hexdigest()
        return {"x-timestamp": stamp, "x-signature": digest}

    now = str(int(time.time()))
    assert http.post("/hmac", content=body, headers=signed(now, body)).status_code == 200
    tampered = http.post("/hmac", content=body.replace(b"Berlin", b"Paris!"), headers=signed(now, body))
    assert (tampered.status_code, tampered.json()) == (401, {"error": "x-signature header does not match the body"})
    stale = str(int(time.time()) - 3600)
    response = http.post("/hmac", content=body, headers=signed(stale, body))
    assert response.status_code == 401 and "replay window" in response.json()["error"]


@pytest.mark.parametrize("body", [b'{"message": {', b"[]", b"{}", b"\xff", b"NaN", b"[" * 100_000 + b"]" * 100_000])
def test_malformed_body_is_400(http: httpx.Client, body: bytes) -> None:
    response = http.post("/bearer", content=body, headers=AUTH)
    assert response.status_code == 400 and response.json()["error"].startswith("not a server message")


def test_an_announced_oversized_body_is_413_unread(http: httpx.Client) -> None:
    response = http.post("/bearer", content=b" " * (MAX_BODY_BYTES + 1), headers=AUTH)
    assert response.status_code == 413
    assert http.post("/bearer", content=body_of(example("hang")), headers=AUTH).status_code == 200


def test_a_chunked_oversized_body_is_413(http: httpx.Client) -> None:
    chunks = (b" " * 65536 for _ in range(MAX_BODY_BYTES // 65536 + 2))  # no Content-Length: chunked
    assert http.post("/bearer", content=chunks, headers=AUTH).status_code == 413


def raw_request(server: ServerProcess, path: str, announced: int, sent: bytes) -> bytes:
    """Announce `announced` body bytes, send fewer, and read what the server answers."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=15) as sock:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {announced}\r\n\r\n"
        )
        sock.sendall(head.encode() + sent)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                break
            received += chunk
        return received


def test_a_body_slower_than_the_timeout_is_408_and_frees_the_worker(server: ServerProcess, http: httpx.Client) -> None:
    answer = raw_request(server, "/bearer", announced=1000, sent=b'{"message": ')
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert raw_request(server, "/fastapi", announced=1000, sent=b"{").startswith(b"HTTP/1.1 408")
    assert http.post("/bearer", content=body_of(example("hang")), headers=AUTH).status_code == 200


def test_fastapi_dependency(http: httpx.Client) -> None:
    response = http.post("/fastapi", content=body_of(example("status-update")), headers=AUTH)
    assert (response.status_code, response.json()) == (200, {"type": "status-update"})
    refused = http.post("/fastapi", content=body_of(example("status-update")), headers={"authorization": "Bearer x"})
    assert refused.status_code == 401
    assert refused.json() == {"detail": "authorization header does not match the expected secret"}
    assert http.post("/fastapi", content=b" " * (MAX_BODY_BYTES + 1), headers=AUTH).status_code == 413


def test_only_post(http: httpx.Client) -> None:
    assert http.get("/bearer", headers=AUTH).status_code == 405


def test_secrets_never_reach_the_server_output(server: ServerProcess, http: httpx.Client) -> None:
    http.post("/bearer", content=body_of(example("hang")), headers={"authorization": "Bearer guess-0f3c"})
    output = server.output()
    assert TOKEN not in output and HMAC_KEY not in output and "guess-0f3c" not in output


def test_importing_the_package_does_not_import_starlette() -> None:
    code = "import sys, vapi_client, vapi_client.webhooks; print('starlette' in sys.modules, 'anyio' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == ["False", "False"]


def test_configuration_errors_fail_at_start_up() -> None:
    from vapi_client.asgi import VapiWebhook

    with pytest.raises(ValueError, match="positive"):
        VapiWebhook(plan={"type": "bearer", "token": TOKEN}, max_body_bytes=0)
    with pytest.raises(ValueError, match="OAuth2"):
        VapiWebhook(plan={"type": "oauth2", "url": "https://x", "clientId": "a", "clientSecret": "b"})
    with pytest.raises(ValueError, match="empty"):
        VapiWebhook(plan={"type": "hmac", "secretKey": " ", "algorithm": "sha256"})
