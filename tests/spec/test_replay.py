"""Replay (issue 11, point 4): Vapi's eight published snapshots, 2024-09 to 2026-08, through update-spec and
the generator, the way a maintainer would have met them.

Each step, in date order, in a temporary folder laid out like the checkout (the committed `spec/selection.yaml`,
`overlay.yaml` and `rules.yaml`; before the first step, `openapi.yaml` is the hand-kept seed-era spec of May 2024,
`spec/history/openapi-2024-05.yaml`, and there is no names lock yet: the replay names everything itself and
locks it, as a maintainer starting then would have):

1. `update_spec.update(snapshot, strict=False, root=...)`: the step's `openapi.yaml` and its change report against
   the previous step (overlay entries that older snapshots do not need yet are warnings, collected);
2. `python -m vapi_codegen --spec <step>/openapi.yaml --vendor <step>/pkg/vapi_client`: no generator warning;
3. one subprocess with `PYTHONPATH=<step>/pkg` imports every module of that package (never the installed
   vapi_client) and round-trips the step's own media-type examples: `Model.from_dict(v).to_dict() == v`.

The steps run as a pipeline: while one step generates and imports (subprocesses), this process builds the next.
"""

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
from vapi_spec import names as spec_names
from vapi_spec import update as update_spec

from tests import _codegen
from tests.spec._generator import SPEC_DIR, UPSTREAM_SNAPSHOTS

JSONObject = dict[str, Any]

SNAPSHOTS = sorted(UPSTREAM_SNAPSHOTS.glob("vapi-openapi-*.json.gz"))
LABELS = [update_spec.label_for(path) for path in SNAPSHOTS]
REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SEED_SPEC = SPEC_DIR / "history" / "openapi-2024-05.yaml"  # what openapi.yaml was before the first update
ARTIFACT_DOWNLOADS = [
    f"GET /call/{{id}}/{name}"
    for name in (
        "assistant-recording",
        "call-logs",
        "customer-recording",
        "mono-recording",
        "pcap",
        "stereo-recording",
        "video-recording",
    )
]
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


@pytest.fixture(scope="module")
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


# ---------------------------------------------------------------------------------------------------
# the replay


def test_the_snapshots_are_the_eight_published_ones_in_date_order() -> None:
    assert LABELS == ["2024-09", "2024-12", "2025-03", "2025-06", "2025-09", "2025-12", "2026-03", "2026-08"]


def test_every_step_updates_with_only_expected_warnings(replay: list[Step]) -> None:
    problems = [f"{step.label}: update-spec failed: {step.error}" for step in replay if step.error]
    for step in replay:
        stale = {w.removeprefix("stale overlay entry (matches nothing): ") for w in step.warnings}
        if stale != EXPECTED_STALE.get(step.label, set()):
            problems.append(f"{step.label}: warnings {step.warnings}")
    assert not problems, "\n".join(problems)
    assert replay[-1].warnings == []  # the committed overlay is strict-clean on the committed upstream


def test_every_step_generates_without_a_warning(replay: list[Step]) -> None:
    problems = []
    for step in replay:
        generation = step.generation
        if generation is None:
            problems.append(f"{step.label}: not generated (update-spec failed)")
        elif generation.returncode != 0 or "warning" in (generation.stdout + generation.stderr).lower():
            problems.append(f"{step.label}: generate.py exit {generation.returncode}\n{generation.stderr[-4000:]}")
    assert not problems, "\n".join(problems)


def test_every_step_imports_and_round_trips_its_own_examples(replay: list[Step]) -> None:
    problems = []
    for step in replay:
        problems += [f"{step.label}: {error}" for error in step.case_errors]
        if step.verification_error:
            problems.append(f"{step.label}: import or round trip crashed:\n{step.verification_error}")
            continue
        if step.verification is None:
            continue  # reported by the generation test
        if not Path(step.verification["file"]).is_relative_to(step.package):
            problems.append(f"{step.label}: imported {step.verification['file']}, not the step's package")
        problems += [f"{step.label}: {failure}" for failure in step.verification["failures"]]
        if step.verification["cases"] != len(step.cases) or step.verification["modules"] < 100:
            problems.append(f"{step.label}: checked {step.verification}")
    assert not problems, "\n".join(problems)
    assert all(len(step.cases) >= 10 for step in replay), [(step.label, len(step.cases)) for step in replay]


def test_reports_list_the_calls_operations_added_at_each_step(replay: list[Step]) -> None:
    added = {step.label: step.report["operations"]["added"] for step in replay}
    removed = {step.label: step.report["operations"]["removed"] for step in replay}
    deprecated = {step.label: step.report["operations"]["deprecated"] for step in replay}
    expected: dict[str, list[str]] = {label: [] for label in LABELS}
    assert added == {**expected, "2024-09": ["POST /call"], "2026-08": ARTIFACT_DOWNLOADS}
    assert removed == expected
    assert deprecated == {**expected, "2024-09": ["POST /call/phone", "POST /call/web"]}  # in favour of POST /call


def test_reports_agree_with_the_specs_they_compare(replay: list[Step]) -> None:
    """Checked against the two specs directly: operations added, removed and deprecated, and every property
    added to or removed from a schema an operation names (Call, CreateCallDTO, ...), per step."""
    problems = []
    seen_property_changes = 0
    seed = update_spec.load_yaml(SEED_SPEC.read_text(encoding="utf-8"))
    for old_label, old_doc, new in zip(["2024-05", *LABELS], [seed, *(step.doc for step in replay)], replay):
        old_ops, new_ops = operations(old_doc), operations(new.doc)
        report = new.report
        assert report["from"] == old_label and report["to"] == new.label
        expected = {
            "added": sorted(set(new_ops) - set(old_ops)),
            "removed": sorted(set(old_ops) - set(new_ops)),
        }
        for key, names in expected.items():
            if report["operations"][key] != names:
                problems.append(f"{new.label}: operations {key} {report['operations'][key]} != {names}")
        deprecated = sorted(
            name
            for name, op in new_ops.items()
            if op.get("deprecated") and not old_ops.get(name, {}).get("deprecated") and name in old_ops
        )
        if sorted(set(report["operations"]["deprecated"]) & set(old_ops)) != deprecated:
            problems.append(f"{new.label}: deprecated {report['operations']['deprecated']} != {deprecated}")
        entries = {(e["where"], e["kind"]) for e in report["breaking"] + report["changes"]}
        for schema in sorted(operation_schemas(old_doc) & operation_schemas(new.doc)):
            before, after = properties(old_doc, schema), properties(new.doc, schema)
            for kind, props in (("property-added", after - before), ("property-removed", before - after)):
                for prop in sorted(props):
                    seen_property_changes += 1
                    if (f"{schema}.{prop}", kind) not in entries:
                        problems.append(f"{new.label}: {schema}.{prop} {kind} is not in the report")
            if before != after and schema not in report["schemas"]["changed"]:
                problems.append(f"{new.label}: {schema} changed but is not in schemas.changed")
    assert not problems, "\n".join(problems)
    assert seen_property_changes >= 20  # the replay is not vacuous: Call and the DTOs grew over two years


def test_no_locked_name_changes_meaning_across_the_eight_snapshots(replay: list[Step]) -> None:
    """Issue 19: a name, once locked, denotes the same thing at every later step (the same upstream schema, the
    same place, the same operation), is never dropped from the lock (retired at most), and serves its place
    whenever it is made. Checked independently of the lock too: a name a rule made never moves to places
    disjoint from the ones it served before (`LanguageModel`: assistant models at one step, workflow models
    at the next)."""
    problems: list[str] = []
    meaning: dict[tuple[str, str], tuple[str, Any]] = {}
    served: dict[str, tuple[str, set[str]]] = {}
    previous: set[tuple[str, str]] = set()
    for step in replay:
        present = {(kind, name) for kind, names in step.lock.items() for name in names}
        problems += [f"{step.label}: {kind} {name} left the lock" for kind, name in sorted(previous - present)]
        previous = present
        schemas = step.doc["components"]["schemas"]
        for kind, names in step.lock.items():
            for name, entry in names.items():
                denoted = entry.get("schema") or entry.get("place") or entry.get("operation") or entry.get("union")
                first = meaning.setdefault((kind, name), (step.label, denoted))
                if first[1] != denoted:
                    problems.append(f"{step.label}: {kind} {name} denotes {denoted}, at {first[0]} {first[1]}")
                if "retired" in entry or "place" not in entry:
                    continue
                places = set(spec_names.hoisted_places(schemas.get(name, {})))
                if entry["place"] not in places:
                    problems.append(f"{step.label}: {name} no longer serves {entry['place']} (serves {places})")
        for name, schema in schemas.items():
            now = set(spec_names.hoisted_places(schema))
            seen = served.get(name)
            if now and seen and not seen[1] & now:
                problems.append(f"{step.label}: {name} serves {sorted(now)}, at {seen[0]} {sorted(seen[1])}")
            if now:
                served[name] = (step.label, now)
    assert not problems, "\n".join(problems)
    assert len(meaning) > 500, "the replay locks the package's names"


def test_the_changelog_has_one_section_per_step_newest_first(replay: list[Step]) -> None:
    text = (replay[-1].folder.parent / "CHANGES.md").read_text(encoding="utf-8")  # written by update-spec
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    expected = [f"## {old} -> {new}" for old, new in zip(["2024-05", *LABELS], LABELS)]
    assert headings == expected[::-1]
