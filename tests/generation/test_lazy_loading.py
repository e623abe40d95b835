"""Nothing is built before it is needed: union alternatives, models and enums are imported when a
value first needs them, and trial parses (oneOf selection) never warn about misspelled fields."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

from vapi_client import MisspelledFieldWarning
from vapi_client._spec import ENUMS
from vapi_client.models import CallEndedReason, ScorecardMetric

# The hand-written half; its __init__ adds the generated half beside it.
HAND_WRITTEN = Path(__file__).resolve().parents[2] / "overrides"

_CHILD = """
import json, sys
import attr._make
built = []
_build = attr._make._ClassBuilder.build_class
def build(self):
    cls = _build(self)
    built.append(cls.__name__)
    return cls
attr._make._ClassBuilder.build_class = build
import vapi_client
vapi_client.VapiClient(api_key="x").calls
on_client_path = list(built)
from vapi_client.models import Call
call = Call.from_dict(json.loads(sys.argv[1]))
loaded = sorted(name.rsplit(".", 1)[1] for name in sys.modules if name.startswith("vapi_client.models."))
print(json.dumps({"client": on_client_path, "built": built, "modules": loaded, "issues": len(call.validation_issues)}))
"""


def _child(document: dict[str, object]) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(document)],
        env={"PYTHONPATH": str(HAND_WRITTEN), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    parsed: dict[str, list[str]] = json.loads(result.stdout)
    return parsed


def test_only_what_the_payload_uses_is_imported_and_built() -> None:
    document = {
        "id": "c1",
        "orgId": "o1",
        "createdAt": "2026-08-01T00:00:00Z",
        "updatedAt": "2026-08-01T00:00:00Z",
        "status": "ended",
        "costs": [{"type": "vapi", "subType": "normal", "minutes": 1, "cost": 0.1}],
    }
    seen = _child(document)
    assert seen["client"] == []  # no attrs class on the client-construction path
    assert seen["issues"] == 0
    # Call itself, and the one cost alternative the payload holds.
    assert seen["built"] == ["Call", "VapiCost"]
    assert "call_status" in seen["modules"]
    assert "call_ended_reason" not in seen["modules"]  # no value, no enum class
    for other in ("transport_cost", "voice_cost", "model_cost"):
        assert other not in seen["modules"]


def test_a_big_enum_is_built_from_its_table() -> None:
    values = ENUMS["CallEndedReason"]["values"]
    assert [member.value for member in CallEndedReason] == list(values)
    member = CallEndedReason(values[3])
    assert member is CallEndedReason[member.name] is getattr(CallEndedReason, member.name)
    assert member.is_known and member == values[3] and f"{member}" == values[3]
    assert not CallEndedReason("a-reason-from-a-newer-api").is_known


def _scorecard(extra: dict[str, object]) -> dict[str, object]:
    # Both conditions fit (`type: comparator` in both): selection tries them strictly.
    condition = {"type": "comparator", "comparator": "=", "value": True, "points": 5, **extra}
    return {"structuredOutputId": "so1", "conditions": [condition]}


def test_a_lenient_parse_never_warns_about_misspelled_fields() -> None:
    document = _scorecard({"Points": 1})
    with warnings.catch_warnings():
        warnings.simplefilter("error", MisspelledFieldWarning)
        metric = ScorecardMetric.from_dict(document)
    assert metric.to_dict() == document
    assert metric.validation_issues == ()


def test_a_caller_built_body_warns_once_about_a_misspelled_field() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ScorecardMetric.from_dict(_scorecard({"Points": 1}), strict=True)
    hints = [w for w in caught if issubclass(w.category, MisspelledFieldWarning)]
    assert len(hints) == 1 and "did you mean 'points'" in str(hints[0].message)
