"""`nox -s impact -- SERVICE [UPSTREAM]` (issue 24, item 6): a service type-checked against the package a newer
upstream makes, each failing line printed with the report entry that explains it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.spec._generator import ROOT, SPEC_DIR

SERVICE = textwrap.dedent(
    """
    from vapi_client import VapiClient
    from vapi_client.models import Call


    def ended(client: VapiClient, call_id: str) -> str:
        call: Call = client.calls.get(call_id)
        return str(call.ended_reason)


    def cost(call: Call) -> float | None:
        return call.cost if isinstance(call.cost, float) else None
    """
)


def test_impact_prints_each_failing_line_with_the_entry_that_explains_it(tmp_path: Path) -> None:
    upstream = json.loads((SPEC_DIR / "upstream.json").read_text(encoding="utf-8"))
    del upstream["components"]["schemas"]["Call"]["properties"]["endedReason"]  # a newer Vapi drops a field
    newer = tmp_path / "vapi-openapi-2099-01.json"
    newer.write_text(json.dumps(upstream), encoding="utf-8")
    service = tmp_path / "service"
    service.mkdir()
    (service / "calls.py").write_text(SERVICE, encoding="utf-8")
    committed = {path: path.read_bytes() for path in [ROOT / "openapi.yaml", *SPEC_DIR.iterdir()] if path.is_file()}
    result = subprocess.run(
        [sys.executable, "-m", "vapi_spec.impact", str(service), str(newer)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2026-08 -> 2099-01: 1 new type errors in service", result.stdout
    assert lines[1] == "service/calls.py:8: return str(call.ended_reason)"
    assert 'has no attribute "ended_reason"' in lines[2]
    assert lines[3] == "    report: Call.endedReason: property removed (was enum CallEndedReason)"
    assert {path: path.read_bytes() for path in committed} == committed  # the checkout is left as it was
