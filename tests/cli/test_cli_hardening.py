"""`vapi-calls` against hostile servers and careless input: terminal-safe, valid JSON or a clean
exit code, useful warnings before anything is sent, and a delete that asks first on a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client._cli import main
from vapi_client._json_guard import MAX_DEPTH
from vapi_client._spec import SCHEMAS

from tests.cli.conftest import API_KEY, CALL, RunCli, assert_one_error_line

CALL_ID = CALL["id"]
CREATE_SCHEMA = "CreateOutboundCallDTO"
CREATE = ("create-phone-call", "--assistant-id", "asst-1", "--phone-number-id", "pn-1")
UseApi = Callable[[str], None]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def run_in_process(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: Any = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin) if isinstance(stdin, str) else stdin)
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- what reaches the terminal ---------------------------------------------------------------

HOSTILE = "\x1b[2J\x1b]0;pwned\x07\u202eevil\x9b31m"


@pytest.mark.parametrize("status", [400, 500])
def test_escape_sequences_in_an_error_message_never_reach_the_terminal(
    faults: Any, run_cli: RunCli, status: int
) -> None:
    body = {"message": f"bad {HOSTILE} call", "error": "Error", "statusCode": status}
    faults.script([rule("GET", "/call/*", {"status": status, "json": body})])
    result = run_cli("get", CALL_ID, base_url=faults.url)
    assert result.returncode in (3, 4)
    line = assert_one_error_line(result.stderr)
    assert "bad ?evil call" in line  # escape sequences removed whole, the bidi override shown as ?
    for char in "\x1b\x07\u202e\x9b":
        assert char not in result.stderr


def test_json_output_is_never_nan_or_infinity(faults: Any, run_cli: RunCli) -> None:
    body = json.dumps(CALL)[:-1] + ', "cost": NaN}'
    faults.script([rule("GET", "/call/*", {"status": 200, "body": body, "content_type": "application/json"})])
    result = run_cli("--json", "get", CALL_ID, base_url=faults.url)
    assert result.returncode == 4
    assert result.stdout == ""
    assert "NaN or Infinity" in assert_one_error_line(result.stderr)


# --- JSON the user typed: exit 2, never a traceback ------------------------------------------


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["update", CALL_ID, "--body", "-"], '{"x": 1e400}', "1e400 is out of range"),
        (["update", CALL_ID, "--body", "-"], '{"x": NaN}', "NaN or Infinity"),
        (["update", CALL_ID, "--body", "-"], '{"x": -Infinity}', "NaN or Infinity"),
        (["create-phone-call", "--body", "-"], '{"a": ' * 600 + "1" + "}" * 600, "nested deeper"),
        (["create-phone-call", "--body", "-"], "[" * 100_000, "nested deeper"),
        (["update", CALL_ID, "--body", "-"], '{"x": ' + "1" * 5000 + "}", "invalid JSON"),
    ],
    ids=["1e400", "nan", "-infinity", "600-deep-body", "100000-brackets", "huge-integer"],
)
def test_json_the_user_typed_that_json_does_not_allow_exits_2(
    faults: Any,
    api_env: UseApi,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str,
    expected: str,
) -> None:
    api_env(faults.url)
    code, out, err = run_in_process(args, capsys, monkeypatch, stdin)
    assert code == 2
    assert out == ""
    assert expected in assert_one_error_line(err)
    assert faults.requests() == []


def test_body_from_a_closed_stdin_exits_2(faults: Any, tmp_path: Any) -> None:
    env = {**os.environ, "VAPI_API_KEY": API_KEY, "VAPI_BASE_URL": faults.url}
    result = subprocess.run(
        [sys.executable, "-m", "vapi_client", "create-phone-call", "--body", "-"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        preexec_fn=lambda: os.close(0),  # noqa: PLW1509 - the point is a child without stdin
    )
    assert result.returncode == 2, result.stderr
    assert "stdin is closed" in assert_one_error_line(result.stderr)
    assert faults.requests() == []


# --- nothing listening -----------------------------------------------------------------------


def test_connection_refused_names_the_url_and_where_it_came_from(
    api_env: UseApi, closed_port_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api_env(closed_port_url)
    code, _out, err = run_in_process(["get", CALL_ID], capsys, monkeypatch)
    assert code == 4
    line = assert_one_error_line(err)
    assert f"Could not connect to {closed_port_url} (from VAPI_BASE_URL)" in line
    assert "not placed" not in line


def test_a_create_that_could_not_connect_says_the_call_was_not_placed(
    api_env: UseApi, closed_port_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api_env("http://unused.invalid")
    code, _out, err = run_in_process(
        [*CREATE, "--customer-number", "+14155550123", "--base-url", closed_port_url], capsys, monkeypatch
    )
    assert code == 4
    line = assert_one_error_line(err)
    assert f"Could not connect to {closed_port_url} (from --base-url)" in line
    assert "the call was not placed" in line


def test_a_base_url_with_a_fragment_is_a_usage_error(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api_env(faults.url)
    code, _out, err = run_in_process(["list", "--base-url", f"{faults.url}/#x"], capsys, monkeypatch)
    assert code == 2
    assert "--base-url must not have a #fragment" in assert_one_error_line(err)


# --- warnings before sending -----------------------------------------------------------------


def a_camel_case_property(schema: str) -> str:
    return next(name for name in SCHEMAS[schema]["properties"] if name.lower() != name)


def test_a_misspelled_field_is_sent_but_warned_about_with_the_likely_name(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 201, "json": CALL})])
    api_env(faults.url)
    known = a_camel_case_property(CREATE_SCHEMA)
    typo = known.lower()  # assistantid for assistantId
    body = {typo: "x", "customer": {"numbr": "+14155550123"}}
    code, out, err = run_in_process([*CREATE, "--body", "-"], capsys, monkeypatch, json.dumps(body))
    assert code == 0, err
    assert out
    warnings = [line for line in err.splitlines() if line.startswith("vapi-calls: warning: ")]
    assert any(f"{typo!r}" in line and f"did you mean {known!r}" in line for line in warnings), err
    assert any("customer.numbr" in line and "did you mean 'number'" in line for line in warnings), err
    sent = json.loads(faults.requests()[0]["body"])
    assert sent[typo] == "x"  # unknown fields are still sent: a newer API may know them


def test_an_unrelated_unknown_field_is_sent_without_a_warning(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 201, "json": CALL})])
    api_env(faults.url)
    body = {"futureFeatureFlag": True, "customer": {"number": "+14155550123"}}
    code, _out, err = run_in_process([*CREATE, "--body", "-"], capsys, monkeypatch, json.dumps(body))
    assert code == 0
    assert err == ""


@pytest.mark.parametrize("number", ["hello", "4155550123", "+0123", "+1234567890123456"])
def test_a_customer_number_that_is_not_e164_is_warned_about(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, number: str
) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 201, "json": CALL})])
    api_env(faults.url)
    code, _out, err = run_in_process([*CREATE, "--customer-number", number], capsys, monkeypatch)
    assert code == 0
    assert f"customer.number {number!r} is not an E.164 number" in err
    assert len(faults.requests()) == 1


# --- delete asks first, on a terminal only ---------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("yes\n", True), ("n\n", False), ("\n", False)])
def test_delete_on_a_terminal_asks_first(
    faults: Any,
    api_env: UseApi,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    deleted: bool,
) -> None:
    faults.script([rule("DELETE", "/call/*", {"status": 200, "json": CALL})])
    api_env(faults.url)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _out, err = run_in_process(["delete", CALL_ID], capsys, monkeypatch, Terminal(answer))
    assert "This cannot be undone. [y/N]" in err
    assert code == (0 if deleted else 1)
    assert len(faults.requests()) == (1 if deleted else 0)
    if not deleted:
        assert "nothing was deleted" in err


def test_delete_with_yes_or_without_a_terminal_does_not_ask(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    faults.script([rule("DELETE", "/call/*", {"status": 200, "json": CALL})])
    api_env(faults.url)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _out, err = run_in_process(["delete", CALL_ID, "--yes"], capsys, monkeypatch, Terminal(""))
    assert (code, err) == (0, "")
    code, _out, err = run_in_process(["delete", CALL_ID], capsys, monkeypatch, "")  # a pipe: no question
    assert (code, err) == (0, "")
    assert len(faults.requests()) == 2


def nested_text(depth: int) -> str:
    text = "1"
    for _ in range(depth):
        text = '{"x": ' + text + "}"
    return text


def test_a_body_as_deep_as_the_client_sends_goes_through_one_level_more_does_not(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    faults.script([rule("PATCH", "/call/*", {"status": 200, "json": CALL})])
    api_env(faults.url)
    update = ["update", CALL_ID, "--body", "-"]
    code, _out, err = run_in_process(update, capsys, monkeypatch, nested_text(MAX_DEPTH))
    assert code == 0, err
    code, _out, err = run_in_process(update, capsys, monkeypatch, nested_text(MAX_DEPTH + 1))
    assert code == 2
    assert "nested deeper" in assert_one_error_line(err)
    assert len(faults.requests()) == 1
