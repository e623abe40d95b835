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
from vapi_client import Model, OpenEnum, UnknownVariant, ValidationError, models
from vapi_client._spec import ENUMS, UNIONS
from vapi_client._spec import SCHEMAS as TABLES

from tests._warnings import strict_parse_of
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
    with strict_parse_of(data):
        assert getattr(models, schema).from_dict(data, strict=True).to_dict() == data


# ---------------------------------------------------------------------------------------
# realistic payloads


def test_every_realistic_file_is_listed() -> None:
    on_disk = {path.name for path in REALISTIC.glob("*.json")}
    assert on_disk == set(REALISTIC_FILES) | {FUTURE_FILE}


def _upstream_overlap(error: str) -> bool:
    # 2026-08 has untagged oneOfs whose options overlap, so JSON Schema's "exactly one" fails on valid
    # data: Call.messages (BotMessage/UserMessage/SystemMessage accept each other's objects),
    # SquadMemberDTO.assistantDestinations (TransferDestinationAssistant/HandoffDestinationAssistant),
    # backgroundSound ("office" is also a URI reference). The engine takes the first option that fits.
    return " is valid under each of " in error


@pytest.mark.parametrize("name", list(REALISTIC_FILES))
def test_realistic_payload_is_valid_against_the_spec(name: str) -> None:
    errors = [
        error for error in schema_errors(REALISTIC_FILES[name], load_realistic(name)) if not _upstream_overlap(error)
    ]
    assert errors == [], "\n".join(errors)


@pytest.mark.parametrize("name", list(REALISTIC_FILES))
def test_realistic_payload_round_trips(name: str) -> None:
    cls = getattr(models, REALISTIC_FILES[name])
    data = load_realistic(name)
    obj = assert_round_trip(cls, data)
    assert obj.validation_issues == ()
    with strict_parse_of(data):
        strict = cls.from_dict(data, strict=True)
    with strict_parse_of(data):
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


# The families a call's configuration is made of. 2026-08 has 43 unions and ~250 variants: every
# variant of every union round-trips in place in tests/generation/test_unions_enums.py
# (test_each_tag_dispatches_to_its_variant); this realistic file covers the ones users meet most.
_CALL_FAMILIES = {("CreateAssistantDTO", "model"): 6, ("CreateAssistantDTO", "voice"): 6}
_CALL_FAMILIES |= {("CreateAssistantDTO", "transcriber"): 2, ("CreateAssistantDTO", "voicemailDetection"): 1}
_CALL_FAMILIES |= {("CreateTransferCallToolDTO", "destinations"): 3, ("CreateTransferCallToolDTO", "messages"): 3}
_CALL_FAMILIES |= {("OpenAIModel", "tools"): 4}


def _family_of(schema: str, prop: str) -> str:
    desc = TABLES[schema]["properties"][prop]
    while desc[0] in ("array", "nullable", "oneof"):
        desc = next(option for option in desc[1:] if isinstance(option, tuple)) if desc[0] == "oneof" else desc[1]
    assert desc[0] == "union", (schema, prop, desc)
    return str(desc[1])


def test_the_full_call_covers_the_union_families_of_a_call() -> None:
    raw = (REALISTIC / "call-ended-squad.json").read_bytes()
    assert len(raw) >= 8 * 1024
    call = models.Call.from_dict(json.loads(raw))
    seen = {cls.__name__ for cls in _variants(call)}
    for (schema, prop), at_least in _CALL_FAMILIES.items():
        family = _family_of(schema, prop)
        covered = sorted(tag for tag, variant in union_mapping(family).items() if variant in seen)
        assert len(covered) >= at_least, f"{family} ({schema}.{prop}): only {covered}"
    # ... spread over the assistant, its overrides and the squad members.
    families = [family for family in UNIONS if not family.startswith("ServerMessage")]
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


def test_a_realistic_list_of_calls_round_trips_through_the_list_operation() -> None:
    import httpx
    from vapi_client._operations import _request

    calls = [load_realistic(name) for name, schema in REALISTIC_FILES.items() if schema == "Call"]
    response = httpx.Response(200, json=calls, request=httpx.Request("GET", "http://127.0.0.1/call"))
    operation, _ = _request.build("calls.list", {"timeout": None, "max_retries": None, "extra_headers": None})
    parsed = operation.parse(response)
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
    assert issues == {("analysis.summary", "Analysis"), ("assistant.voicemailDetection", "CreateAssistantDTO")}
    messages = {issue.path: issue.message for issue in future.validation_issues}
    assert "string" in messages["analysis.summary"] and "object" in messages["analysis.summary"]
    # Values of the wrong type are kept exactly as received.
    assert dig(future, "analysis", "summary") == {
        "short": "Booked a cleaning for May 28, 9:30.",
        "long": "Dana called to book a cleaning; Riley found a slot on May 28 at 9:30 and booked it.",
    }
    assert dig(future, "assistant", "voicemail_detection") is False  # neither a VoicemailDetection nor "off"


def _family(schema: str, prop: str) -> str:
    """The union family of a property (array items included), from the spec tables."""
    desc = TABLES[schema]["properties"][prop]
    while desc[0] in ("array", "nullable"):
        desc = desc[1]
    assert desc[0] == "union", (schema, prop, desc)
    return str(desc[1])


def test_future_unknown_tags_become_unknown_variants(future: models.Call, future_data: Any) -> None:
    raw = future_data["assistant"]
    model = type(future.assistant.model).__name__  # type: ignore[union-attr]
    transfer_tool = type(dig(future, "assistant", "model", "tools", 0)).__name__
    cases = [
        (("voice",), _family("CreateAssistantDTO", "voice"), raw["voice"], "orpheus"),
        (("transcriber",), _family("CreateAssistantDTO", "transcriber"), raw["transcriber"], "whisper-live"),
        (("model", "tools", -1), _family(model, "tools"), raw["model"]["tools"][-1], "fax.send"),
        (
            ("model", "tools", 0, "destinations", -1),
            _family(transfer_tool, "destinations"),
            raw["model"]["tools"][0]["destinations"][-1],
            "whatsapp",
        ),
    ]
    for steps, family, original, tag in cases:
        value = dig(future, "assistant", *steps)
        assert type(value) is getattr(models, f"Unknown{family}")
        assert value.raw == original and value.to_dict() == original
        assert value.tag == tag
    # An unknown member next to known ones: the known ones still parse into their classes.
    assert transfer_tool == UNIONS[_family(model, "tools")]["mapping"]["transferCall"]
    tool = dig(future, "squad", "members", 0, "assistant_overrides", "model", "tools", 0)
    message = tool.messages[0]
    assert type(message) is getattr(models, f"Unknown{_family(type(tool).__name__, 'messages')}")
    assert message.tag == "request-queued"


def _enum_class(value: Any) -> str:
    return type(value).__name__


def test_future_unknown_enum_values_parse_and_compare_equal(future: models.Call) -> None:
    cases = [
        (("status",), "archived"),
        (("ended_reason",), "call.ringing.error-carrier-flagged-as-spam"),
        (("assistant", "model", "model"), "gpt-6"),
        (("assistant", "model", "fallback_models", 0), "gpt-6-mini"),
        (("assistant_overrides", "model", "model"), "claude-opus-5"),
        (("assistant_overrides", "transcriber", "language"), "zu"),
        (("squad", "members", 0, "assistant", "voice", "voice_id"), "aura-3-thalia-en"),
    ]
    for steps, text in cases:
        value = dig(future, *steps)
        assert isinstance(value, OpenEnum) and _enum_class(value) in ENUMS, (steps, value)
        assert value == text and str(value) == text and hash(value) == hash(text)
        assert value.is_known is False
    assert dig(future, "assistant", "model", "fallback_models", 1).is_known is True


def test_future_unknown_properties_are_kept_where_they_were(future: models.Call, future_data: Any) -> None:
    # Unknown here: the future's new keys, and the seed era's keys 2026-08 no longer declares.
    assert set(future.additional_properties) == set(future_data) - set(TABLES["Call"]["properties"])
    assert {"costLedger", "sentimentTimeline"} <= set(future.additional_properties)
    assert future["costLedger"] == future_data["costLedger"]
    assert dig(future, "assistant")["emotionPlan"] == {"enabled": True, "mirrorCustomerEmotion": False}
    assert dig(future, "assistant", "model").additional_properties["reasoningEffortLevel"] == "low"
    destination = dig(future, "squad", "members", 0, "assistant_overrides", "model", "tools", 0, "destinations", 0)
    assert type(destination).__name__ == UNIONS["TransferDestination"]["mapping"]["number"]
    assert destination.additional_properties == {
        "carrierHints": {"preferredCarrier": "carrier-a", "stirShakenAttestation": "A"}
    }


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
