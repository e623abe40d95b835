"""`download` and `list --all` show progress on stderr at a terminal, and nothing extra when piped or --quiet."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from vapi_client._cli import _output

from tests.cli.conftest import API_KEY, CALL, RunCli

CALL_ID = CALL["id"]
ARTIFACT = "x" * 200_000
ERASE_LINE = "\r\x1b[K"


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def _script_download(faults: Any) -> None:
    artifact = {"status": 200, "body": ARTIFACT, "content_type": "audio/wav"}
    faults.script([rule("GET", f"/call/{CALL_ID}/mono-recording", artifact)])


def _script_two_calls(faults: Any) -> None:
    second = {**CALL, "id": "second-call", "createdAt": "2000-01-01T00:00:00.000Z"}
    faults.script([rule("GET", "/call", {"status": 200, "json": [CALL, second]}, {"status": 200, "json": []})])


def run_on_terminal(*args: str, base_url: str, cwd: Path) -> tuple[int, str, str]:
    """`vapi-calls` with stderr on a pseudo-terminal and stdout in a file: (exit code, stdout, stderr)."""
    env = {**os.environ, "VAPI_BASE_URL": base_url, "VAPI_API_KEY": API_KEY}
    terminal, stderr_end = pty.openpty()
    out = cwd / "stdout"
    with out.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "vapi_client", *args], stdout=stdout, stderr=stderr_end, env=env, cwd=cwd
        )
    os.close(stderr_end)  # the child holds the only other end: reading hits EIO once it exits
    seen = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if select.select([terminal], [], [], 1)[0]:
                try:
                    chunk = os.read(terminal, 65536)
                except OSError:  # EIO: the child has exited
                    break
                if not chunk:
                    break
                seen += chunk
        code = process.wait(timeout=10)
    finally:
        os.close(terminal)
        if process.poll() is None:
            process.kill()
    return code, out.read_text(), seen.decode()


# --- at a terminal -------------------------------------------------------------------------


def test_download_shows_bytes_of_the_total_then_erases_the_line(faults: Any, tmp_path: Path) -> None:
    _script_download(faults)
    argv = ["download", CALL_ID, "--kind", "mono-recording", "-o", "call.wav"]
    code, out, err = run_on_terminal(*argv, base_url=faults.url, cwd=tmp_path)
    assert code == 0, err
    assert re.search(r"bytes so far: [0-9,]+ of 200,000", err), repr(err)
    assert err.endswith(ERASE_LINE)  # the result is not printed over a progress line
    assert out == "200000 bytes written to call.wav\n"
    assert (tmp_path / "call.wav").read_text() == ARTIFACT


def test_list_all_shows_calls_so_far(faults: Any, tmp_path: Path) -> None:
    _script_two_calls(faults)
    code, out, err = run_on_terminal("list", "--all", base_url=faults.url, cwd=tmp_path)
    assert code == 0, err
    assert "calls so far: 1" in err and "calls so far: 2" in err, repr(err)
    assert err.endswith(ERASE_LINE)
    assert "calls so far" not in out and len(out.splitlines()) == 3  # heading and two rows


@pytest.mark.parametrize(
    ("script", "argv"),
    [
        (_script_download, ["download", CALL_ID, "--kind", "mono-recording", "-o", "call.wav", "--quiet"]),
        (_script_two_calls, ["list", "--all", "-q"]),
    ],
)
def test_quiet_shows_no_progress(faults: Any, tmp_path: Path, script: Any, argv: list[str]) -> None:
    script(faults)
    code, _, err = run_on_terminal(*argv, base_url=faults.url, cwd=tmp_path)
    assert code == 0, err
    assert err == ""


# --- piped ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "argv"),
    [
        (_script_download, ["download", CALL_ID, "--kind", "mono-recording", "-o", "call.wav"]),
        (_script_two_calls, ["list", "--all"]),
        (_script_two_calls, ["list", "--all", "--json"]),
    ],
)
def test_nothing_extra_when_stderr_is_not_a_terminal(
    faults: Any, run_cli: RunCli, script: Any, argv: list[str]
) -> None:
    script(faults)
    result = run_cli(*argv, base_url=faults.url)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


# --- the line itself -----------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_text_is_terminal_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _output.Progress(quiet=False) as progress:
        progress.show("calls so far: 1\x1b]0;title\x07\x1b[2J\u202e\x85")
    written = terminal.getvalue()
    assert written == ERASE_LINE + "calls so far: 1??" + ERASE_LINE


def test_progress_is_redrawn_at_most_ten_times_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = _output.Progress(quiet=False)
    for written in range(1000):  # one call per chunk of a fast download
        progress.show(_output.bytes_so_far(written, 1000))
    assert terminal.getvalue().count(ERASE_LINE) < 10  # not once per chunk
