"""`vapi-calls` failures: one line on stderr and a distinct exit code, mostly from a real subprocess.

API answers are scripted on the fault server (tests/_servers/fault_server.py).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from vapi_client._cli import main

from tests.cli.conftest import API_KEY, CALL, RunCli, assert_no_secrets, assert_one_error_line

CALL_ID = CALL["id"]
CREATE = ("create-phone-call", "--assistant-id", "asst-1", "--phone-number-id", "pn-1", "--customer-number", "+1415")


UseApi = Callable[[str], None]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def error(status: int, message: str | list[str]) -> dict[str, Any]:
    return {"status": status, "json": {"message": message, "error": "Error", "statusCode": status}}


# --- API 4xx: exit 3 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "message"),
    [(404, "Call not found"), (401, "Invalid Key. Hot tip, you may be using the private key"), (400, ["a", "b"])],
)
def test_client_errors_exit_3_with_status_and_messages(
    faults: Any, run_cli: RunCli, status: int, message: str | list[str]
) -> None:
    faults.script([rule("GET", f"/call/{CALL_ID}", error(status, message))])
    result = run_cli("get", CALL_ID, base_url=faults.url)
    assert result.returncode == 3
    assert result.stdout == ""
    line = assert_one_error_line(result.stderr)
    assert f"-> {status}" in line
    for text in [message] if isinstance(message, str) else message:
        assert text in line
    assert_no_secrets(result.stderr)


# --- server 5xx, network, timeout: exit 4 -------------------------------------------------


def test_server_error_exits_4_after_the_client_s_retries(faults: Any, run_cli: RunCli) -> None:
    faults.script([rule("GET", "/call", error(500, "Internal server error"))])
    result = run_cli("list", base_url=faults.url)
    assert result.returncode == 4
    assert "-> 500" in assert_one_error_line(result.stderr)
    assert len(faults.requests()) == 3  # the library retried twice (GET is idempotent)


def test_create_with_a_5xx_is_not_retried_and_says_how_to_check(faults: Any, run_cli: RunCli) -> None:
    faults.script(
        [rule("POST", "/call/phone", error(502, "Bad gateway")), rule("GET", "/call", {"status": 200, "json": []})]
    )
    result = run_cli(*CREATE, "--reconcile-window", "0", base_url=faults.url)
    assert result.returncode == 4
    line = assert_one_error_line(result.stderr)
    assert "may or may not have been placed" in line
    assert "looked 1 time(s) for request id" in line and "0 calls examined" in line
    assert "vapi-calls list --created-after " in line
    assert [r["method"] for r in faults.requests()] == ["POST", "GET"]


def test_create_timeout_is_uncertain_and_the_advice_is_a_runnable_command(faults: Any, run_cli: RunCli) -> None:
    faults.script([rule("POST", "/call/phone", {"stall": 5.0}), rule("GET", "/call", {"status": 200, "json": []})])
    result = run_cli(*CREATE, "--timeout", "0.3", "--reconcile-window", "0", base_url=faults.url)
    assert result.returncode == 4
    line = assert_one_error_line(result.stderr)
    assert "timed out" in line
    since = line.split("--created-after ")[1].split()[0]
    faults.script([rule("GET", "/call", {"status": 200, "json": [CALL]})])
    check = run_cli("list", "--created-after", since, base_url=faults.url)
    assert check.returncode == 0, check.stderr
    [request] = faults.requests()
    assert "createdAtGt=" in request["query"]


def test_create_confirmed_after_a_lost_response_says_so_and_exits_0(
    faults: Any, run_cli: RunCli, tmp_path: Any
) -> None:
    body = tmp_path / "call.json"
    body.write_text(json.dumps({"assistantOverrides": {"metadata": {"vapiClientRequestId": "rid-cli-1"}}}))
    # The call the create made: its id, what was sent, and a createdAt inside the window around the request.
    now = datetime.now(UTC).isoformat()
    created = {
        **CALL,
        "createdAt": now,
        "assistantId": "asst-1",
        "customer": {"number": "+14155550123"},
        "assistantOverrides": {"metadata": {"vapiClientRequestId": "rid-cli-1"}},
    }
    other = {**CALL, "id": "someone-else"}
    faults.script(
        [
            rule("POST", "/call", {"close": "after_body"}),
            rule("GET", "/call", {"status": 200, "json": [other, created]}),
        ]
    )
    result = run_cli(
        "create", "--body", str(body), "--assistant-id", "asst-1", "--customer", "+14155550123", base_url=faults.url
    )
    assert result.returncode == 0, result.stderr
    assert (
        "note: POST /call: the response was lost; found the call(s) it created by request id rid-cli-1" in result.stderr
    )
    assert CALL["id"] in result.stdout
    assert [r["method"] for r in faults.requests()] == ["POST", "GET"]


def test_connection_refused_exits_4(run_cli: RunCli, closed_port_url: str) -> None:
    result = run_cli("get", CALL_ID, base_url=closed_port_url)
    assert result.returncode == 4
    assert "ConnectError" in assert_one_error_line(result.stderr)


def test_a_success_body_that_is_not_json_exits_4(faults: Any, run_cli: RunCli) -> None:
    faults.script(
        [rule("GET", f"/call/{CALL_ID}", {"status": 200, "body": "<html>oops</html>", "content_type": "text/html"})]
    )
    result = run_cli("get", CALL_ID, base_url=faults.url)
    assert result.returncode == 4
    assert_one_error_line(result.stderr)


# --- usage: exit 2, nothing sent -----------------------------------------------------------

USAGE_ERRORS = {
    "no command": ([], "required: COMMAND"),
    "unknown command": (["call-everyone"], "invalid choice"),
    "missing id": (["get"], "get: the following arguments are required: ID"),
    "unknown flag": (["list", "--colour"], "unrecognized arguments: --colour"),
    "bad limit": (["list", "--limit", "lots"], "--limit"),
    "bad date": (["list", "--created-after", "yesterday"], "not an ISO 8601 date-time"),
    "date without timezone": (["list", "--created-before", "2024-05-01T00:00:00"], "has no timezone"),
    "bad timeout": (["get", CALL_ID, "--timeout", "-1"], "--timeout"),
    "update without a change": (["update", CALL_ID], "give --name or --body"),
    "update body not JSON": (["update", CALL_ID, "--body", "-"], "--body: invalid JSON"),
    "update body not an object": (["update", CALL_ID, "--body", "-"], "expected a JSON object, got an array"),
    "customer name without one customer": (["create", "--customer-name", "Ann"], "exactly one --customer"),
    "bad schedule": (["create", "--schedule-at", "tomorrow"], "not an ISO 8601 date-time"),
    "unknown artifact": (["download", CALL_ID, "--kind", "selfie", "-o", "x"], "invalid choice"),
    "body file missing": (["create-phone-call", "--body", "nope.json"], "cannot read nope.json"),
    "body not JSON": (["create-phone-call", "--body", "-"], "--body: invalid JSON"),
    "body fails validation": (
        ["create-phone-call", "--body", "-", "--customer-name", "Ann"],
        "customer.number: expected a string, got a number (in CreateCustomerDTO)",
    ),
    "base url not http": (["get", CALL_ID, "--base-url", "ftp://example.com"], "must start with https:// or http://"),
}
STDIN = {
    "body not JSON": '{"customer": ',
    "body fails validation": '{"customer": {"number": 14155550123}}',
    "update body not JSON": "{oops",
    "update body not an object": "[1]",
}


@pytest.mark.parametrize("case", USAGE_ERRORS)
def test_usage_errors_exit_2_with_one_line_and_send_nothing(
    faults: Any, api_env: UseApi, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    # In-process for speed; the subprocess test below covers a sample end to end.
    api_env(faults.url)
    monkeypatch.setattr("sys.stdin", io.StringIO(STDIN.get(case, "")))
    args, expected = USAGE_ERRORS[case]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in assert_one_error_line(captured.err)
    assert faults.requests() == []


@pytest.mark.parametrize("case", ["unknown flag", "update body not JSON", "body fails validation"])
def test_usage_errors_from_a_real_process(faults: Any, run_cli: RunCli, case: str) -> None:
    args, expected = USAGE_ERRORS[case]
    result = run_cli(*args, base_url=faults.url, stdin=STDIN.get(case, ""))
    assert result.returncode == 2
    assert result.stdout == ""
    assert expected in assert_one_error_line(result.stderr)
    assert faults.requests() == []


@pytest.mark.parametrize("api_key", [None, ""])
def test_missing_api_key_exits_2(faults: Any, run_cli: RunCli, api_key: str | None) -> None:
    result = run_cli("list", base_url=faults.url, api_key=api_key)
    assert result.returncode == 2
    assert "VAPI_API_KEY is not set" in assert_one_error_line(result.stderr)
    assert faults.requests() == []


def test_secrets_in_a_response_never_reach_the_terminal(faults: Any, run_cli: RunCli) -> None:
    # CALL carries twilioAuthToken, serverUrlSecret and secret values.
    faults.script([rule("GET", f"/call/{CALL_ID}", {"status": 200, "json": CALL})])
    for extra in ([], ["--json"]):
        result = run_cli("get", CALL_ID, *extra, base_url=faults.url)
        assert result.returncode == 0
        assert_no_secrets(result.stdout, result.stderr)
    assert '"twilioAuthToken": "***"' in result.stdout
    assert json.loads(result.stdout)["id"] == CALL_ID


def test_a_server_echoing_the_key_in_an_error_does_not_print_it(faults: Any, run_cli: RunCli) -> None:
    faults.script([rule("GET", f"/call/{CALL_ID}", error(401, f"Invalid key {API_KEY}"))])
    result = run_cli("get", CALL_ID, base_url=faults.url)
    assert result.returncode == 3
    assert_no_secrets(result.stderr)


# --- a status without detail still says something useful -------------------------------------------


def test_a_406_without_detail_says_what_was_asked_and_of_whom(faults: Any, run_cli: RunCli, tmp_path: Any) -> None:
    faults.script([rule("GET", f"/call/{CALL_ID}/stereo-recording", {"status": 406, "body": ""})])
    result = run_cli("download", CALL_ID, "--kind", "stereo-recording", "-o", "x.wav", base_url=faults.url)
    assert result.returncode == 3
    line = assert_one_error_line(result.stderr)
    assert "-> 406" in line
    assert "cannot answer in a media type this client accepts" in line
    assert "Accept: application/octet-stream, application/json" in line
    assert f"answered by {faults.url}" in line


@pytest.mark.parametrize(
    ("response", "expected", "code"),
    [
        ({"status": 404, "json": {"type": "x", "title": "Route not resolved", "status": 404}}, "Route not resolved", 3),
        (
            {"status": 422, "json": {"title": "Invalid", "detail": "assistantId is required"}},
            "assistantId is required",
            3,
        ),
        ({"status": 401, "body": ""}, "check VAPI_API_KEY", 3),
        ({"status": 502, "body": "upstream timed out\nmore"}, "upstream timed out", 4),
        ({"status": 418, "body": "<html><body>teapot</body></html>", "content_type": "text/html"}, "no detail", 3),
    ],
)
def test_a_status_without_a_vapi_message_says_something_useful(
    faults: Any, run_cli: RunCli, response: dict[str, Any], expected: str, code: int
) -> None:
    faults.script([rule("GET", f"/call/{CALL_ID}", response)])
    result = run_cli("get", CALL_ID, base_url=faults.url)
    assert result.returncode == code
    line = assert_one_error_line(result.stderr)
    assert expected in line
    assert "<html>" not in line


# --- -H/--header --------------------------------------------------------------------------------


def test_a_header_option_rides_on_every_request(faults: Any, run_cli: RunCli) -> None:
    faults.script([rule("GET", f"/call/{CALL_ID}", {"status": 200, "json": CALL})])
    result = run_cli("get", CALL_ID, "-H", "Prefer: example=batch", "--header", "X-Trace:t-1", base_url=faults.url)
    assert result.returncode == 0, result.stderr
    [request] = faults.requests()
    assert (request["headers"]["prefer"], request["headers"]["x-trace"]) == ("example=batch", "t-1")
    assert request["headers"]["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("header", "reason"),
    [("Authorization: Bearer x", "credential"), ("X-Api-Key: k", "credential"), ("no colon", "NAME: VALUE")],
)
def test_a_credential_or_malformed_header_is_refused(faults: Any, run_cli: RunCli, header: str, reason: str) -> None:
    faults.script([])
    result = run_cli("get", CALL_ID, "-H", header, base_url=faults.url)
    assert result.returncode == 2
    assert reason in result.stderr
    assert faults.requests() == []
