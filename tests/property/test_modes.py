"""The two parsing modes, by hand-written cases built from the spec's own examples.

* What the server sends is parsed leniently: an unexpected value is kept as received, round-trips
  unchanged and is reported in `validation_issues`; nothing is raised.
* What the user builds is checked strictly (`from_dict(..., strict=True)`, `validate()`): the first
  mismatch raises one `ValidationError` whose message starts with its JSON path.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import OpenEnum, UnknownVariant, ValidationError, _spec, models
from vapi_client.models import (
    Call,
    CreateAssistantDTO,
    CreateCustomerDTO,
    CreateOutboundCallDTO,
    OpenAIFunction,
)

from tests._warnings import allow_renamed_fields, warns_renamed_fields
from tests.property._schemas import spec

# Names 2026-08 gave the seed's schemas, read from the spec tables (seed era: SipTransferDestination).
SIP = _spec.UNIONS["TransferDestination"]["mapping"]["sip"]
SipTransferDestination: Any = getattr(models, SIP)
MODEL_FAMILY = _spec.SCHEMAS["CreateAssistantDTO"]["properties"]["model"][1]  # AssistantModel
FIRST_MESSAGE_MODE = _spec.SCHEMAS["CreateAssistantDTO"]["properties"]["firstMessageMode"][1]
PUNCTUATION = _spec.SCHEMAS["ChunkPlan"]["properties"]["punctuationBoundaries"][1][1]
DESTINATION_TAGS = ", ".join(f"'{tag}'" for tag in _spec.UNIONS["TransferDestination"]["mapping"])

JSONObject = dict[str, Any]


def _example(path: str, method: str, name: str, status: str | None = None) -> JSONObject:
    operation = spec()["paths"][path][method]
    body = operation["responses"][status] if status else operation["requestBody"]
    value: JSONObject = body["content"]["application/json"]["examples"][name]["value"]
    return copy.deepcopy(value)


def seed_request() -> JSONObject:
    """The spec's full POST /call/phone example: an inline assistant with a transfer tool."""
    return _example("/call/phone", "post", "seed")


def created_call() -> JSONObject:
    """The spec's 201 response example: a Call with an inline assistant."""
    return _example("/call/phone", "post", "call", status="201")


def test_the_examples_are_valid_in_both_modes() -> None:
    for cls, document in ((CreateOutboundCallDTO, seed_request()), (Call, created_call())):
        with warns_renamed_fields():  # the spec's examples still have serverUrl etc.
            assert cls.from_dict(document, strict=True).to_dict() == document
        assert cls.from_dict(document).validation_issues == ()


# ---------------------------------------------------------------------------------------
# lenient: what the server sends


def _lenient(document: JSONObject) -> Call:
    snapshot = copy.deepcopy(document)
    call = Call.from_dict(document)
    assert call.to_dict() == snapshot, "kept exactly as received"
    return call


def test_structured_data_as_a_string_is_kept_and_reported() -> None:
    # The seed era sent analysis.structuredData as a JSON string; 2026-08 says object.
    document = created_call()
    document["analysis"]["structuredData"] = '{"appointmentType": "cleaning"}'
    call = _lenient(document)
    assert call.analysis.structured_data == '{"appointmentType": "cleaning"}'  # type: ignore[union-attr]
    [issue] = call.validation_issues
    assert (issue.path, issue.schema) == ("analysis.structuredData", "Analysis")
    assert "expected an object, got a string" in issue.message
    assert str(issue).startswith("analysis.structuredData: ")


def test_voicemail_detection_false_is_kept_and_reported() -> None:
    # 2026-08 allows a VoicemailDetection object or "off"; a server might send false.
    document = created_call()
    document["assistant"]["voicemailDetection"] = False
    call = _lenient(document)
    assert call.assistant.voicemail_detection is False  # type: ignore[union-attr]
    [issue] = call.validation_issues
    assert issue.path == "assistant.voicemailDetection"
    assert "matches none of the 2 allowed shapes" in issue.message


def test_several_unexpected_values_are_all_reported() -> None:
    document = created_call()
    document["analysis"]["structuredData"] = "{}"
    document["assistant"]["voicemailDetection"] = False
    document["cost"] = "0.12"
    call = _lenient(document)
    paths = [issue.path for issue in call.validation_issues]
    assert sorted(paths) == ["analysis.structuredData", "assistant.voicemailDetection", "cost"]


def test_newer_values_parse_without_issues() -> None:
    # New enum values, union members and properties are expected to appear; they are not errors.
    document = created_call()
    document["status"] = "archived"
    document["assistant"]["model"]["tools"].append({"type": "fax.send", "faxNumber": "+14155550142"})
    document["assistant"]["voice"] = {"provider": "orpheus", "voiceId": "tara"}
    document["brandNewField"] = {"nested": [1, 2]}
    call = _lenient(document)
    assert call.validation_issues == ()
    assert isinstance(call.status, OpenEnum) and call.status == "archived" and not call.status.is_known
    assert isinstance(call.assistant.voice, UnknownVariant)  # type: ignore[union-attr]
    assert call.assistant.voice.tag == "orpheus"  # type: ignore[union-attr]
    assert isinstance(call.assistant.model.tools[-1], UnknownVariant)  # type: ignore[union-attr,index]
    assert call["brandNewField"] == {"nested": [1, 2]}


def test_missing_required_properties_are_reported_not_raised() -> None:
    document = created_call()
    del document["orgId"]
    del document["assistant"]["model"]["tools"][0]["destinations"][0]["assistantName"]
    call = _lenient(document)
    # A missing property is reported at the object that lacks it ("" is the root).
    assert sorted(str(issue) for issue in call.validation_issues) == [
        "(root): missing 'orgId' (in Call)",
        "assistant.model.tools[0].destinations[0]: missing 'assistantName'"
        f" (in {_spec.UNIONS['TransferDestination']['mapping']['assistant']})",
    ]


# ---------------------------------------------------------------------------------------
# strict: what the user builds


def _with_sip_destinations(document: JSONObject) -> JSONObject:
    """Three tools, the third a transfer tool whose first destination is a SIP destination; the first
    a function tool; an Azure voice that chunks on punctuation."""
    tools = document["assistant"]["model"]["tools"]
    function = {"name": "lookup_patient", "parameters": {"type": "object", "properties": {}}}
    tools[:] = [{"type": "function", "function": function}, {"type": "dtmf"}, tools[0]]
    tools[2]["destinations"] = [{"type": "sip", "sipUri": "sip:billing@example.com"}]
    document["assistant"]["voice"]["chunkPlan"] = {"punctuationBoundaries": ["。", ".", "!"]}
    return document


def _drop_sip_uri(doc: JSONObject) -> None:
    del doc["assistant"]["model"]["tools"][2]["destinations"][0]["sipUri"]


# (description, change to the seed request with SIP destinations, expected start of the message)
STRICT_CASES: list[tuple[str, Callable[[JSONObject], None], str]] = [
    (
        "missing required property",
        _drop_sip_uri,
        f"assistant.model.tools[2].destinations[0]: missing 'sipUri' (in {SIP})",
    ),
    (
        "non-object where an object is expected",
        lambda doc: doc["assistant"].__setitem__("analysisPlan", "summarise"),
        "assistant.analysisPlan: expected an object (AnalysisPlan), got a string",
    ),
    (
        "non-object where a union member is expected",
        lambda doc: doc["assistant"].__setitem__("model", "gpt-4o"),
        f"assistant.model: expected an object ({MODEL_FAMILY}), got a string",
    ),
    (
        "wrong primitive: string for boolean",
        lambda doc: doc["assistant"].__setitem__("firstMessageInterruptionsEnabled", "yes"),
        "assistant.firstMessageInterruptionsEnabled: expected a boolean, got a string",
    ),
    (
        "wrong primitive: string for number",
        lambda doc: doc["assistant"]["model"].__setitem__("temperature", "0.7"),
        "assistant.model.temperature: expected a number, got a string",
    ),
    (
        "wrong primitive: boolean for number",
        lambda doc: doc["assistant"].__setitem__("maxDurationSeconds", True),
        "assistant.maxDurationSeconds: expected a number, got a boolean",
    ),
    (
        "wrong primitive: null for string",
        lambda doc: doc["customer"].__setitem__("number", None),
        "customer.number: expected a string, got null",
    ),
    (
        "non-list where a list is expected",
        lambda doc: doc["assistant"]["model"].__setitem__("tools", {"type": "endCall"}),
        "assistant.model.tools: expected an array, got an object",
    ),
    (
        "wrong item inside a list",
        lambda doc: doc["assistant"]["endCallPhrases"].append(42),
        "assistant.endCallPhrases[1]: expected a string, got a number",
    ),
    (
        "longer than maxLength",
        lambda doc: doc["customer"].__setitem__("name", "x" * 41),
        "customer.name: longer than 40 characters",
    ),
    (
        "below minimum",
        lambda doc: doc["assistant"].__setitem__("maxDurationSeconds", 9),
        "assistant.maxDurationSeconds: must be >= 10",
    ),
    (
        "above maximum",
        lambda doc: doc["assistant"]["model"].__setitem__("temperature", 2.5),
        "assistant.model.temperature: must be <= 2",
    ),
    (
        "pattern mismatch",
        lambda doc: doc["assistant"]["model"]["tools"][0]["function"].__setitem__("name", "look up patient"),
        "assistant.model.tools[0].function.name: does not match the pattern",
    ),
    (
        "unknown value of a closed enum",
        lambda doc: doc["assistant"].__setitem__("firstMessageMode", "assistant-sings-first"),
        f"assistant.firstMessageMode: 'assistant-sings-first' is not one of {FIRST_MESSAGE_MODE}",
    ),
    (
        "unknown value of a closed enum inside a list",
        lambda doc: doc["assistant"]["voice"]["chunkPlan"]["punctuationBoundaries"].append("~"),
        f"assistant.voice.chunkPlan.punctuationBoundaries[3]: '~' is not one of {PUNCTUATION}",
    ),
    (
        "unknown union tag",
        lambda doc: doc["assistant"]["model"]["tools"][2]["destinations"][0].__setitem__("type", "carrierPigeon"),
        (
            "assistant.model.tools[2].destinations[0]: unknown type 'carrierPigeon';"
            f" TransferDestination expects one of {DESTINATION_TAGS}"
        ),
    ),
    (
        "missing union tag",
        lambda doc: doc["assistant"]["voice"].pop("provider"),
        "assistant.voice: missing provider; Voice expects one of 'azure',",
    ),
    (
        "wrong const in a variant at the root of a union member",
        lambda doc: doc["assistant"]["model"]["tools"][0]["function"]["parameters"].__setitem__("type", "array"),
        "assistant.model.tools[0].function.parameters.type: expected 'object', got 'array'",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [case[1:] for case in STRICT_CASES], ids=[case[0] for case in STRICT_CASES]
)
def test_strict_mode_raises_one_validation_error_naming_the_path(
    change: Callable[[JSONObject], None], expected: str
) -> None:
    document = _with_sip_destinations(seed_request())
    with warns_renamed_fields():
        CreateOutboundCallDTO.from_dict(document, strict=True)  # valid before the change
    change(document)
    snapshot = copy.deepcopy(document)

    with allow_renamed_fields(), pytest.raises(ValidationError) as raised:
        CreateOutboundCallDTO.from_dict(document, strict=True)
    assert str(raised.value).startswith(expected), str(raised.value)
    assert raised.value.path == expected.split(": ", 1)[0]

    # validate() on the leniently parsed object raises the same error; the lenient parse kept it all.
    lenient = CreateOutboundCallDTO.from_dict(document)
    assert lenient.to_dict() == snapshot
    with allow_renamed_fields(), pytest.raises(ValidationError) as again:
        lenient.validate()
    assert str(again.value) == str(raised.value)


def test_the_issue_s_example_message_exactly() -> None:
    document = _with_sip_destinations(seed_request())
    _drop_sip_uri(document)
    with allow_renamed_fields(), pytest.raises(ValidationError) as raised:
        CreateOutboundCallDTO.from_dict(document, strict=True)
    error = raised.value
    assert (error.path, error.reason, error.schema) == (
        "assistant.model.tools[2].destinations[0]",
        "missing 'sipUri'",
        SIP,
    )
    assert str(error) == f"assistant.model.tools[2].destinations[0]: missing 'sipUri' (in {SIP})"


def test_extensible_enums_and_unknown_properties_pass_strict_mode() -> None:
    # A newer model name (OpenAIModelName is x-vapi-extensible) and an unknown property are not
    # user errors: the API may know them already.
    document = seed_request()
    document["assistant"]["model"]["model"] = "gpt-5"
    document["assistant"]["newSetting"] = True
    with warns_renamed_fields():
        assert CreateOutboundCallDTO.from_dict(document, strict=True).to_dict() == document


@pytest.mark.parametrize("root", [[], "call", 5, None])
def test_a_non_object_root_raises_in_both_modes(root: Any) -> None:
    for strict in (False, True):
        with pytest.raises(ValidationError) as raised:
            CreateOutboundCallDTO.from_dict(root, strict=strict)
        assert str(raised.value).startswith("(root): expected an object")


def test_validate_checks_objects_built_in_python() -> None:
    CreateCustomerDTO(number="+14155550123", name="Jane").validate()
    with pytest.raises(ValidationError, match=r"^name: longer than 40 characters"):
        CreateCustomerDTO(number="+14155550123", name="J" * 41).validate()
    with pytest.raises(ValidationError, match=r"^sipUri: expected a string, got a number"):
        SipTransferDestination(type_="sip", sip_uri=5).validate()  # type: ignore[arg-type]


def test_pattern_anchors_follow_json_schema_not_python() -> None:
    # In a JSON Schema (ECMA 262) pattern `$` matches only at the very end, while Python's `$`
    # also matches before a final newline: "lookup\n" must not pass ^[a-zA-Z0-9_-]{1,64}$.
    OpenAIFunction.from_dict({"name": "lookup"}, strict=True)
    with pytest.raises(ValidationError, match=r"^name: does not match the pattern"):
        OpenAIFunction.from_dict({"name": "lookup\n"}, strict=True)


def test_secrets_never_appear_in_strict_errors() -> None:
    document = seed_request()
    document["phoneNumber"]["twilioAuthToken"] = ["tok-live-7f3a9"]
    with pytest.raises(ValidationError) as raised:
        CreateOutboundCallDTO.from_dict(document, strict=True)
    assert str(raised.value).startswith("phoneNumber.twilioAuthToken: expected a string, got an array")
    assert "tok-live-7f3a9" not in str(raised.value)


def test_an_unknown_value_spelled_like_a_member_name_is_not_known() -> None:
    # CallStatus has the value "ended" under the member name "ENDED"; "ENDED" itself is unknown.
    parsed = Call.from_dict({"status": "ENDED"})
    value = parsed.status
    assert isinstance(value, OpenEnum) and value == "ENDED"
    assert not value.is_known
    assert CreateAssistantDTO.from_dict({"firstMessageMode": "ASSISTANT_WAITS_FOR_USER"}).validation_issues == ()
