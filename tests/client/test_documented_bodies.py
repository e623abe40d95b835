"""Request bodies as Vapi's docs show them (tests/data/documented/bodies.json) are sent as written.

A case the spec wrongly refuses is marked ``validate: "warn"`` with the reason: it must be refused
by default (else the mark is stale: drop it), and sent as written with one warning per listed path.
Over HTTP to the fault server, which records what was sent.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vapi_client import UnknownValueWarning, ValidationError, ValidationWarning, VapiClient

from tests.client.conftest import CALL

CORPUS = json.loads((Path(__file__).parents[1] / "data" / "documented" / "bodies.json").read_text(encoding="utf-8"))
CASES = CORPUS["cases"]
PATHS = {"calls.create": "/call", "calls.create_phone_call": "/call/phone"}


def test_the_corpus_says_where_each_case_comes_from() -> None:
    assert len({case["id"] for case in CASES}) == len(CASES)
    for case in CASES:
        assert case["page"].startswith("https://docs.vapi.ai/") and case["file"].startswith("fern/"), case["id"]
        assert case["operation"] in PATHS, case["id"]
        if case.get("validate") == "warn":
            assert case["reason"] and case["mismatches"], case["id"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_documented_body_is_sent_as_written(
    faults: Any, make_client: Callable[..., VapiClient], case: dict[str, Any]
) -> None:
    path = PATHS[case["operation"]]
    faults.script([{"method": "POST", "path": path, "responses": [{"status": 201, "json": CALL}]}])
    client = make_client()
    method = getattr(client.calls, case["operation"].partition(".")[2])
    validate = case.get("validate", "strict")
    if validate == "warn":
        with pytest.raises(ValidationError) as refused:
            method(case["body"])
        assert refused.value.path == case["mismatches"][0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        method(case["body"], validate=validate)
    mismatches = [
        str(warning.message) for warning in caught if warning.category in (ValidationWarning, UnknownValueWarning)
    ]
    assert [message.partition(": ")[0] for message in mismatches] == case.get("mismatches", [])
    assert [warning for warning in caught if warning.category not in (ValidationWarning, UnknownValueWarning)] == []
    [request] = faults.requests()
    assert request["path"] == path
    assert json.loads(request["body"]) == case["body"]
