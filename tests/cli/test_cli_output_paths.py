"""Every `vapi-calls` output path: valid JSON with --json, terminal-safe always; creates reconcile with --json."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from vapi_client._cli import main

from tests.cli.conftest import CALL, RunCli

CALL_ID = CALL["id"]
UseApi = Callable[[str], None]
#: What a terminal acts on that JSON does not escape by itself: C1 CSI, bidi override, isolate.
HOSTILE = "Ann\x9b2J\u202eevil\u2066\x85"


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def assert_terminal_safe(text: str) -> None:
    for char in "\x1b\x9b\u202e\u2066\x85":
        assert char not in text


# --- creates reconcile with --json, and only creates take --reconcile-window -----------------


def _created(request_id: str) -> dict[str, Any]:
    # The call the lost create made: what was sent, the request id, created just now.
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {
        **CALL,
        "assistantId": "asst-1",
        "customer": {"number": "+14155550123"},
        "createdAt": now,
        "assistantOverrides": {"metadata": {"vapiClientRequestId": request_id}},
    }


def test_json_create_finds_the_call_after_a_lost_response(faults: Any, run_cli: RunCli, tmp_path: Path) -> None:
    body = tmp_path / "call.json"
    body.write_text(json.dumps({"assistantOverrides": {"metadata": {"vapiClientRequestId": "rid-json-1"}}}))
    faults.script(
        [
            rule("POST", "/call", {"close": "after_body"}),
            rule("GET", "/call", {"status": 200, "json": [{**CALL, "id": "someone-else"}, _created("rid-json-1")]}),
        ]
    )
    argv = ["--json", "create", "--body", str(body), "--assistant-id", "asst-1", "--customer", "+14155550123"]
    result = run_cli(*argv, base_url=faults.url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == CALL_ID
    assert "found the call(s) it created by request id rid-json-1" in result.stderr
    assert [r["method"] for r in faults.requests()] == ["POST", "GET"]


def test_json_create_honours_the_reconcile_window(faults: Any, run_cli: RunCli) -> None:
    faults.script(
        [
            rule("POST", "/call", {"status": 502, "json": {"message": "Bad gateway"}}),
            rule("GET", "/call", {"status": 200, "json": []}),
        ]
    )
    argv = ["create", "--json", "--assistant-id", "asst-1", "--customer", "+14155550123", "--reconcile-window", "0"]
    result = run_cli(*argv, base_url=faults.url)
    assert result.returncode == 4
    assert "looked 1 time(s) for request id" in result.stderr
    assert [r["method"] for r in faults.requests()] == ["POST", "GET"]


@pytest.mark.parametrize(
    "argv",
    [
        ["get", CALL_ID, "--reconcile-window", "5"],
        ["list", "--all", "--reconcile-window", "5"],
        ["delete", CALL_ID, "--yes", "--reconcile-window", "5"],
    ],
)
def test_reconcile_window_is_refused_where_nothing_is_created(argv: list[str], capsys: Any) -> None:
    assert main(argv) == 2
    assert "--reconcile-window" in capsys.readouterr().err


def test_reconcile_window_is_in_the_help_of_creating_commands_only(capsys: Any) -> None:
    for command, shown in [("create", True), ("create-phone-call", True), ("get", False), ("list", False)]:
        assert main([command, "--help"]) == 0
        assert ("--reconcile-window" in capsys.readouterr().out) is shown


# --- download ------------------------------------------------------------------------------


def _artifact(faults: Any) -> None:
    faults.script(
        [rule("GET", f"/call/{CALL_ID}/mono-recording", {"status": 200, "body": "RIFF", "content_type": "a"})]
    )


def test_json_download_prints_json(faults: Any, api_env: UseApi, tmp_path: Path, capsys: Any) -> None:
    api_env(faults.url)
    _artifact(faults)
    target = tmp_path / "rec\x1b[2J.wav"
    assert main(["--json", "download", CALL_ID, "--kind", "mono-recording", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == {"bytes": 4, "output": str(target)}
    assert_terminal_safe(out)
    _artifact(faults)
    assert main(["download", CALL_ID, "--kind", "mono-recording", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "4 bytes written to " in out and "\x1b" not in out


def test_download_to_stdout_writes_only_the_artifact(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    _artifact(faults)
    assert main(["download", CALL_ID, "--kind", "mono-recording", "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "RIFF"  # no count appended to the recording
    assert "4 bytes written to stdout" in captured.err


# --- every JSON output is JSON and terminal-safe ---------------------------------------------


def test_list_all_json_is_one_valid_terminal_safe_document(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    hostile = {**CALL, "customer": {"number": "+14155550123", "name": HOSTILE}}
    faults.script([rule("GET", "/call", {"status": 200, "json": [hostile]}, {"status": 200, "json": []})])
    assert main(["list", "--all", "--json"]) == 0
    out = capsys.readouterr().out
    assert_terminal_safe(out)
    assert json.loads(out)[0]["customer"]["name"] == HOSTILE  # escaped, not altered


@pytest.mark.parametrize("argv", [["--json", "get", CALL_ID], ["--json", "list"], ["get", CALL_ID]])
def test_server_text_never_drives_the_terminal(argv: list[str], faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    hostile = {**CALL, "customer": {"number": "+14155550123", "name": HOSTILE}}
    faults.script([rule("GET", "/call*", {"status": 200, "json": [hostile] if "list" in argv else hostile})])
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert_terminal_safe(out)
    if "--json" in argv:
        json.loads(out)


@pytest.mark.parametrize("body", ["<html>oops</html>", '{"id": "c1", "cost": NaN}', '{"id": "c1", "cost": 1e400}'])
def test_json_get_of_a_body_that_is_not_json_prints_no_json_lookalike(
    body: str, faults: Any, api_env: UseApi, capsys: Any
) -> None:
    api_env(faults.url)
    faults.script([rule("GET", f"/call/{CALL_ID}", {"status": 200, "body": body, "content_type": "application/json"})])
    assert main(["--json", "get", CALL_ID]) == 4
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
