"""The replay's steps, built once per session and shared: `tests/spec/test_replay.py` checks them, and
`tests/spec/test_report_probe.py` type-checks each step's probe against the next step's package (see
test_replay.py for what a step is)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from vapi_spec import update as update_spec

from tests import _codegen
from tests.spec._generator import SPEC_DIR, UPSTREAM_SNAPSHOTS

JSONObject = dict[str, Any]

SNAPSHOTS = sorted(UPSTREAM_SNAPSHOTS.glob("vapi-openapi-*.json.gz"))
LABELS = [update_spec.label_for(path) for path in SNAPSHOTS]
REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SEED_SPEC = SPEC_DIR / "history" / "openapi-2024-05.yaml"  # what openapi.yaml was before the first update
# Overlay entries an older snapshot does not need: upstream declared DELETE's `id` parameter until 2025-09.
# Fixes for things upstream did not have yet: DELETE's body (2025-12) and the artifact downloads (2026-08).
EXPECTED_STALE = {
    label: ({"delete-id-parameter"} if label <= "2025-09" else set())
    | ({"artifact-download-bodies"} if label < "2026-08" else set())
    for label in LABELS
}

# Runs in the step's subprocess: import every module of the package, then round-trip the examples (stdin).
VERIFY = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    def first_difference(out, value, path="$"):
        if type(out) is not type(value):
            return f"{path}: to_dict() gave {type(out).__name__} {str(out)[:80]}, the example {type(value).__name__}"
        if isinstance(value, dict):
            for key in sorted(set(out) | set(value)):
                if key not in out or key not in value:
                    return f"{path}.{key}: only in {'the example' if key in value else 'to_dict()'}"
                found = first_difference(out[key], value[key], f"{path}.{key}")
                if found:
                    return found
        elif isinstance(value, list):
            if len(out) != len(value):
                return f"{path}: {len(out)} items, the example has {len(value)}"
            for index, (a, b) in enumerate(zip(out, value)):
                found = first_difference(a, b, f"{path}[{index}]")
                if found:
                    return found
        elif out != value:
            return f"{path}: to_dict() gave {out!r}, the example {value!r}"
        return None

    cases = json.load(sys.stdin)
    import vapi_client
    from vapi_client import models
    modules = [m.name for m in pkgutil.walk_packages(vapi_client.__path__, "vapi_client.")]
    for name in modules:
        if not name.endswith(".__main__"):
            importlib.import_module(name)
    failures = []
    for case, schema, value in cases:
        try:
            out = getattr(models, schema).from_dict(value).to_dict()
        except Exception as error:
            failures.append(f"{case} ({schema}): {type(error).__name__}: {error}")
            continue
        if out != value:
            failures.append(f"{case} ({schema}): {first_difference(out, value)}")
    result = {"file": vapi_client.__file__, "modules": len(modules), "cases": len(cases), "failures": failures}
    json.dump(result, sys.stdout)
    """
)


@dataclass(repr=False)
class Step:
    label: str
    folder: Path
    error: str | None = None  # update-spec failed
    warnings: list[str] = field(default_factory=list)
    report: JSONObject = field(default_factory=dict)
    doc: JSONObject = field(default_factory=dict)
    lock: JSONObject = field(default_factory=dict)  # spec/names.lock.json after this step
    cases: list[tuple[str, str, Any]] = field(default_factory=list)
    case_errors: list[str] = field(default_factory=list)
    generation: subprocess.CompletedProcess[str] | None = None
    verification: JSONObject | None = None
    verification_error: str | None = None

    @property
    def package(self) -> Path:
        return self.folder / "pkg"

    def __repr__(self) -> str:  # pytest prints the fixture in a failure: keep it short
        return f"<step {self.label}>"


def _generate_and_verify(step: Step) -> None:
    step.generation = _codegen.generate(
        "--spec", str(step.folder / "openapi.yaml"), "--vendor", str(step.package / "vapi_client")
    )
    if step.generation.returncode != 0:
        return
    env = {**os.environ, "PYTHONPATH": str(step.package), "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, "-c", VERIFY],
        input=json.dumps(step.cases),
        cwd=step.folder,  # not the checkout: `python -c` puts the working directory first on sys.path
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        step.verification_error = result.stderr[-3000:]
    else:
        step.verification = json.loads(result.stdout)


@pytest.fixture(scope="session")
def replay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Step]]:
    root = tmp_path_factory.mktemp("replay")
    checkout = root / "checkout"
    (checkout / "spec").mkdir(parents=True)
    for name in ("selection.yaml", "overlay.yaml", "rules.yaml"):
        shutil.copyfile(SPEC_DIR / name, checkout / "spec" / name)
    shutil.copyfile(SEED_SPEC, checkout / "openapi.yaml")
    steps: list[Step] = []
    # One generation at a time beside this process's build of the next step: two busy cores.
    with ThreadPoolExecutor(max_workers=1) as pool:
        futures = []
        for snapshot, label in zip(SNAPSHOTS, LABELS, strict=True):
            step = Step(label, root / label)
            step.folder.mkdir()
            steps.append(step)
            stderr = io.StringIO()
            try:
                with contextlib.redirect_stderr(stderr):
                    step.report = update_spec.update(snapshot, label=label, strict=False, root=checkout)
            except (Exception, SystemExit) as error:
                step.error = f"{type(error).__name__}: {error}\n{stderr.getvalue()}"
                continue
            step.warnings = [line.removeprefix("warning: ") for line in stderr.getvalue().splitlines() if line]
            shutil.copyfile(checkout / "openapi.yaml", step.folder / "openapi.yaml")
            step.doc = update_spec.load_yaml((step.folder / "openapi.yaml").read_text(encoding="utf-8"))
            step.lock = json.loads((checkout / "spec" / "names.lock.json").read_text(encoding="utf-8"))
            (step.folder / "spec").mkdir()
            shutil.copyfile(checkout / "spec" / "names.lock.json", step.folder / "spec" / "names.lock.json")
            step.cases, step.case_errors = media_examples(step.doc)
            futures.append(pool.submit(_generate_and_verify, step))
        for future in futures:
            future.result()
    (root / "CHANGES.md").write_bytes((checkout / "spec" / "CHANGES.md").read_bytes())
    yield steps
    shutil.rmtree(root, ignore_errors=True)  # eight generated packages: not worth keeping


# ---------------------------------------------------------------------------------------------------
# what the tests read from a step's spec


def operations(doc: JSONObject, *, webhooks: bool = False) -> dict[str, JSONObject]:
    """`"METHOD /path"` -> operation (and `"POST webhook name"` for the webhooks, if asked)."""
    found = {}
    for section in ("paths", "webhooks") if webhooks else ("paths",):
        for path, item in (doc.get(section) or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found[f"{method.upper()} {path if section == 'paths' else 'webhook ' + path}"] = item[method]
    return found


def ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(REF) :] if isinstance(ref, str) and ref.startswith(REF) else None


def media_examples(doc: JSONObject) -> tuple[list[tuple[str, str, Any]], list[str]]:
    """(case id, component, value) for every media-type example of the operations; an array body gives one
    case per item, a `oneOf` body the first alternative whose required properties the value has."""
    schemas = doc["components"]["schemas"]
    cases: list[tuple[str, str, Any]] = []
    errors: list[str] = []
    for name, operation in operations(doc, webhooks=True).items():
        bodies = [("request", operation.get("requestBody") or {})]
        bodies += [(str(status), response) for status, response in (operation.get("responses") or {}).items()]
        for where, body in bodies:
            for media_type, media in (body.get("content") or {}).items():
                schema = media.get("schema") or {}
                for example_name, example in (media.get("examples") or {}).items():
                    case, value = f"{name} {where} {media_type} {example_name}", example.get("value")
                    if schema.get("type") == "array" and ref_name(schema.get("items")):
                        cases += [(f"{case}[{i}]", ref_name(schema["items"]), item) for i, item in enumerate(value)]
                    elif ref_name(schema):
                        cases.append((case, ref_name(schema), value))
                    elif "oneOf" in schema and isinstance(value, dict):
                        fits = [
                            ref_name(alt)
                            for alt in schema["oneOf"]
                            if ref_name(alt) and set(schemas[ref_name(alt)].get("required", ())) <= set(value)
                        ]
                        if fits:
                            cases.append((case, fits[0], value))
                        else:
                            errors.append(f"{case}: fits no alternative of {schema}")
                    else:
                        errors.append(f"{case}: example of an unsupported schema {schema}")
    return cases, errors


def properties(doc: JSONObject, name: str) -> set[str]:
    return set((doc["components"]["schemas"].get(name) or {}).get("properties") or {})


def operation_schemas(doc: JSONObject) -> set[str]:
    """Components an operation's body or success response names directly (through arrays and unions)."""
    found: set[str] = set()
    for operation in operations(doc).values():
        bodies = [operation.get("requestBody") or {}]
        bodies += [r for status, r in (operation.get("responses") or {}).items() if str(status).startswith("2")]
        for body in bodies:
            for media in (body.get("content") or {}).values():
                schema = media.get("schema") or {}
                for node in [schema, schema.get("items"), *(schema.get("oneOf") or ())]:
                    if ref_name(node):
                        found.add(ref_name(node))  # type: ignore[arg-type]
    return found
