"""`vapi-calls` in-process (`main([...])`): what it sends, option handling, help and rendering."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from vapi_client._cli import _app, main
from vapi_client._cli._output import summary, table
from vapi_client._spec import SENSITIVE

from tests.cli.conftest import CALL, SEED_REQUEST, assert_one_error_line

CALL_ID = CALL["id"]
OK = {"status": 200, "json": CALL}
UseApi = Callable[[str], None]


def without_request_ids(body: dict[str, Any]) -> dict[str, Any]:
    """A create's body without the request id the client adds (see test_reconcile.py), and without
    the then empty objects; applied to both sides of a comparison."""
    body = json.loads(json.dumps(body))
    for holder in [body, *(body.get("customers") or [])]:
        overrides = holder.get("assistantOverrides")
        if not isinstance(overrides, dict):
            continue
        metadata = overrides.get("metadata")
        if isinstance(metadata, dict):
            metadata.pop("vapiClientRequestId", None)
            if not metadata:
                del overrides["metadata"]
        if not overrides:
            del holder["assistantOverrides"]
    return body


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


# --- what is sent ----------------------------------------------------------------------------


def test_flags_are_merged_over_the_body_file(
    faults: Any, api_env: UseApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api_env(faults.url)
    faults.script([rule("POST", "/call/phone", {"status": 201, "json": CALL})])
    body = tmp_path / "call.json"
    body.write_text(json.dumps(SEED_REQUEST), encoding="utf-8-sig")  # a BOM, as some editors write
    code = main(["create-phone-call", "--body", str(body), "--assistant-id", "asst-9", "--customer-name", "Ann"])
    assert code == 0, capsys.readouterr().err
    [request] = faults.requests()
    sent = without_request_ids(json.loads(request["body"]))
    assert sent["assistantId"] == "asst-9"
    # The customer object is merged, not replaced: the body's number and extension stay.
    assert sent["customer"] == {**SEED_REQUEST["customer"], "name": "Ann"}
    assert {key: value for key, value in sent.items() if key not in ("assistantId", "customer")} == {
        key: value for key, value in without_request_ids(SEED_REQUEST).items() if key not in ("assistantId", "customer")
    }


def test_flags_alone_make_the_body(faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str]) -> None:
    api_env(faults.url)
    faults.script([rule("POST", "/call/phone", {"status": 201, "json": CALL})])
    argv = ["create-phone-call", "--assistant-id", "a", "--phone-number-id", "p", "--customer-number", "+14155550123"]
    assert main(argv) == 0
    sent = without_request_ids(json.loads(faults.requests()[0]["body"]))
    assert sent == {"assistantId": "a", "phoneNumberId": "p", "customer": {"number": "+14155550123"}}
    assert "created at" in capsys.readouterr().out


def test_list_filters_become_query_parameters(faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str]) -> None:
    api_env(faults.url)
    faults.script([rule("GET", "/call", {"status": 200, "json": [CALL, CALL]})])
    argv = ["list", "--limit", "5", "--assistant-id", "asst-1"]
    argv += ["--created-after", "2024-05-01T00:00:00Z", "--created-before", "2024-05-02T12:00:00+02:00"]
    assert main(argv) == 0
    query = parse_qs(faults.requests()[0]["query"])
    assert query["limit"] == ["5"]
    assert query["assistantId"] == ["asst-1"]
    assert query["createdAtGt"] == ["2024-05-01T00:00:00Z"]
    assert query["createdAtLt"] == ["2024-05-02T12:00:00+02:00"]
    assert len(capsys.readouterr().out.splitlines()) == 3  # heading + one row per call


def test_update_sends_the_name_and_delete_the_ids(faults: Any, api_env: UseApi) -> None:
    api_env(faults.url)
    faults.script([rule("*", f"/call/{CALL_ID}", OK)])
    assert main(["update", CALL_ID, "--name", "lead 8841"]) == 0
    assert main(["delete", CALL_ID]) == 0
    assert main(["delete", CALL_ID, "other-1", "other-2"]) == 0
    patch, delete, bulk = faults.requests()
    assert (patch["method"], json.loads(patch["body"])) == ("PATCH", {"name": "lead 8841"})
    assert (delete["method"], delete["path"], json.loads(delete["body"])) == ("DELETE", f"/call/{CALL_ID}", {})
    assert json.loads(bulk["body"]) == {"ids": [CALL_ID, "other-1", "other-2"]}


def test_create_one_call_or_a_batch_with_a_schedule(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    batch = {"results": [CALL], "errors": [{"customer": {"number": "+14155550999"}, "error": "over limit"}]}
    faults.script([rule("POST", "/call", {"status": 201, "json": CALL}, {"status": 201, "json": batch})])
    assert main(["create", "--assistant-id", "a1", "--customer", "+14155550123", "--customer-name", "Ann"]) == 0
    argv = ["create", "--assistant-id", "a1", "--customer", "+14155550123", "--customer", "+14155550999"]
    assert main([*argv, "--schedule-at", "2026-09-01T09:00:00Z"]) == 0
    one, many = (without_request_ids(json.loads(r["body"])) for r in faults.requests())
    assert one == {"assistantId": "a1", "customer": {"number": "+14155550123", "name": "Ann"}}
    assert many["customers"] == [{"number": "+14155550123"}, {"number": "+14155550999"}]
    assert many["schedulePlan"] == {"earliestAt": "2026-09-01T09:00:00Z"}
    out = capsys.readouterr().out
    assert "batch: 1 calls created, 1 failed" in out and "failed +14155550999: over limit" in out


def test_list_all_prints_rows_as_pages_arrive(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    page = [{**CALL, "id": f"c{i}"} for i in range(2)]
    pages = [rule("GET", "/call", {"status": 200, "json": page}, {"status": 200, "json": page[1:]})]
    faults.script(pages)
    assert main(["list", "--all", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ID") and [line.split()[0] for line in lines[1:]] == ["c0", "c1"]
    faults.script(pages)
    assert main(["list", "--all", "--json", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert [call["id"] for call in json.loads(out)] == ["c0", "c1"]  # one JSON document, a call per line
    assert len(out.splitlines()) == 4
    faults.script([rule("GET", "/call", {"status": 200, "json": []})])
    assert main(["list", "--all", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_download_writes_the_file(faults: Any, api_env: UseApi, tmp_path: Any, capsys: Any) -> None:
    api_env(faults.url)
    faults.script(
        [rule("GET", f"/call/{CALL_ID}/mono-recording", {"status": 200, "body": "RIFF", "content_type": "a"})]
    )
    target = tmp_path / "mono.wav"
    assert main(["download", CALL_ID, "--kind", "mono-recording", "-o", str(target)]) == 0
    assert target.read_bytes() == b"RIFF"
    assert "4 bytes written" in capsys.readouterr().out


def test_json_prints_the_server_json_in_its_own_order(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    body = {"updatedAt": CALL["updatedAt"], "zeta": 1, "id": CALL_ID, "alpha": {"b": 2, "a": 1}}
    faults.script([rule("GET", f"/call/{CALL_ID}", {"status": 200, "json": body})])
    assert main(["get", CALL_ID, "--json"]) == 0
    assert list(json.loads(capsys.readouterr().out)) == ["updatedAt", "zeta", "id", "alpha"]


# --- options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["--json", "get", CALL_ID], ["get", CALL_ID, "--json"], ["--json", "--timeout", "5", "get", CALL_ID]],
)
def test_global_options_go_before_or_after_the_command(
    faults: Any, api_env: UseApi, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    api_env(faults.url)
    faults.script([rule("GET", f"/call/{CALL_ID}", OK)])
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["id"] == CALL_ID


def test_base_url_flag_wins_over_the_environment(
    faults: Any, api_env: UseApi, closed_port_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    api_env(closed_port_url)  # VAPI_BASE_URL points nowhere
    faults.script([rule("GET", f"/call/{CALL_ID}", OK)])
    assert main(["--base-url", faults.url, "get", CALL_ID]) == 0
    assert CALL_ID in capsys.readouterr().out


def test_help_documents_exit_codes_environment_and_redaction(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for expected in ("exit codes:", "  2  usage error", "  3  the API refused", "  4  server error", "VAPI_API_KEY"):
        assert expected in text
    for name in {name for names in SENSITIVE.values() for name in names}:
        assert name in text
    assert "--api-key" not in text
    for command in ("create-phone-call", "get", "list", "update", "delete"):
        assert main([command, "--help"]) == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("vapi-calls ")


def test_interrupt_exits_130_with_a_warning_for_creates(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(_app, "_run", interrupted)
    assert main(["create-phone-call", "--assistant-id", "a"]) == 130
    assert "may have been placed" in assert_one_error_line(capsys.readouterr().err)


def test_usage_error_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--limit", "1001"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "see `vapi-calls list --help`" in assert_one_error_line(captured.err)


# --- rendering -----------------------------------------------------------------------------


def test_table_of_no_calls() -> None:
    assert table([]) == "No calls."


def test_rendering_tolerates_missing_and_unexpected_values() -> None:
    odd = {"id": "c1", "status": {"weird": True}, "customer": "not an object", "createdAt": "2024-05-01T00:00:00Z"}
    [heading, row] = table([odd]).splitlines()
    assert row.split() == ["c1", "-", '{"weird":true}', "-", "-", "2024-05-01T00:00:00Z"]
    assert heading.startswith("ID  TYPE  STATUS")


def test_server_text_cannot_break_rows_or_drive_the_terminal() -> None:
    sneaky = {"id": "c1\n\x1b[2Jc2", "customer": {"number": "+1\r555", "name": "A\x07"}}
    assert len(table([sneaky]).splitlines()) == 2
    text = summary(sneaky)
    assert "\x1b" not in text and "\r" not in text and "\x07" not in text
    assert len(text.splitlines()) == 7
