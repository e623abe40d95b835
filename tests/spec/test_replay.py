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

from pathlib import Path
from typing import Any

from vapi_spec import names as spec_names
from vapi_spec import update as update_spec

from tests.spec._replay import (
    EXPECTED_STALE,
    LABELS,
    SEED_SPEC,
    Step,
    operation_schemas,
    operations,
    properties,
)

JSONObject = dict[str, Any]
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
