"""The seed page (May 2024 "create phone call" documentation) against today's spec.

Its request still posts through `create_phone_call` exactly as written, and its response still parses
without losing a byte. Every field path of the response is typed by a 2026-08 model, or else the change
report (spec/changes.json, seed era -> 2026-08) says why not: the property, or the whole seed-era schema
that had it, was removed, or its type changed. A field that is neither typed nor explained fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_client import Model, VapiClient
from vapi_client.models import Call

from tests._warnings import allow_renamed_fields, warns_renamed_fields

ROOT = Path(__file__).resolve().parents[2]
SEED_REQUEST = json.loads((ROOT / "tests" / "data" / "seed-request.json").read_text(encoding="utf-8"))
SEED_RESPONSE = json.loads((ROOT / "tests" / "data" / "seed-response.json").read_text(encoding="utf-8"))
SEED_ERA = "2024-05 -> 2026-08"  # the report's key in changes.json, as its heading in CHANGES.md
REPORT = json.loads((ROOT / "spec" / "changes.json").read_text(encoding="utf-8"))["reports"][SEED_ERA]
SEED_SPEC = yaml.load(
    (ROOT / "spec" / "history" / "openapi-2024-05.yaml").read_text(encoding="utf-8"),
    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
)


def test_the_report_is_the_seed_era_to_2026_08_one() -> None:
    assert (REPORT["from"], REPORT["to"]) == ("2024-05", "2026-08")


def test_the_seed_request_posts_through_create_phone_call(faults: Any) -> None:
    """As written, the seed request is refused before anything is sent, at a field the change report lists
    (strict validation: a 2024 body does not match 2026-08). Migrated to today's shapes
    (tests/data/realistic/create-phone-call.json: the same call), it is sent exactly as written."""
    from vapi_client import ValidationError

    reported = {entry["where"].split("[")[0] for entry in REPORT["breaking"] + REPORT["changes"]}
    migrated = json.loads((ROOT / "tests" / "data" / "realistic" / "create-phone-call.json").read_text("utf-8"))
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [{"status": 201, "json": SEED_RESPONSE}]}])

    def deprecated() -> Any:
        return pytest.warns(DeprecationWarning, match=r"create_phone_call\(\) sends the deprecated")

    with VapiClient("sk-seed", base_url=faults.url, reconcile=None) as client:
        with allow_renamed_fields(), deprecated():
            try:
                client.calls.create_phone_call(SEED_REQUEST)
            except ValidationError as error:
                prop = error.path.split(".")[-1].split("[")[0]
                assert f"{error.schema}.{prop}" in reported, str(error)
        assert faults.requests() == []
        # The migrated body keeps serverUrl etc. (Vapi still takes them): sent with the warning.
        with warns_renamed_fields(), deprecated():
            call = client.calls.create_phone_call(migrated)
    [request] = faults.requests()
    assert json.loads(request["body"]) == migrated
    assert isinstance(call, Call) and call.to_dict() == SEED_RESPONSE


def _untyped(obj: Any, path: str, out: list[tuple[str, str]]) -> None:
    """(`Schema.property`, JSON path) of every field a model keeps untyped (additional_properties)."""
    if isinstance(obj, Model):
        for key in obj.additional_properties:
            out.append((f"{type(obj).__name__}.{key}", f"{path}.{key}"))
        for json_name, py_name in obj._json_fields:  # type: ignore[attr-defined]
            _untyped(getattr(obj, py_name), f"{path}.{json_name}", out)
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            _untyped(item, f"{path}[{index}]", out)


def test_every_field_of_the_seed_response_is_typed_or_its_change_is_reported() -> None:
    call = Call.from_dict(SEED_RESPONSE)
    assert call.to_dict() == SEED_RESPONSE  # lossless, whatever changed
    entries = REPORT["breaking"] + REPORT["changes"]
    reported = {entry["where"] for entry in entries}
    removed_schemas = set(REPORT["schemas"]["removed"])
    seed_schemas = SEED_SPEC["components"]["schemas"]

    def explained(field: str) -> bool:
        prop = field.split(".", 1)[1]
        return field in reported or any(
            prop in (seed_schemas[name].get("properties") or {}) for name in removed_schemas
        )  # the seed-era schema that had it is gone (OverrideAssistantDTO -> AssistantOverrides)

    untyped: list[tuple[str, str]] = []
    _untyped(call, "", untyped)
    assert untyped, "the seed response has fields today's API dropped: the test must see them"
    assert [path for field, path in untyped if not explained(field)] == []
    for issue in call.validation_issues:  # values whose type changed since the seed era
        assert issue.schema is not None
        last = issue.path.split(".")[-1].split("[")[0]
        assert f"{issue.schema}.{last}" in reported or issue.schema in {
            entry["where"].split(".")[0] for entry in entries
        }, str(issue)
