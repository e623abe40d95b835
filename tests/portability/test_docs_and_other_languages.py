"""The spec works outside Python: Redocly lints it, renders docs from it, openapi-typescript reads it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "node_modules" / ".bin"
SPEC = ROOT / "openapi.yaml"
# Offline and quiet: no telemetry, no update check.
NODE_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "CI": "true"}


def run(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in argv], cwd=ROOT, env=NODE_ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def operation_summaries() -> list[str]:
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return [
        op["summary"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "summary" in op
    ]


def test_redocly_lint_passes() -> None:
    run(BIN / "redocly", "lint", SPEC)


def test_openapi_typescript_generates_types(tmp_path: Path) -> None:
    out = tmp_path / "vapi.d.ts"
    run(BIN / "openapi-typescript", SPEC, "-o", out)
    text = out.read_text(encoding="utf-8")
    for name in ("Call", "CreateOutboundCallDTO", "Tool", "TransferDestination"):
        assert re.search(rf"\b{name}: ", text), name
    assert "createPhoneCall" in text


def chromium() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_reference_is_self_contained_and_renders(tmp_path: Path) -> None:
    html = tmp_path / "index.html"
    run(BIN / "redocly", "build-docs", SPEC, "--inlineBundle", "-o", html)
    text = html.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']https?://", text), (
        "the reference must not load scripts from the network"
    )
    browser = chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs it)")
        pytest.skip("chromium not installed")
    dom = subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", "--dump-dom", html.as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    for summary in operation_summaries():
        assert summary.replace("'", "&#39;") in dom or summary in dom, summary
    assert "Vapi Calls API" in dom
