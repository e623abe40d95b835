"""`vapi-calls listen`: a real subprocess on loopback, real HTTP requests, stopped by PID."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from vapi_client._cli import _app, _listen, _output

from tests._servers.processes import ServerProcess, start_process
from tests.webhooks._spec import example

SECRET = "whsec-Listen-6b1f0d9e3a7c5e24"


def start_listen(*flags: str, secret: str | None = SECRET) -> ServerProcess:
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop(_listen.SECRET_ENV, None)
        if secret is not None:
            env[_listen.SECRET_ENV] = secret
        argv = [sys.executable, "-m", "vapi_client", "listen", "--port", "0", "--port-file", port_file]
        argv += ["--body-timeout", "0.5", *flags]
        return start_process(argv, ready=port_file, env=env, timeout=30)


@pytest.fixture(scope="module")
def listener() -> Iterator[ServerProcess]:
    process = start_listen("--assistant-id", "asst-listen")
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def json_listener() -> Iterator[ServerProcess]:
    process = start_listen("--json", "--hmac", "sha512", "--hmac-signature-prefix", "v1=")
    try:
        yield process
    finally:
        process.stop()


def post(process: ServerProcess, payload: Any, headers: dict[str, str]) -> httpx.Response:
    content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return httpx.post(f"{process.url}/hook", content=content, headers=headers, trust_env=False, timeout=10)


def wait_for(process: ServerProcess, text: str) -> str:
    for _ in range(200):  # output is flushed per line; give the child a moment
        output = process.output()
        if text in output:
            return output
        time.sleep(0.02)
    raise AssertionError(f"{text!r} not in output:\n{process.output()}")


def test_one_line_per_message_and_the_assistant_reply(listener: ServerProcess) -> None:
    status = post(listener, example("status-update"), {"x-vapi-secret": SECRET})
    assert (status.status_code, status.json()) == (200, {})
    reply = post(listener, example("assistant-request"), {"x-vapi-secret": SECRET})
    assert reply.json() == {"assistantId": "asst-listen"}
    post(listener, example("tool-calls"), {"x-vapi-secret": SECRET})
    output = wait_for(listener, "tool-calls")
    line = next(line for line in output.splitlines() if "status-update" in line)
    assert "status=" in line and "call=" in line
    assert "toolCallList[2]=getWeather,bookTable" in output


def test_server_text_cannot_drive_the_terminal(listener: ServerProcess) -> None:
    payload = example("transcript")
    payload["message"]["transcript"] = "hi\x1b[2J\x1b]0;pwned\x07\x1b[31mred\u202e\r\nnext"
    assert post(listener, payload, {"x-vapi-secret": SECRET}).status_code == 200
    output = wait_for(listener, "hired")
    assert "\x1b" not in output and "\u202e" not in output and "pwned" not in output


def test_refusals_go_to_stderr_without_secrets(listener: ServerProcess) -> None:
    response = post(listener, example("hang"), {"x-vapi-secret": "guess-5d2a"})
    assert response.status_code == 401
    output = wait_for(listener, "refused 401: x-vapi-secret header does not match")
    assert SECRET not in output and "guess-5d2a" not in output


def test_a_body_that_never_arrives_is_408(listener: ServerProcess) -> None:
    with socket.create_connection(("127.0.0.1", listener.port), timeout=30) as sock:
        head = f"POST /hook HTTP/1.1\r\nHost: x\r\nX-Vapi-Secret: {SECRET}\r\nContent-Length: 500\r\n\r\n"
        sock.sendall(head.encode() + b'{"message"')
        assert sock.recv(4096).startswith(b"HTTP/1.1 408")


def test_oversized_is_413_and_chunked_is_411(listener: ServerProcess) -> None:
    head = f"POST /hook HTTP/1.1\r\nHost: x\r\nX-Vapi-Secret: {SECRET}\r\n"
    for extra, status in [("Content-Length: 999999999\r\n", b"413"), ("Transfer-Encoding: chunked\r\n", b"411")]:
        with socket.create_connection(("127.0.0.1", listener.port), timeout=30) as sock:
            sock.sendall((head + extra + "\r\n").encode())
            assert sock.recv(4096).split(b" ")[1] == status


def test_json_lines_with_hmac_redacted(json_listener: ServerProcess) -> None:
    payload = example("end-of-call-report")
    payload["message"]["call"] = {"id": "c-1", "assistant": {"serverUrlSecret": "example-server-secret"}}
    payload["message"]["summary"] = "Caller said \x1b[2J"
    body = json.dumps(payload).encode()
    stamp = str(int(time.time()))
    signature = "v1=" + hmac.new(SECRET.encode(), stamp.encode() + b"." + body, hashlib.sha512).hexdigest()
    response = post(json_listener, body, {"x-signature": signature, "x-timestamp": stamp})
    assert response.status_code == 200, response.text
    output = wait_for(json_listener, '"end-of-call-report"')
    line = next(line for line in output.splitlines() if "end-of-call-report" in line)
    printed = json.loads(line)
    assert printed["call"]["assistant"]["serverUrlSecret"] == "***"
    assert printed["summary"] == "Caller said \x1b[2J" and "\x1b" not in line  # escaped, not raw
    assert post(json_listener, body, {"x-signature": signature + "00", "x-timestamp": stamp}).status_code == 401


@pytest.mark.parametrize(
    ("flags", "secret", "message"),
    [
        ([], None, "VAPI_SERVER_SECRET is not set"),
        ([], " \n", "VAPI_SERVER_SECRET is not set"),
        (["--hmac", "md5"], SECRET, "invalid choice: 'md5'"),
        (["--hmac", "sha256", "--hmac-secret-base64"], "not base64!", "not valid base64"),
        (["--port", "70000"], SECRET, "expected a port"),
    ],
)
def test_configuration_errors_exit_2(
    flags: list[str], secret: str | None, message: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.delenv(_listen.SECRET_ENV, raising=False)
    if secret is not None:
        monkeypatch.setenv(_listen.SECRET_ENV, secret)
    assert _app.main(["listen", *flags]) == 2
    error = capsys.readouterr().err
    assert message in error and SECRET not in error


def test_plan_file(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_file = tmp_path / "credential.json"
    plan_file.write_text(json.dumps({"provider": "webhook", "authenticationPlan": {"type": "bearer", "token": SECRET}}))
    args = _app._parser().parse_args(["listen", "--plan", str(plan_file)])
    plan = _listen._plan(args)
    assert (plan.header_name, plan.bearer_prefix_enabled) == ("Authorization", True)


def test_summary_and_terminal_safety() -> None:
    line = _listen.summary("status-update", {"type": "status-update", "call": {"id": "c1"}, "status": "ended"})
    assert line == "status-update  call=c1  status=ended"
    assert _output.terminal_safe("a\x1b[31mb\x1b]8;;http://x\x1b\\c\x07d\x9b2Je") == "abc?de"
    assert len(_listen.summary("transcript", {"transcript": "x" * 5000})) <= 400


#: Characters that reorder or break what a terminal shows (issue 25, finding 10): bidirectional marks
#: (U+061C included), overrides and isolates, zero-width and other format characters, line and paragraph separators.
REORDERING = "\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u200b\u2060\ufeff\U000e0001\u2028\u2029\x85"


@pytest.mark.parametrize("char", REORDERING, ids=lambda char: f"U+{ord(char):04X}")
def test_terminal_safe_covers_format_characters_and_separators(char: str) -> None:
    assert _output.terminal_safe(f"id{char}x") == "id?x"
    text = _output.json_text({"name": f"a{char}b"})
    assert char not in text and json.loads(text) == {"name": f"a{char}b"}
    summary = _listen.summary("status-update", {"type": "status-update", "status": f"ended{char}now"})
    assert char not in summary


def test_terminal_safe_keeps_readable_text() -> None:
    assert _output.terminal_safe("Zoë 日本 مرحبا 👋") == "Zoë 日本 مرحبا 👋"


def test_an_unsigned_timestamp_needs_an_explicit_no_replay_window(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv(_listen.SECRET_ENV, SECRET)
    assert _app.main(["listen", "--hmac", "sha256", "--hmac-no-timestamp"]) == 2
    error = capsys.readouterr().err
    assert "does not sign the timestamp" in error and "--no-replay-window" in error and "tolerance_seconds" not in error
    assert _app.main(["listen", "--hmac", "sha256", "--hmac-payload-format", "{body}", "--replay-window", "60"]) == 2


def test_no_replay_window_serves_with_a_warning() -> None:
    process = start_listen("--hmac", "sha256", "--hmac-no-timestamp", "--no-replay-window")
    try:
        body = json.dumps(example("status-update")).encode()
        signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert post(process, body, {"x-signature": signature}).status_code == 200
        assert "warning: listen: the payload format '{body}' does not sign the timestamp" in process.output()
    finally:
        process.stop()
