"""A service can widen the selection in one file: the whole 2026-08 document (every path) builds, generates
without a generator warning, and every module of the resulting package imports."""

from __future__ import annotations

import re
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
    spec = tmp_path / "openapi.yaml"
    shutil.copyfile(ROOT / "openapi.yaml", spec)
    # The same upstream with a new selection: a rebuild, reported like an update; new names are locked.
    report = update_spec.update(spec_dir / "upstream.json", label="2026-08", strict=False, root=tmp_path)
    assert report["to"].startswith("2026-08 (rebuilt") and len(report["operations"]["added"]) > 60
    assert "## 2026-08 -> 2026-08 (rebuilt" in (spec_dir / "CHANGES.md").read_text(encoding="utf-8")
    added_names = {item["name"] for item in report["names"]["added"]}
    assert "UnknownPhoneNumberPaginatedResponseResult" in added_names and report["names"]["retired"] == []
    assert not added_names & set(report["schemas"]["added"]), "each name is reported once"
    doc = yaml.load(spec.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert len(doc["paths"]) > 60
    # Names a rule makes read well: from the schema or the resource, never `POSTPhoneNumberBody`.
    made = [name for name, schema in doc["components"]["schemas"].items() if "x-vapi-hoisted-from" in schema]
    assert not [name for name in made if re.match(r"(GET|POST|PUT|PATCH|DELETE)[A-Z]|.*\d$", name)], made
    assert {"PhoneNumber", "UpdatePhoneNumber", "AssistantModel", "WorkflowModel"} <= set(made)
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
    assert modules > 800 and operations > 100  # one module per model and enum (equal enums share one)
