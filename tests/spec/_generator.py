"""The spec tooling in generator/ (not a package), importable from tests: `update_spec = load("update_spec")`."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"
SPEC_DIR = ROOT / "spec"
UPSTREAM_SNAPSHOTS = ROOT / "tests" / "data" / "upstream"


def load(name: str) -> ModuleType:
    """generator/<name>.py, imported the way its siblings import each other (`import spec_build`)."""
    if str(GENERATOR) not in sys.path:
        sys.path.append(str(GENERATOR))  # appended: nothing in generator/ may shadow an installed module
    return importlib.import_module(name)
