"""The change report checked against mypy (issue 24, item 4).

For consecutive steps N -> N+1 of the replay (Vapi's published snapshots), the probe of N's package (every
attribute read, every model built with every keyword, every enum member, union alias and method keyword:
`vapi_spec.probe`) is type-checked with `mypy --strict` against N+1's package. Every error must be explained
by a breaking entry of the N -> N+1 report naming the symbol the failing line uses (recall 100%), and every
breaking entry must produce at least one error (no false alarm), except the kinds a type checker cannot see:

RUNTIME_ONLY: the kinds that break only at run time, so no mypy error confirms them.
- `enum-closed`: the type is the same enum class; strict validation now refuses strings outside it.
- `operation-removed`, `parameter-removed` and `request-body-removed` of an operation the client has no
  method for, the server refusing it.

By default two pairs run (2025-12 -> 2026-03 -> 2026-08: a one-value enum widened, a shared enum split, a
union's class changed at a place); `VAPI_REPORT_PROBE=all` (`nox -s report-probe`) runs all seven.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vapi_spec import probe

from tests.spec._replay import LABELS, Step

RUNTIME_ONLY = {"enum-closed"}
SHORT = ["2025-12", "2026-03", "2026-08"]
PAIRS = list(zip(LABELS, LABELS[1:])) if os.environ.get("VAPI_REPORT_PROBE") == "all" else list(zip(SHORT, SHORT[1:]))


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_mypy_errors_on_the_probe_are_the_reports_breaking_entries(
    replay: list[Step], old: str, new: str, tmp_path: Path
) -> None:
    steps = {step.label: step for step in replay}
    before, after = steps[old], steps[new]
    if before.generation is None or after.generation is None or after.generation.returncode:
        pytest.fail(f"{old} or {new} was not generated (see the replay's tests)")
    source, tags = probe.write_probe(before.package / "vapi_client")
    path = tmp_path / "probe_surface.py"
    path.write_text(source, encoding="utf-8")
    # The probe is valid code for the release it was made from: every error against N+1 is a change.
    own = probe.mypy_errors(path, before.package, tmp_path / "cache-old")
    assert own == [], own[:20]
    errors = probe.mypy_errors(path, after.package, tmp_path / "cache-new")
    verdict = probe.judge(after.report, errors, tags, source.splitlines())
    false_alarms = [line for line in verdict.unconfirmed if not any(f"[{kind}]" in line for kind in RUNTIME_ONLY)]
    assert verdict.errors > 0  # not vacuous: each of these steps breaks something
    assert verdict.unexplained == [], f"recall {verdict.recall:.0%}:\n" + "\n".join(verdict.unexplained)
    assert false_alarms == [], "\n".join(false_alarms)
