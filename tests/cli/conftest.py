"""Fixtures for CLI tests: run `vapi-calls` as a real subprocess, or in-process for speed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
with (ROOT / "openapi.yaml").open(encoding="utf-8") as _f:
    _SPEC = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

API_KEY = "sk-cli-test-0123456789abcdef"
_PHONE = _SPEC["paths"]["/call/phone"]["post"]
#: The spec's examples: a created call (holds twilioAuthToken, serverUrlSecret and secret values)
#: and the request that fills in every field.
CALL: dict[str, Any] = _PHONE["responses"]["201"]["content"]["application/json"]["examples"]["call"]["value"]
SEED_REQUEST: dict[str, Any] = _PHONE["requestBody"]["content"]["application/json"]["examples"]["seed"]["value"]


def response_example(path: str, method: str, status: str) -> Any:
    """The first response example of an operation: what Prism answers with."""
    examples = _SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


#: Secret values in those examples; none may ever be printed.
SECRETS = ("example-twilio-auth-token", "example-server-secret", "example-tool-secret", API_KEY)


RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    """`run_cli(*args, base_url=..., stdin=None, api_key=API_KEY)`: `python -m vapi_client` in a subprocess."""

    def run(
        *args: str, base_url: str, stdin: str | None = None, api_key: str | None = API_KEY
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)  # already without VAPI_* and proxies (tests/conftest.py)
        env["VAPI_BASE_URL"] = base_url
        if api_key is not None:
            env["VAPI_API_KEY"] = api_key
        return subprocess.run(
            [sys.executable, "-m", "vapi_client", *args],
            check=False,
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,  # relative --body paths resolve here
            timeout=60,
        )

    return run


@pytest.fixture
def api_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """`api_env(base_url)`: set VAPI_API_KEY and VAPI_BASE_URL for an in-process `main()`."""

    def use(base_url: str) -> None:
        monkeypatch.setenv("VAPI_API_KEY", API_KEY)
        monkeypatch.setenv("VAPI_BASE_URL", base_url)

    yield use


def assert_one_error_line(stderr: str) -> str:
    """stderr is exactly one `vapi-calls: error: ...` line; returns it."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("vapi-calls: error: "), stderr
    return lines[0]


def assert_no_secrets(*outputs: str) -> None:
    for output in outputs:
        for secret in SECRETS:
            assert secret not in output
