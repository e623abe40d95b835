"""A service can widen the selection in one file: the whole 2026-08 document (every path) builds, generates
without a generator warning, and every module of the resulting package imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml  # type: ignore[import-untyped]

from tests.spec._generator import load

ROOT = Path(__file__).resolve().parents[2]
update_spec = load("update_spec")

IMPORT_ALL = """
import importlib, pkgutil, sys, vapi_client
assert vapi_client.__file__.startswith(sys.argv[1]), vapi_client.__file__
names = [m.name for m in pkgutil.walk_packages(vapi_client.__path__, "vapi_client.")]
for name in names:
    importlib.import_module(name)
from vapi_client._spec import OPERATIONS
print(len(names), len(OPERATIONS))
"""


def test_the_whole_document_builds_generates_and_imports(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    selection = yaml.safe_load((spec_dir / "selection.yaml").read_text(encoding="utf-8"))
    selection["paths"] = ["*"]  # the one edit a service makes
    (spec_dir / "selection.yaml").write_text(yaml.safe_dump(selection), encoding="utf-8")
    text, warnings = update_spec.make(
        (spec_dir / "upstream.json").read_bytes(), "whole", strict=False, spec_dir=spec_dir
    )
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    assert len(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["paths"]) > 60
    out = tmp_path / "pkg"
    generated = subprocess.run(
        [
            sys.executable,
            str(ROOT / "generator" / "generate.py"),
            "--spec",
            str(spec),
            "--output",
            str(out / "vapi_client"),
        ],
        capture_output=True,
        text=True,
    )
    assert generated.returncode == 0, generated.stdout[-3000:] + generated.stderr[-3000:]
    assert "Warning" not in generated.stdout
    imported = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(out)], capture_output=True, text=True, env={"PYTHONPATH": str(out)}
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    modules, operations = map(int, imported.stdout.split())
    assert modules > 1000 and operations > 100
