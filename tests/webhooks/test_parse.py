"""vapi_client.webhooks.parse: typed messages from raw bodies, lenient by default."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client import ValidationError, models, webhooks
from vapi_client.models import CallStatus, ServerMessageEndOfCallReport, ServerMessageToolCalls

from tests.webhooks._spec import MESSAGE_TYPES, REQUEST_EXAMPLES, example

# The message types of Vapi's 2026-08 document (ServerMessage.message), written down independently of it.
FACT_TYPES = {
    "assistant-request",
    "conversation-update",
    "end-of-call-report",
    "handoff-destination-request",
    "hang",
    "knowledge-base-request",
    "model-output",
    "phone-call-control",
    "speech-update",
    "status-update",
    "tool-calls",
    "transfer-destination-request",
    "transfer-update",
    "transcript",
    'transcript[transcriptType="final"]',  # upstream's second tag for ServerMessageTranscript
    "user-interrupted",
    "language-change-detected",
    "voice-input",
    "assistant.speechStarted",
    "voice-request",
    "call.endpointing.request",
    "chat.created",
    "chat.deleted",
    "session.created",
    "session.updated",
    "session.deleted",
    "call.deleted",
    "call.delete.failed",
    "call.artifact.upload",
    "campaign.predial",
}


def test_the_spec_knows_every_message_type_of_this_api_version() -> None:
    assert set(MESSAGE_TYPES) == FACT_TYPES
    assert len(set(MESSAGE_TYPES.values())) == 29  # 29 schemas, 30 tags


def test_every_message_type_has_a_payload() -> None:
    # tests/data/webhooks holds at least one payload per type of the union: a type a spec update adds fails here.
    assert {value["message"]["type"] for value in REQUEST_EXAMPLES.values()} == set(MESSAGE_TYPES)


@pytest.mark.parametrize("name", sorted(REQUEST_EXAMPLES))
def test_every_payload_parses_strictly(name: str) -> None:
    payload = REQUEST_EXAMPLES[name]
    envelope = models.ServerMessage.from_dict(payload, strict=True)
    assert type(envelope.message) is getattr(models, MESSAGE_TYPES[payload["message"]["type"]])
    assert envelope.validation_issues == () and envelope.message.additional_properties == {}  # type: ignore[union-attr]
    assert envelope.to_dict() == payload


@pytest.mark.parametrize("message_type", sorted(FACT_TYPES))
@pytest.mark.parametrize(
    "encode", [lambda v: json.dumps(v).encode(), json.dumps, lambda v: v], ids=["bytes", "str", "dict"]
)
def test_every_type_parses_to_its_model(message_type: str, encode: Any) -> None:
    payload = example(message_type)
    message = webhooks.parse(encode(payload), strict=True)
    assert type(message) is getattr(models, MESSAGE_TYPES[message_type])
    assert message.validation_issues == ()  # type: ignore[union-attr]
    assert message.to_dict() == payload["message"]  # nothing lost, nothing added


def test_fields_are_typed() -> None:
    report = webhooks.parse(json.dumps(example("end-of-call-report")))
    assert isinstance(report, ServerMessageEndOfCallReport)
    assert report.ended_reason == "customer-ended-call" and report.ended_reason.is_known
    assert report.artifact.messages[2].role == "user"  # type: ignore[union-attr,index]
    assert report.analysis.structured_data == {"booked": True, "people": 2, "time": "19:30"}  # type: ignore[union-attr]
    assert report.call.status is CallStatus.ENDED  # type: ignore[union-attr]
    assert report.started_at.isoformat() == "2026-08-14T09:30:04+00:00"  # type: ignore[union-attr]
    tool_calls = webhooks.parse(example("tool-calls"))
    assert isinstance(tool_calls, ServerMessageToolCalls)
    first = tool_calls.tool_call_list[0]  # type: ignore[index]
    assert (first.id, first.function.name, first.function.arguments) == (  # type: ignore[union-attr]
        "call_8VnIbT3f2kYq",
        "getWeather",
        '{"city": "Berlin"}',  # a JSON string in the 2026-08 spec (ToolCallFunction.arguments)
    )
    assert tool_calls.tool_with_tool_call_list[1].tool_call.id == "call_Qx41LmZp0aWd"  # type: ignore[index,union-attr]


def test_unknown_type_is_kept_raw() -> None:
    raw = {"type": "call.transcoded", "call": {"id": "c1"}, "extra": [1, 2]}
    message = webhooks.parse(json.dumps({"message": raw}))
    assert isinstance(message, webhooks.UnknownServerMessage)
    assert webhooks.UnknownServerMessage is models.UnknownServerMessageBody  # one class, one documented alias
    assert "UnknownServerMessageBody" not in webhooks.__all__
    assert (message.raw, message.tag, message.to_dict()) == (raw, "call.transcoded", raw)


@pytest.mark.parametrize("raw", [{"call": {}}, {"type": 7}, {"type": None}])
def test_missing_or_odd_type_is_unknown_when_lenient_and_an_error_when_strict(raw: dict[str, Any]) -> None:
    message = webhooks.parse({"message": raw})
    assert isinstance(message, webhooks.UnknownServerMessage) and message.raw == raw
    # A new type is the API growing; no string type at all is a broken message: reported, as for any union.
    assert [str(issue) for issue in message.validation_issues] == [
        "message: ServerMessageBody without a string 'type' (in ServerMessage)"
    ]
    with pytest.raises(ValidationError) as caught:
        webhooks.parse({"message": raw}, strict=True)
    assert (caught.value.path, caught.value.schema) == ("message", "ServerMessage")  # where the engine puts tag errors


def test_a_known_new_type_is_not_an_issue() -> None:
    message = webhooks.parse({"message": {"type": "call.transcoded"}})
    assert isinstance(message, webhooks.UnknownServerMessage) and message.validation_issues == ()


def test_parse_is_the_envelope_model_parse() -> None:
    # webhooks.parse is ServerMessage.from_dict(...).message plus the issues: the same objects, same issues.
    payload = example("status-update")
    payload["message"]["call"]["createdAt"] = "yesterday"
    envelope = models.ServerMessage.from_dict(payload)
    message = webhooks.parse(payload)
    assert message == envelope.message
    assert message.validation_issues == envelope.validation_issues
    assert [issue.path for issue in message.validation_issues] == ["message.call.createdAt"]


def test_unknown_type_is_an_error_when_strict() -> None:
    with pytest.raises(ValidationError, match=r"unknown type 'new-thing'; ServerMessageBody expects one of"):
        webhooks.parse(b'{"message": {"type": "new-thing"}}', strict=True)


def test_mismatches_are_kept_and_reported_when_lenient() -> None:
    payload = example("status-update")
    payload["message"]["status"] = 5
    payload["message"]["call"]["createdAt"] = "yesterday"
    payload["message"]["retryCount"] = 2
    message = webhooks.parse(payload)
    assert message.status == 5  # type: ignore[union-attr]
    assert message.additional_properties == {"retryCount": 2}  # type: ignore[union-attr]
    assert [issue.path for issue in message.validation_issues] == ["message.status", "message.call.createdAt"]  # type: ignore[union-attr]
    assert message.to_dict() == payload["message"]


def test_mismatches_raise_with_the_body_path_when_strict() -> None:
    payload = example("end-of-call-report")
    payload["message"]["analysis"]["summary"] = 42
    with pytest.raises(ValidationError) as caught:
        webhooks.parse(payload, strict=True)
    assert str(caught.value) == "message.analysis.summary: expected a string, got a number (in Analysis)"


def test_missing_required_field() -> None:
    with pytest.raises(ValidationError, match=r"^message: missing 'toolCallList' \(in ServerMessageToolCalls\)$"):
        webhooks.parse({"message": {"type": "tool-calls", "toolWithToolCallList": []}}, strict=True)
    assert webhooks.parse({"message": {"type": "tool-calls"}}).validation_issues  # type: ignore[union-attr]


def test_the_removed_function_call_type_is_unknown() -> None:
    # function-call is gone from the 2026-08 spec (tool-calls replaced it): kept whole, refused when strict.
    raw = {"type": "function-call", "functionCall": {"name": "getWeather", "parameters": {"city": "Berlin"}}}
    message = webhooks.parse({"message": raw})
    assert isinstance(message, webhooks.UnknownServerMessage) and message.raw == raw
    with pytest.raises(ValidationError, match="unknown type 'function-call'"):
        webhooks.parse({"message": raw}, strict=True)


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        (b'{"message": {', "", "malformed JSON: Expecting property name enclosed in double quotes at line 1 column 14"),
        (b"", "", "malformed JSON: Expecting value at line 1 column 1"),
        (b"\xff\xfe\xfa", "", "malformed JSON: not valid utf-16-le text"),
        (b"\xc3\x28{}", "", "malformed JSON: not valid utf-8 text"),
        ('{"message": NaN}', "", "malformed JSON: holds NaN or Infinity, which are not JSON"),
        (b"[1]", "", "expected an object, got an array"),
        ("null", "", "expected an object, got null"),
        ({"msg": {}}, "", "missing 'message'"),
        ({"message": "hang"}, "message", "expected an object (ServerMessageBody), got a string"),
    ],
)
def test_bodies_without_a_message_raise_the_documented_error(body: Any, path: str, reason: str) -> None:
    for strict in (False, True):
        with pytest.raises(ValidationError) as caught:
            webhooks.parse(body, strict=strict)
        assert (caught.value.path, caught.value.reason, caught.value.schema) == (path, reason, "ServerMessage")
        assert caught.value.__cause__ is None


def test_memoryview_and_bytearray_bodies() -> None:
    data = json.dumps(example("hang")).encode()
    assert webhooks.parse(memoryview(data)) == webhooks.parse(bytearray(data)) == webhooks.parse(data)


def test_repr_hides_secrets_in_the_call() -> None:
    payload = example("assistant-request")
    # A secret the spec declares (format: password) and the server URL secrets of older API versions,
    # no longer in the spec but possibly still echoed by Vapi: kept as received, never shown.
    payload["message"]["phoneNumber"]["twilioAuthToken"] = "twilio-token-9f8e7d6c5b"
    payload["message"]["call"]["assistant"] = {
        "server": {"url": "https://example.com/hook", "secret": "whsec-in-the-call-123456"},
        "serverUrlSecret": "whsec-legacy-url-654321",
    }
    message = webhooks.parse(payload)
    for secret in ("twilio-token-9f8e7d6c5b", "whsec-in-the-call-123456", "whsec-legacy-url-654321"):
        assert secret not in repr(message)
    assert message.phone_number.twilio_auth_token == "twilio-token-9f8e7d6c5b"  # type: ignore[union-attr]
    assert message.call.assistant.server.additional_properties["secret"] == "whsec-in-the-call-123456"  # type: ignore[union-attr]
    assert message.to_dict() == payload["message"]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64))
def test_arbitrary_bodies_parse_or_raise_validation_error(body: bytes | str) -> None:
    try:
        webhooks.parse(body)
    except ValidationError:
        pass


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.text(max_size=8), st.none() | st.integers() | st.text(max_size=8), max_size=4),
    st.sampled_from(sorted(FACT_TYPES) + ["future-type"]),
)
def test_any_message_object_round_trips_leniently(extra: dict[str, Any], message_type: str) -> None:
    raw = {**extra, "type": message_type}
    message = webhooks.parse({"message": raw})
    assert message.to_dict() == raw


def test_a_message_nested_deeper_than_the_guard_allows_is_a_validation_error_not_a_recursion_error() -> None:
    body = '{"message": ' + '{"x": ' * 5000 + "1" + "}" * 5000 + "}"
    with pytest.raises(ValidationError, match="nested deeper than"):
        webhooks.parse(body)
