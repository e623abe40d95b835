"""`vapi-calls` end to end: a real subprocess against Prism mocking openapi.yaml.

Prism validates each request against the spec (`--errors`) and answers with the spec's
first example, so a 2xx here means the CLI sent a valid request, and `--json` must print
exactly that example with its secrets redacted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vapi_client._redaction import redact

from tests._servers.processes import ServerProcess
from tests.cli.conftest import SEED_REQUEST, RunCli, assert_no_secrets, response_example

pytestmark = pytest.mark.prism

CREATED = response_example("/call/phone", "post", "201")
FETCHED = response_example("/call/{id}", "get", "200")
LISTED = response_example("/call", "get", "200")
CALL_ID = "923a7369-94e3-4f91-9a61-dbe22e44158b"
FLAGS = ("--assistant-id", "asst-1", "--phone-number-id", "pn-1", "--customer-number", "+14155550123")

COMMANDS = {
    "create": (
        ["create", "--assistant-id", "asst-1", "--phone-number-id", "pn-1", "--customer", "+14155550123"],
        response_example("/call", "post", "201"),
    ),
    "create-phone-call": (["create-phone-call", *FLAGS], CREATED),
    "get": (["get", CALL_ID], FETCHED),
    "list": (
        ["list", "--limit", "2", "--assistant-id", "asst-1", "--created-after", "2024-05-01T00:00:00Z"]
        + ["--created-before", "2024-06-01T00:00:00+02:00"],
        LISTED,
    ),
    "update": (
        ["update", CALL_ID, "--name", "booked"],
        response_example("/call/{id}", "patch", "200"),
    ),
    "delete": (["delete", CALL_ID], response_example("/call/{id}", "delete", "200")),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_json_output_is_the_response_redacted(prism: ServerProcess, run_cli: RunCli, command: str) -> None:
    args, expected = COMMANDS[command]
    result = run_cli(*args, "--json", base_url=prism.url)
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == redact(expected)
    assert_no_secrets(result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_table_output_summarises_the_call(prism: ServerProcess, run_cli: RunCli, command: str) -> None:
    args, expected = COMMANDS[command]
    result = run_cli(*args, base_url=prism.url)
    assert (result.returncode, result.stderr) == (0, "")
    calls = expected if isinstance(expected, list) else [expected]
    lines = result.stdout.splitlines()
    if isinstance(expected, list):
        assert lines[0].split() == ["ID", "TYPE", "STATUS", "ENDED", "REASON", "CUSTOMER", "CREATED", "AT"]
        assert len(lines) == 1 + len(calls)  # one row per call
    for call, text in zip(calls, lines[1:] if isinstance(expected, list) else [result.stdout]):
        for value in (call["id"], call["type"], call["status"], call["customer"]["number"], call["createdAt"]):
            assert value in text
    assert_no_secrets(result.stdout)


def test_body_from_stdin_with_flags_merged_over_it(prism: ServerProcess, run_cli: RunCli) -> None:
    # The seed request carries twilioAuthToken, serverUrlSecret and secret values of its own.
    result = run_cli(
        "create-phone-call", "--body", "-", "--customer-name", "Ann", "--json",
        base_url=prism.url, stdin=json.dumps(SEED_REQUEST),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The seed-era request has fields today's API renamed (serverUrl -> server): each is sent as given,
    # with a warning naming the likely replacement.
    assert all(line.startswith("vapi-calls: warning: ") for line in result.stderr.splitlines())
    assert json.loads(result.stdout)["id"] == CREATED["id"]
    assert_no_secrets(result.stdout, result.stderr)


def test_body_from_a_file(prism: ServerProcess, run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "call.json").write_text(json.dumps(SEED_REQUEST), encoding="utf-8")
    result = run_cli("create-phone-call", "--body", "call.json", base_url=prism.url)
    assert result.returncode == 0, result.stderr
    # The seed-era request has fields today's API renamed (serverUrl -> server): each is sent as given,
    # with a warning naming the likely replacement.
    assert all(line.startswith("vapi-calls: warning: ") for line in result.stderr.splitlines())
    assert CREATED["id"] in result.stdout
    assert_no_secrets(result.stdout)
