"""Paths the spec tests share. The spec pipeline itself is the installed `vapi_spec` package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"
UPSTREAM_SNAPSHOTS = ROOT / "tests" / "data" / "upstream"
