"""Golden (a): generated/vapi_client is exactly what the pipeline produces, and the pipeline is deterministic.

The comparison is byte for byte and written here, independent of the generator's own `--check`,
so a bug in the generator's diffing cannot hide a stale package.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests import _codegen
from tests.generation._spec_data import ROOT

GENERATED = ROOT / "generated" / "vapi_client"
_SKIPPED_PARTS = {"__pycache__"}


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _SKIPPED_PARTS & set(path.relative_to(root).parts)
    }


def tree_diff(expected: Path, actual: Path) -> str:
    """A unified diff of two package trees ('' when identical, byte for byte)."""
    old, new = _files(expected), _files(actual)
    out: list[str] = []
    for name in sorted(old.keys() - new.keys()):
        out.append(f"only in {expected}: {name}\n")
    for name in sorted(new.keys() - old.keys()):
        out.append(f"only in {actual}: {name}\n")
    for name in sorted(old.keys() & new.keys()):
        if old[name] == new[name]:
            continue
        a = old[name].decode("utf-8", "replace").splitlines(keepends=True)
        b = new[name].decode("utf-8", "replace").splitlines(keepends=True)
        lines = list(difflib.unified_diff(a, b, f"generated/vapi_client/{name}", f"regenerated/vapi_client/{name}"))
        out.extend(lines or [f"{name}: bytes differ (line endings or encoding)\n"])
    return "".join(out)


def regenerate(into: Path) -> Path:
    """`python -m vapi_codegen --output INTO/vapi_client`, in the code generator's own interpreter."""
    package = into / "vapi_client"
    result = _codegen.generate("--output", str(package))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return package


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return regenerate(tmp_path_factory.mktemp("regenerated"))


def test_generated_package_is_what_the_pipeline_produces(regenerated: Path) -> None:
    diff = tree_diff(GENERATED, regenerated)
    assert not diff, f"generated/vapi_client is stale; run `nox -s generate`:\n{diff}"


def test_regenerating_twice_gives_identical_trees(regenerated: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    again = regenerate(tmp_path_factory.mktemp("regenerated-again"))
    diff = tree_diff(regenerated, again)
    assert not diff, f"two runs of the generator differ:\n{diff}"


def test_tree_diff_reports_a_changed_file(tmp_path: Path) -> None:
    # The golden test is only as good as its diff: prove it sees a one-character change.
    for side, text in (("a", "x = 1\n"), ("b", "x = 2\n")):
        (tmp_path / side).mkdir()
        (tmp_path / side / "m.py").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "extra.py").write_text("", encoding="utf-8")
    diff = tree_diff(tmp_path / "a", tmp_path / "b")
    assert "-x = 1" in diff and "+x = 2" in diff and "extra.py" in diff
