"""examples/webhook_receiver.py on loopback: verify -> parse -> reply, with real payloads.

The payloads are tests/data/webhooks (one or more per message type of the spec) plus an
end-of-call report carrying the spec's full Call example.
"""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from vapi_client.models import ServerMessage

from tests._servers.processes import PROJECT_ROOT, ServerProcess
from tests._warnings import warns_renamed_fields
from tests.webhooks._spec import MESSAGE_TYPES, REPLY_SCHEMAS, SPEC, example, schema_errors
from tests.webhooks.conftest import NON_ASCII_SECRET, RECEIVER_SECRET, start_receiver

# The types the example answers; it answers {} to the others (Vapi ignores that body, or gets no answer).
ANSWERED = {"assistant-request", "tool-calls", "transfer-destination-request"}
WRONG_SECRETS = ["whsec-wrong-0000", RECEIVER_SECRET[:-1], RECEIVER_SECRET + "x", RECEIVER_SECRET.upper(), ""]


@pytest.fixture
def http(receiver: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=receiver.url, trust_env=False, timeout=10.0) as client:
        yield client


def post(
    http: httpx.Client, body: bytes | Any, secret: str | None = RECEIVER_SECRET, header: str = "x-vapi-secret"
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    headers = {"content-type": "application/json"}
    if secret is not None:
        headers[header] = secret
    return http.post("/vapi/webhook", content=content, headers=headers)


@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_every_message_type_gets_its_reply(http: httpx.Client, message_type: str) -> None:
    payload = example(message_type)
    response = post(http, payload)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    reply = response.json()
    if message_type in ANSWERED:
        assert reply and schema_errors(REPLY_SCHEMAS[message_type], reply) == []
    else:
        assert reply == {}


def test_assistant_request_reply_names_one_assistant(http: httpx.Client) -> None:
    reply = post(http, example("assistant-request")).json()
    assert list(reply) == ["assistant"]  # no VAPI_ASSISTANT_ID: a transient assistant
    assert schema_errors("CreateAssistantDTO", reply["assistant"]) == []


def test_transfer_is_refused_without_a_number(http: httpx.Client) -> None:
    reply = post(http, example("transfer-destination-request")).json()
    assert reply == {"error": "No one is available to take the call right now."}


def test_transfer_to_the_configured_number() -> None:
    with (
        start_receiver(RECEIVER_SECRET, VAPI_TRANSFER_NUMBER="+14155550199") as process,
        httpx.Client(base_url=process.url, trust_env=False) as client,
    ):
        reply = post(client, example("transfer-destination-request")).json()
    assert reply["destination"] == {"type": "number", "number": "+14155550199"}
    assert schema_errors("ServerMessageResponseTransferDestinationRequest", reply) == []


def test_tool_calls_reply_answers_every_call_by_id(http: httpx.Client) -> None:
    payload = example("tool-calls")
    reply = post(http, payload).json()
    assert reply == {
        "results": [
            {"name": "getWeather", "toolCallId": "call_8VnIbT3f2kYq", "result": "Sunny, 22 degrees Celsius in Berlin."},
            {"name": "bookTable", "toolCallId": "call_Qx41LmZp0aWd", "result": "Table booked for 2 at 19:30."},
        ]
    }
    assert [r["toolCallId"] for r in reply["results"]] == [c["id"] for c in payload["message"]["toolCallList"]]


def test_end_of_call_report_with_a_full_call(http: httpx.Client) -> None:
    payload = example("end-of-call-report")
    created = SPEC["paths"]["/call/phone"]["post"]["responses"]["201"]["content"]["application/json"]["examples"]
    payload["message"]["call"] = copy.deepcopy(created["call"]["value"])
    assert schema_errors("ServerMessageEndOfCallReport", payload["message"]) == []
    with warns_renamed_fields():  # the spec's example call still has serverUrl etc.
        ServerMessage.from_dict(payload, strict=True)
    assert post(http, payload).status_code == 200


@pytest.mark.parametrize("header", ["X-Vapi-Secret", "X-VAPI-SECRET", "x-vapi-secret"])
def test_header_name_is_case_insensitive(http: httpx.Client, header: str) -> None:
    assert post(http, example("hang"), header=header).status_code == 200


@pytest.mark.parametrize(
    "secret", [None, *WRONG_SECRETS], ids=["missing", "wrong", "prefix", "longer", "case", "empty"]
)
def test_missing_or_wrong_secret_is_401(http: httpx.Client, secret: str | None) -> None:
    response = post(http, example("tool-calls"), secret=secret)
    assert response.status_code == 401
    assert "x-vapi-secret" in response.json()["error"]


@pytest.mark.parametrize("secret", [None, "whsec-wrong-0000"], ids=["missing", "wrong"])
def test_secret_is_checked_before_the_body_is_parsed(http: httpx.Client, secret: str | None) -> None:
    # Malformed JSON would be a 400 if the body were parsed first.
    assert post(http, b'{"message": {', secret=secret).status_code == 401
    assert post(http, b"\xff\xfe not json", secret=secret).status_code == 401


@pytest.mark.parametrize(
    "body",
    [b'{"message": {', b"", b"\xff\xfe", b"[]", b'"message"', b"{}", b'{"message": []}', b"NaN"],
    ids=["truncated", "empty", "not-utf8", "array", "string", "no-message", "message-not-object", "nan"],
)
def test_malformed_body_with_the_right_secret_is_400(http: httpx.Client, body: bytes) -> None:
    response = post(http, body)
    assert response.status_code == 400
    assert response.json()["error"]


def test_unknown_message_type_is_accepted(http: httpx.Client) -> None:
    response = post(http, {"message": {"type": "call.transcoded", "call": {"id": "c1"}}})
    assert (response.status_code, response.json()) == (200, {})


def test_unexpected_values_are_kept_not_refused(http: httpx.Client) -> None:
    payload = example("status-update")
    payload["message"]["status"] = "on-hold"  # a status this version does not know
    payload["message"]["retryCount"] = 2  # a field this version does not know
    assert post(http, payload).status_code == 200


def test_a_rejected_request_does_not_poison_the_connection(http: httpx.Client) -> None:
    # The 401 leaves the body unread; the receiver closes that connection, so the next
    # request on the same client is not read from the leftover body.
    assert post(http, example("tool-calls"), secret="whsec-wrong-0000").status_code == 401
    assert post(http, example("status-update")).status_code == 200


def test_secrets_never_reach_the_receiver_output(http: httpx.Client, receiver: ServerProcess) -> None:
    for secret in [RECEIVER_SECRET, *WRONG_SECRETS[:1]]:
        response = post(http, example("end-of-call-report"), secret=secret)
        assert secret not in response.text
    output = receiver.output()
    assert "end-of-call-report" in output  # the receiver does log each message
    assert RECEIVER_SECRET not in output and WRONG_SECRETS[0] not in output


def test_a_non_ascii_secret_is_accepted() -> None:
    # http.server decodes header bytes as latin-1; the check must compare the bytes Vapi sent.
    with start_receiver(NON_ASCII_SECRET) as process, httpx.Client(base_url=process.url, trust_env=False) as client:
        body = json.dumps(example("hang")).encode()
        right = client.post("/", content=body, headers={"x-vapi-secret": NON_ASCII_SECRET.encode()})
        assert right.status_code == 200, right.text
        wrong = client.post("/", content=body, headers={"x-vapi-secret": NON_ASCII_SECRET[:-1].encode() + b"b"})
        assert wrong.status_code == 401


@pytest.mark.parametrize("secret", ["", "   ", "\n\t"])
def test_a_blank_secret_stops_the_receiver_at_start(secret: str) -> None:
    env = {**os.environ, "VAPI_SERVER_SECRET": secret}
    script = str(PROJECT_ROOT / "examples" / "webhook_receiver.py")
    result = subprocess.run(
        [sys.executable, script, "--port", "0"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2 and "set VAPI_SERVER_SECRET" in result.stderr


def test_a_body_shorter_than_announced_cannot_hold_a_thread(receiver: ServerProcess, http: httpx.Client) -> None:
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as sock:
        head = f"POST / HTTP/1.1\r\nHost: x\r\nX-Vapi-Secret: {RECEIVER_SECRET}\r\nContent-Length: 800\r\n\r\n"
        sock.sendall(head.encode() + b'{"message": {"type"')
        assert sock.recv(4096).startswith(b"HTTP/1.0 408")
    assert post(http, example("hang")).status_code == 200


def test_an_oversized_announcement_is_413_unread(receiver: ServerProcess) -> None:
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as sock:
        head = f"POST / HTTP/1.1\r\nHost: x\r\nX-Vapi-Secret: {RECEIVER_SECRET}\r\nContent-Length: 999999999\r\n\r\n"
        sock.sendall(head.encode())
        assert sock.recv(4096).startswith(b"HTTP/1.0 413")
