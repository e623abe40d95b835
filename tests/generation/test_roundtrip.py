"""Lossless round trip: `Model.from_dict(d).to_dict() == d`.

For every example in the spec, for the realistic payloads in tests/data/realistic (valid against
the spec's JSON Schema, covering every variant of every union), and for a "future" payload a
newer API might send (unknown properties, enum values and tags, changed types).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from vapi_client import Model, UnknownVariant, ValidationError, models
from vapi_client._spec import UNIONS

from tests.generation._spec_data import (
    FUTURE_FILE,
    REALISTIC,
    REALISTIC_FILES,
    examples,
    load_realistic,
    schema_errors,
    union_mapping,
)

EXAMPLES = list(examples())


def _plain_json_types(value: Any, path: str = "") -> Iterator[str]:
    """Paths holding anything but plain JSON types (e.g. an enum member leaking out of to_dict)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if type(key) is not str:
                yield f"{path}.{key!r} (key)"
            yield from _plain_json_types(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _plain_json_types(item, f"{path}[{index}]")
    elif type(value) not in (str, int, float, bool, type(None)):
        yield f"{path}: {type(value).__name__}"


def assert_round_trip(cls: type[Model], data: Any) -> Model:
    obj = cls.from_dict(data)
    out = obj.to_dict()
    assert out == data
    assert json.loads(json.dumps(out)) == data
    leaks = list(_plain_json_types(out))
    assert not leaks, f"to_dict() returned non-JSON types: {leaks[:5]}"
    return obj


# ---------------------------------------------------------------------------------------
# the spec's examples


def test_the_spec_has_examples_for_every_operation() -> None:
    operations = {example_id.split(" ")[0] + " " + example_id.split(" ")[1] for example_id, _, _ in EXAMPLES}
    assert len(operations) >= 6 and len(EXAMPLES) >= 11


@pytest.mark.parametrize(("schema", "data"), [(s, d) for _, s, d in EXAMPLES], ids=[i for i, _, _ in EXAMPLES])
def test_spec_example_round_trips(schema: str, data: Any) -> None:
    assert schema_errors(schema, data) == []
    obj = assert_round_trip(getattr(models, schema), data)
    assert obj.validation_issues == ()
    assert getattr(models, schema).from_dict(data, strict=True).to_dict() == data


# ---------------------------------------------------------------------------------------
# realistic payloads


def test_every_realistic_file_is_listed() -> None:
    on_disk = {path.name for path in REALISTIC.glob("*.json")}
    assert on_disk == set(REALISTIC_FILES) | {FUTURE_FILE}


@pytest.mark.parametrize("name", list(REALISTIC_FILES))
def test_realistic_payload_is_valid_against_the_spec(name: str) -> None:
    errors = schema_errors(REALISTIC_FILES[name], load_realistic(name))
    assert errors == [], "\n".join(errors)


@pytest.mark.parametrize("name", list(REALISTIC_FILES))
def test_realistic_payload_round_trips(name: str) -> None:
    cls = getattr(models, REALISTIC_FILES[name])
    data = load_realistic(name)
    obj = assert_round_trip(cls, data)
    assert obj.validation_issues == ()
    strict = cls.from_dict(data, strict=True)
    strict.validate()
    assert strict.to_dict() == data


def _variants(value: Any) -> Iterator[type]:
    """Classes of every union member reachable from a parsed object."""
    if isinstance(value, list):
        for item in value:
            yield from _variants(item)
    elif isinstance(value, UnknownVariant):
        yield type(value)
    elif isinstance(value, Model):
        yield type(value)
        for _, py_name in value._json_fields:
            yield from _variants(getattr(value, py_name))


def test_the_full_call_covers_every_variant_of_every_union() -> None:
    raw = (REALISTIC / "call-ended-squad.json").read_bytes()
    assert len(raw) >= 8 * 1024
    call = models.Call.from_dict(json.loads(raw))
    seen = {cls.__name__ for cls in _variants(call)}
    # Webhook message families live in server messages, not in a Call.
    families = [family for family in UNIONS if not family.startswith("ServerMessage")]
    missing = {f"{family}.{tag}" for family in families for tag, v in union_mapping(family).items() if v not in seen}
    assert not missing, f"not covered: {sorted(missing)}"
    # ... spread over the assistant, its overrides and the squad members.
    members = [part for m in dig(call, "squad", "members") for part in (m.assistant, m.assistant_overrides) if part]
    areas = {"assistant": [call.assistant], "assistantOverrides": [call.assistant_overrides], "squad": members}
    variant_names = {v for family in families for v in union_mapping(family).values()}
    for area, parts in areas.items():
        found = {cls.__name__ for cls in _variants(parts)} & variant_names
        assert len(found) >= 4, f"{area} holds only {sorted(found)}"


_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_VAPI_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
_PHONE_KEYS = {"number", "twilioPhoneNumber", "forwardedPhoneNumber", "to", "from"}
_ID_KEYS = {"orgId", "customerId", "phoneNumberId", "assistantId", "squadId"}
_DATETIME_KEYS = {"createdAt", "updatedAt", "startedAt", "endedAt"}


def _fields(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from _fields(item)
    elif isinstance(value, list):
        for item in value:
            yield from _fields(item)


@pytest.mark.parametrize("name", list(REALISTIC_FILES))
def test_realistic_values_look_like_vapi_data(name: str) -> None:
    data = load_realistic(name)
    if "id" in data:
        assert _UUID.match(data["id"]), data["id"]
    for key, value in _fields(data):
        if key in _PHONE_KEYS and isinstance(value, str):
            assert _E164.match(value), f"{key}: {value!r} is not E.164"
        if key in _ID_KEYS and value is not None:
            assert _UUID.match(value), f"{key}: {value!r} is not a UUID"
        if key in _DATETIME_KEYS:
            assert _VAPI_DATETIME.match(value), f"{key}: {value!r} is not how Vapi writes date-times"


def test_a_realistic_list_of_calls_round_trips_through_the_endpoint() -> None:
    import httpx
    from vapi_client import Client
    from vapi_client.api.calls import list_calls

    calls = [load_realistic(name) for name, schema in REALISTIC_FILES.items() if schema == "Call"]
    response = httpx.Response(200, json=calls, request=httpx.Request("GET", "http://127.0.0.1/call"))
    parsed = list_calls._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
    assert isinstance(parsed, list)
    assert [call.to_dict() for call in parsed] == calls


# ---------------------------------------------------------------------------------------
# the future: what a newer API may send


@pytest.fixture(scope="module")
def future_data() -> Any:
    return load_realistic(FUTURE_FILE)


@pytest.fixture(scope="module")
def future(future_data: Any) -> models.Call:
    return models.Call.from_dict(future_data)


def test_future_payload_is_not_valid_today(future_data: Any) -> None:
    # Otherwise it would test nothing: it must break today's schema in several places.
    assert len(schema_errors("Call", future_data)) >= 5
    with pytest.raises(ValidationError):
        models.Call.from_dict(future_data, strict=True)


def test_future_payload_round_trips_unchanged(future_data: Any) -> None:
    assert_round_trip(models.Call, future_data)


def dig(obj: Any, *steps: str | int) -> Any:
    """Follow Python attribute names and list indexes (untyped, to keep the tests readable)."""
    for step in steps:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def test_future_issues_are_exactly_the_type_changes(future: models.Call) -> None:
    issues = {(issue.path, issue.schema) for issue in future.validation_issues}
    assert issues == {("analysis.structuredData", "Analysis"), ("assistant.voicemailDetection", "CreateAssistantDTO")}
    messages = {issue.path: issue.message for issue in future.validation_issues}
    assert "string" in messages["analysis.structuredData"] and "object" in messages["analysis.structuredData"]
    # Values of the wrong type are kept exactly as received.
    assert dig(future, "analysis", "structured_data") == {
        "appointmentType": "cleaning",
        "date": "2024-05-28",
        "time": "09:30",
    }
    assert dig(future, "assistant", "voicemail_detection") == "off"


def test_future_unknown_tags_become_unknown_variants(future: models.Call, future_data: Any) -> None:
    raw = future_data["assistant"]
    cases = [
        (("voice",), models.UnknownVoice, raw["voice"], "hume"),
        (("transcriber",), models.UnknownTranscriber, raw["transcriber"], "gladia"),
        (("model", "tools", -1), models.UnknownTool, raw["model"]["tools"][-1], "apiRequest"),
        (
            ("model", "tools", 0, "destinations", -1),
            models.UnknownTransferDestination,
            raw["model"]["tools"][0]["destinations"][-1],
            "number",
        ),
    ]
    for steps, cls, original, tag in cases:
        value = dig(future, "assistant", *steps)
        assert type(value) is cls
        assert value.raw == original and value.to_dict() == original
        assert value.tag == tag
    # An unknown member next to known ones: the known ones still parse into their classes.
    assert type(dig(future, "assistant", "model", "tools", 0)) is models.CreateTransferCallToolDTO
    message = dig(future, "squad", "members", 0, "assistant_overrides", "model", "tools", 0, "messages", 0)
    assert type(message) is models.UnknownToolMessage


def test_future_unknown_enum_values_parse_and_compare_equal(future: models.Call) -> None:
    cases = [
        (("status",), models.CallStatus, "scheduled"),
        (("ended_reason",), models.CallEndedReason, "call.in-progress.error-vapifault-transport-never-connected"),
        (("assistant", "model", "model"), models.OpenAIModelName, "gpt-4o-mini"),
        (("assistant", "model", "fallback_models", 0), models.OpenAIModelName, "gpt-4o-2024-08-06"),
        (("assistant_overrides", "model", "model"), models.AnthropicModelName, "claude-3-5-sonnet-20240620"),
        (("assistant_overrides", "transcriber", "language"), models.TalkscriberTranscriberLanguage, "en-ZA"),
        (("squad", "members", 0, "assistant", "voice", "voice_id"), models.DeepgramVoiceId, "aura-2-thalia-en"),
    ]
    for steps, cls, text in cases:
        value = dig(future, *steps)
        assert isinstance(value, cls), (steps, value)
        assert value == text and str(value) == text and hash(value) == hash(text)
        assert value.is_known is False
    assert dig(future, "assistant", "model", "fallback_models", 1).is_known is True


def test_future_unknown_properties_are_kept_where_they_were(future: models.Call, future_data: Any) -> None:
    assert future.additional_properties == {"schedulePlan": future_data["schedulePlan"], "costs": future_data["costs"]}
    assert future["costs"] == future_data["costs"]
    assert dig(future, "assistant").additional_properties == {"backgroundDenoisingEnabled": True}
    assert dig(future, "assistant", "model").additional_properties == {"toolChoice": "auto"}
    destination = dig(future, "squad", "members", 0, "assistant_overrides", "model", "tools", 0, "destinations", 0)
    assert type(destination) is models.PhoneNumberTransferDestination
    assert destination.additional_properties == {"transferPlan": {"mode": "warm-transfer-say-summary"}}


# ---------------------------------------------------------------------------------------
# copies: services cache, pickle (multiprocessing, task queues) and deepcopy models


@pytest.mark.parametrize("clone", ["deepcopy", "pickle"])
def test_a_copied_model_round_trips(clone: str) -> None:
    import copy
    import pickle

    data = load_realistic("call-ended-squad.json")
    call = models.Call.from_dict(data)
    copied = copy.deepcopy(call) if clone == "deepcopy" else pickle.loads(pickle.dumps(call))
    assert copied.to_dict() == data
