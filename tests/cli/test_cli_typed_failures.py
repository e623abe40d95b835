"""Failures the CLI once printed as a traceback (exit 1, the code of "delete not confirmed") end in one line
and their documented exit code (issue 25, findings 5 and 7)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vapi_client._cli import main

from tests.cli.conftest import assert_one_error_line

UseApi = Callable[[str], None]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def test_a_non_ascii_header_value_is_a_usage_error(faults: Any, api_env: UseApi, capsys: Any) -> None:
    api_env(faults.url)
    assert main(["-H", "X-A: é", "get", "c1"]) == 2
    line = assert_one_error_line(capsys.readouterr().err)
    assert "ASCII" in line and "Traceback" not in line
    assert faults.requests() == []


@pytest.mark.parametrize("target", ["/dev/null", "fifo"])
def test_download_onto_what_is_not_a_regular_file_is_refused_before_sending(
    faults: Any, api_env: UseApi, capsys: Any, tmp_path: Path, target: str
) -> None:
    api_env(faults.url)
    if target == "fifo":
        target = str(tmp_path / "pipe")
        os.mkfifo(target)
    assert main(["download", "c1", "--kind", "pcap", "-o", target]) == 2
    assert "regular file" in assert_one_error_line(capsys.readouterr().err)
    assert faults.requests() == []


def test_a_download_that_cannot_be_written_is_one_line(
    faults: Any, api_env: UseApi, capsys: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    api_env(faults.url)
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "pcap"})])
    assert main(["download", "c1", "--kind", "pcap", "-o", str(tmp_path / "c1.pcap")]) == 2
    assert "No space left" in assert_one_error_line(capsys.readouterr().err)
