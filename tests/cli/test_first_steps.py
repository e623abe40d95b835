"""README's "First steps", end to end against Prism serving the mock view, as a new user runs them.

The commands and the Python block are read from README.md, so the test follows the README: every shell
line of the section is either run (`export`, `vapi-calls`) or is one of the two set-up lines this test
stands in for (`nox -s mock` is the `prism` fixture, `pip install -e .` the package on PYTHONPATH).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests._servers.processes import ServerProcess
from tests.cli.conftest import response_example

pytestmark = pytest.mark.prism

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SET_UP = (["nox", "-s", "mock"], ["pip", "install", "-e", "."])
MOCK_URL = "http://127.0.0.1:4010"  # what `nox -s mock` serves and the README exports


def _section() -> str:
    match = re.search(r"^## First steps.*?(?=^##+ )", README, flags=re.M | re.S)  # to its first subsection
    assert match, "README.md has no '## First steps' section"
    return match.group(0)


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", _section(), flags=re.M | re.S)


def _commands() -> list[list[str]]:
    [block] = _blocks("sh")
    return [words for line in block.splitlines() if (words := shlex.split(line, comments=True))]


def _env(prism: ServerProcess) -> dict[str, str]:
    env = dict(os.environ)  # already without VAPI_* and proxies (tests/conftest.py)
    for words in _commands():
        if words[0] == "export":
            env.update(word.split("=", 1) for word in words[1:])
    assert env["VAPI_BASE_URL"] == MOCK_URL
    env["VAPI_BASE_URL"] = prism.url  # the fixture's port, not 4010: tests may run side by side
    return env


def test_the_section_is_what_this_test_runs() -> None:
    commands = _commands()
    assert [words for words in commands if words[0] not in ("export", "vapi-calls")] == list(SET_UP)
    assert sum(words[0] == "vapi-calls" for words in commands) >= 5
    assert len(_blocks("python")) == 1
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert 'else "4010"' in noxfile  # `nox -s mock` serves the port the README exports


def test_every_command_runs_against_the_mock(prism: ServerProcess, tmp_path: Path) -> None:
    env = _env(prism)
    outputs = []
    for words in _commands():
        if words[0] != "vapi-calls":
            continue
        result = subprocess.run(
            [sys.executable, "-m", "vapi_client", *words[1:]],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False,
        )  # fmt: skip
        assert (result.returncode, result.stderr) == (0, ""), shlex.join(words)
        outputs.append(result.stdout)
    created, batch, listed, fetched, downloaded = outputs
    assert response_example("/call", "post", "201")["id"] in created
    assert batch.startswith("batch: 2 calls created, 0 failed")
    assert len(listed.splitlines()) == 1 + len(response_example("/call", "get", "200"))
    assert json.loads(fetched) == json.loads(json.dumps(response_example("/call/{id}", "get", "200")))
    written = tmp_path / "call.wav"
    assert downloaded.startswith(f"{written.stat().st_size} bytes written to call.wav")


def test_the_python_block_runs_against_the_mock(prism: ServerProcess, tmp_path: Path) -> None:
    [block] = _blocks("python")
    result = subprocess.run(
        [sys.executable, "-c", block], capture_output=True, text=True, env=_env(prism), cwd=tmp_path, timeout=120
    )
    assert (result.returncode, result.stderr) == (0, "")
    call, batch, raw, *listed = result.stdout.splitlines()
    assert call.split()[0] == response_example("/call", "post", "201")["id"]
    assert batch == "2 []"  # len(batch.results), batch.errors of the spec's batch example
    assert raw.split() == ["200", response_example("/call/{id}", "get", "200")["status"]]  # with_raw_response.get
    assert len(listed) == len(response_example("/call", "get", "200"))  # one line per listed call
    assert (tmp_path / "call.wav").exists()
