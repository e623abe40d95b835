"""vapi_spec/update.py: the committed spec is what spec/ makes, stale fixes are named (an error in strict mode,
a warning otherwise), and an update that fails writes nothing."""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_spec import build as spec_build
from vapi_spec import overlay as spec_overlay
from vapi_spec import update as update_spec

from tests.spec._generator import ROOT, SPEC_DIR, UPSTREAM_SNAPSHOTS

BOGUS = {
    "x-name": "bogus-fix-for-a-path-upstream-never-had",
    "target": "$.paths['/call/{id}/transcript']",
    "update": {"summary": "never applied"},
}
FILES = ("openapi.yaml", "spec/upstream.json", "spec/changes.json", "spec/CHANGES.md")
SNAPSHOT_2024_09 = UPSTREAM_SNAPSHOTS / "vapi-openapi-2024-09.json.gz"
SEED_ERA_SPEC = SPEC_DIR / "history" / "openapi-2024-05.yaml"
LABEL = str(update_spec.load_yaml((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"])


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the checkout's spec/ and openapi.yaml, for `update_spec.update(..., root=...)`."""
    shutil.copytree(SPEC_DIR, tmp_path / "spec", ignore=shutil.ignore_patterns("history"))
    shutil.copyfile(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    return tmp_path


def add_overlay_action(spec_dir: Path, action: object) -> None:
    overlay = yaml.safe_load((spec_dir / "overlay.yaml").read_text(encoding="utf-8"))
    overlay["actions"].append(action)
    (spec_dir / "overlay.yaml").write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")


def digests(root: Path) -> dict[str, str]:
    return {name: hashlib.sha256((root / name).read_bytes()).hexdigest() for name in FILES}


def test_check_passes_on_the_committed_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vapi_spec.update", "--check"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "openapi.yaml is what spec/ makes" in result.stdout


def test_strict_mode_names_an_overlay_entry_that_matches_nothing(checkout: Path) -> None:
    add_overlay_action(checkout / "spec", BOGUS)
    upstream = (checkout / "spec" / "upstream.json").read_bytes()
    with pytest.raises(spec_build.StaleFixError, match=BOGUS["x-name"]):
        update_spec.make(upstream, LABEL, strict=True, spec_dir=checkout / "spec")
    # the command: a clear message naming the entry, and nothing written
    before = digests(checkout)
    with pytest.raises(SystemExit, match=f"update-spec: .*{BOGUS['x-name']}"):
        update_spec.update(checkout / "spec" / "upstream.json", label=LABEL, strict=True, root=checkout)
    assert digests(checkout) == before


def test_non_strict_mode_reports_it_as_a_warning(checkout: Path) -> None:
    add_overlay_action(checkout / "spec", BOGUS)
    upstream = (checkout / "spec" / "upstream.json").read_bytes()
    text, warnings = update_spec.make(upstream, LABEL, strict=False, spec_dir=checkout / "spec")
    assert warnings == [f"stale overlay entry (matches nothing): {BOGUS['x-name']}"]
    assert text == (ROOT / "openapi.yaml").read_text(encoding="utf-8")  # the entry changed nothing


@pytest.mark.parametrize(
    ("broken", "error"),
    [
        ({"x-name": "no-target", "update": {}}, "has no target"),
        ({"x-name": "neither", "target": "$.info"}, "has neither update nor remove"),
        ({"x-name": "clash", "target": "$.info.title", "update": {"a": 1}}, "cannot merge"),
    ],
    ids=["no-target", "no-update-or-remove", "type-clash"],
)
def test_a_malformed_overlay_leaves_every_file_untouched(checkout: Path, broken: object, error: str) -> None:
    add_overlay_action(checkout / "spec", broken)
    before = digests(checkout)
    with pytest.raises(spec_overlay.OverlayError, match=error):
        update_spec.update(SNAPSHOT_2024_09, label="2024-09", strict=False, root=checkout)
    assert digests(checkout) == before


def test_not_an_openapi_document_leaves_every_file_untouched(checkout: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "not-openapi.json"
    bogus.write_text('{"swagger": "2.0"}', encoding="utf-8")
    before = digests(checkout)
    with pytest.raises(SystemExit, match="not an OpenAPI document"):
        update_spec.update(bogus, label="bogus", strict=False, root=checkout)
    assert digests(checkout) == before


def fail_the_second_staged_write(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen, calls = update_spec.os.fdopen, []

    def failing_fdopen(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:  # the second of the staged files
            update_spec.os.close(args[0])  # as a failed open would leave it: not this test's leak
            raise OSError(28, "No space left on device")
        return real_fdopen(*args, **kwargs)

    monkeypatch.setattr(update_spec.os, "fdopen", failing_fdopen)


def test_a_failure_while_writing_leaves_every_file_untouched(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The files are staged under temporary names and renamed only when all are written."""
    fail_the_second_staged_write(monkeypatch)
    before = digests(checkout)
    with pytest.raises(OSError, match="No space left"):
        update_spec.update(SNAPSHOT_2024_09, label="2024-09", strict=False, root=checkout)
    assert digests(checkout) == before


def test_a_failure_while_writing_leaves_no_staged_file(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_the_second_staged_write(monkeypatch)
    with pytest.raises(OSError, match="No space left"):
        update_spec.update(SNAPSHOT_2024_09, label="2024-09", strict=False, root=checkout)
    leftovers = [path.name for folder in (checkout, checkout / "spec") for path in folder.iterdir()]
    assert [name for name in leftovers if name.startswith(".")] == []


def nullable(prop: str) -> dict[str, object]:
    return {
        "x-name": f"call-{prop}-nullable",
        "target": f"$.components.schemas.Call.properties.{prop}",
        "update": {"nullable": True},
    }


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_a_one_field_change_is_a_few_lines_of_changes_json(checkout: Path) -> None:
    """Each update adds its own report first; the earlier ones stay byte for byte (they were rewritten whole)."""
    path = checkout / "spec" / "changes.json"
    before = path.read_text(encoding="utf-8")
    add_overlay_action(checkout / "spec", nullable("name"))
    update_spec.update(checkout / "spec" / "upstream.json", label=LABEL, strict=True, root=checkout)
    after = path.read_text(encoding="utf-8")
    lines = changed_lines(before, after)
    assert len(lines) < 30 and all(line.startswith("+") for line in lines), "\n".join(lines[:40])
    assert [line for line in lines if '"where": "Call.name"' in line and "made-nullable" in line], lines
    older = before.split("\n", 2)[2]  # every report after `{` and `"reports": {`
    assert after.endswith(older), "earlier reports are byte-identical"
    # A second change: one more report, first; both earlier ones kept as they were.
    add_overlay_action(checkout / "spec", nullable("endedMessage"))
    update_spec.update(checkout / "spec" / "upstream.json", label=LABEL, strict=True, root=checkout)
    again = path.read_text(encoding="utf-8")
    assert len(changed_lines(after, again)) < 30 and again.endswith(after.split("\n", 2)[2])
    assert len(json.loads(again)["reports"]) == len(json.loads(before)["reports"]) + 2


def test_a_rerun_of_an_update_replaces_only_its_own_report(checkout: Path) -> None:
    """Reporting since the seed era again (after a rebuild): that report is rewritten where it stands; the
    rebuild's report, newer, keeps its place and its bytes."""
    add_overlay_action(checkout / "spec", nullable("name"))
    update_spec.update(checkout / "spec" / "upstream.json", label=LABEL, strict=True, root=checkout)
    path = checkout / "spec" / "changes.json"
    before = path.read_text(encoding="utf-8")
    update_spec.update(
        checkout / "spec" / "upstream.json", label=LABEL, strict=True, root=checkout, since=SEED_ERA_SPEC
    )
    after = path.read_text(encoding="utf-8")
    keys = list(json.loads(before)["reports"])
    assert list(json.loads(after)["reports"]) == keys and keys[0].endswith(")") and "2024-05 -> 2026-08" in keys
    newest = before[: before.index(f"    {json.dumps(keys[1])}")]
    assert after.startswith(newest), "the rebuild's report is untouched"
    assert 0 < len(changed_lines(before, after)) < 30, "only the seed-era report changed, by a few lines"
