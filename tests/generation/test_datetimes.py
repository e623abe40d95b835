"""The date-time rule.

* A date-time parsed from the wire serialises back to exactly its wire text, whatever the
  notation ('Z' or '+00:00', no/3/6 fraction digits, other offsets).
* A date-time built by hand (or derived from a parsed one: replace(), arithmetic) is written as
  ISO 8601: 'Z' for UTC, no fraction when there is none, milliseconds when the fraction is whole
  milliseconds, microseconds otherwise (never loses precision); other offsets as '+HH:MM'.
"""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from vapi_client.models import Call

WIRE_TEXTS = [
    "2024-05-20T14:03:11.512Z",
    "2024-05-20T14:03:11Z",
    "2024-05-20T14:03:11.5Z",
    "2024-05-20T14:03:11.512345Z",
    "2024-05-20T14:03:11+00:00",
    "2024-05-20T14:03:11.512000+00:00",
    "2024-05-20T16:03:11.512+02:00",
    "2024-05-20T09:03:11.512-05:00",
]


def _call(created_at: str) -> dict[str, str]:
    return {
        "id": "b2e7c4d1-3f8a-4a6b-9c5d-0e1f2a3b4c5d",
        "orgId": "4c1b2a8e-7d5f-4e0a-9b3c-2f6e8d1a5b7c",
        "createdAt": created_at,
        "updatedAt": "2024-05-20T14:09:47.880Z",
    }


@pytest.mark.parametrize("text", WIRE_TEXTS)
def test_a_parsed_date_time_serialises_to_its_exact_wire_text(text: str) -> None:
    call = Call.from_dict(_call(text))
    assert isinstance(call.created_at, datetime)
    assert call.created_at == datetime.fromisoformat(text)
    assert call.to_dict()["createdAt"] == text
    assert call.validation_issues == ()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2024, 5, 20, 14, 3, 11, 512000, tzinfo=UTC), "2024-05-20T14:03:11.512Z"),
        (datetime(2024, 5, 20, 14, 3, 11, tzinfo=UTC), "2024-05-20T14:03:11Z"),
        (datetime(2024, 5, 20, 14, 3, 11, 500000, tzinfo=UTC), "2024-05-20T14:03:11.500Z"),
        (datetime(2024, 5, 20, 14, 3, 11, 512345, tzinfo=UTC), "2024-05-20T14:03:11.512345Z"),
        (datetime(2024, 5, 20, 14, 3, 11, 512000, tzinfo=timezone(timedelta(0))), "2024-05-20T14:03:11.512Z"),
        (
            datetime(2024, 5, 20, 16, 3, 11, 512000, tzinfo=timezone(timedelta(hours=2))),
            "2024-05-20T16:03:11.512+02:00",
        ),
    ],
)
def test_a_hand_built_date_time_serialises_as_iso_8601(value: datetime, text: str) -> None:
    data = _call("2024-05-20T14:02:58.204Z")
    call = Call.from_dict(data)
    call.created_at = value
    assert call.to_dict()["createdAt"] == text
    assert Call.from_dict(call.to_dict()).created_at == value  # the text means the same instant
    call.validate()


def test_a_derived_date_time_does_not_keep_the_old_wire_text() -> None:
    call = Call.from_dict(_call("2024-05-20T14:03:11+00:00"))
    call.created_at = call.created_at.replace(minute=4)
    assert call.to_dict()["createdAt"] == "2024-05-20T14:04:11Z"
    call.created_at = call.created_at + timedelta(milliseconds=512)
    assert call.to_dict()["createdAt"] == "2024-05-20T14:04:11.512Z"


def test_a_date_time_that_does_not_parse_is_kept_and_reported() -> None:
    data = _call("last tuesday")
    call = Call.from_dict(data)
    assert call.created_at == "last tuesday"
    assert [issue.path for issue in call.validation_issues] == ["createdAt"]
    assert call.to_dict() == data


@pytest.mark.parametrize(
    "clone", [copy.deepcopy, lambda call: pickle.loads(pickle.dumps(call))], ids=["deepcopy", "pickle"]
)
def test_a_copied_date_time_keeps_its_wire_text(clone: Any) -> None:
    text = "2024-05-20T14:03:11.5+00:00"
    call = Call.from_dict(_call(text))
    assert clone(call).to_dict()["createdAt"] == text
