"""Reply helpers: exactly Vapi's JSON shapes, checked against the spec's reply schemas."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from vapi_client import ValidationError, ValidationWarning, webhooks
from vapi_client.models import CreateAssistantDTO, ServerMessageResponseAssistantRequest

from tests.webhooks._spec import MESSAGE_TYPES, REPLY_EXAMPLES, REPLY_SCHEMAS, WEBHOOK, example, schema_errors

ASSISTANT = {"name": "Front desk", "firstMessage": "Hello!", "voice": {"provider": "11labs", "voiceId": "burt"}}


def test_assistant_request_deadline() -> None:
    assert webhooks.ASSISTANT_REQUEST_DEADLINE_SECONDS == 7.5


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"assistant_id": "asst-1"}, {"assistantId": "asst-1"}),
        ({"assistant": ASSISTANT}, {"assistant": ASSISTANT}),
        ({"assistant": CreateAssistantDTO.from_dict(ASSISTANT)}, {"assistant": ASSISTANT}),
        ({"assistant_overrides": {"firstMessage": "Hi Jane"}}, {"assistantOverrides": {"firstMessage": "Hi Jane"}}),
        ({"squad_id": "squad-1"}, {"squadId": "squad-1"}),
        ({"squad": {"members": [{"assistantId": "asst-1"}]}}, {"squad": {"members": [{"assistantId": "asst-1"}]}}),
        ({"error": "Sorry, we are closed."}, {"error": "Sorry, we are closed."}),
    ],
)
def test_assistant_request_reply(kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    reply = webhooks.assistant_request_reply(**kwargs)
    assert reply == expected
    assert type(reply) is dict and json.loads(json.dumps(reply)) == reply
    assert schema_errors("ServerMessageResponseAssistantRequest", reply) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"assistant_id": "a", "error": "b"},
        {"assistant_id": "a", "squad_id": "b"},
        {"assistant_overrides": {}, "error": "b"},
    ],
)
def test_assistant_request_reply_needs_exactly_one(kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="exactly one of"):
        webhooks.assistant_request_reply(**kwargs)


def test_overrides_go_with_the_assistant_they_override() -> None:
    # Vapi applies assistantOverrides to assistant or assistantId.
    reply = webhooks.assistant_request_reply(assistant_id="asst-1", assistant_overrides={"firstMessage": "Hi Jane"})
    assert reply == {"assistantId": "asst-1", "assistantOverrides": {"firstMessage": "Hi Jane"}}


def test_assistant_request_reply_is_checked_strictly() -> None:
    with pytest.raises(ValidationError) as caught:
        webhooks.assistant_request_reply(assistant={"voice": {"provider": "azure"}})
    assert str(caught.value) == "assistant.voice: missing 'voiceId' (in AzureVoice)"
    with pytest.raises(ValidationError, match=r"^assistantId: expected a string, got a number"):
        webhooks.assistant_request_reply(assistant_id=7)  # type: ignore[arg-type]


def test_function_call_is_gone() -> None:
    assert not hasattr(webhooks, "function_call_reply") and "function_call_reply" not in webhooks.__all__
    with pytest.raises(ValueError, match="expects no reply to 'function-call'"):
        webhooks.reply("function-call", {"result": "Sunny."})


TOOL_CALLS = webhooks.parse(example("tool-calls")).tool_call_list  # type: ignore[union-attr]
EXPECTED_RESULTS = {
    "results": [
        {"name": "getWeather", "toolCallId": "call_8VnIbT3f2kYq", "result": "Sunny."},
        {"name": "bookTable", "toolCallId": "call_Qx41LmZp0aWd", "result": "Booked."},
    ]
}


@pytest.mark.parametrize(
    "results",
    [
        [(TOOL_CALLS[0], "Sunny."), (TOOL_CALLS[1], "Booked.")],
        iter([(TOOL_CALLS[0].to_dict(), "Sunny."), (TOOL_CALLS[1].to_dict(), "Booked.")]),
        {
            "call_8VnIbT3f2kYq": {"name": "getWeather", "result": "Sunny."},
            "call_Qx41LmZp0aWd": {"name": "bookTable", "result": "Booked."},
        },
    ],
    ids=["tool-call-models", "tool-call-dicts", "ids-and-names"],
)
def test_tool_calls_reply(results: Any) -> None:
    reply = webhooks.tool_calls_reply(results)
    assert reply == EXPECTED_RESULTS
    assert schema_errors("ServerMessageResponseToolCalls", reply) == []


def test_tool_calls_reply_is_checked_strictly() -> None:
    with pytest.raises(ValidationError, match=r"^results\[1\]\.error: expected a string, got a number"):
        webhooks.tool_calls_reply([(TOOL_CALLS[0], "ok"), (TOOL_CALLS[1], {"error": 3})])
    # The spec requires the tool's name: an id alone is not a reply Vapi accepts.
    with pytest.raises(ValidationError, match=r"^results\[0\]: missing 'name' \(in ToolCallResult\)$"):
        webhooks.tool_calls_reply({"call_1": "Sunny."})
    assert webhooks.tool_calls_reply({}) == {"results": []}


def test_the_spec_reply_examples_validate_and_match_the_helpers() -> None:
    assert (
        webhooks.assistant_request_reply(assistant_id=REPLY_EXAMPLES["assistantRequest"]["assistantId"])
        == REPLY_EXAMPLES["assistantRequest"]
    )
    assert (
        webhooks.assistant_request_reply(error=REPLY_EXAMPLES["assistantRequestRefused"]["error"])
        == REPLY_EXAMPLES["assistantRequestRefused"]
    )
    results = [r["result"] for r in REPLY_EXAMPLES["toolCalls"]["results"]]
    assert webhooks.tool_calls_reply(zip(TOOL_CALLS, results)) == REPLY_EXAMPLES["toolCalls"]
    assert (
        webhooks.transfer_destination_reply(REPLY_EXAMPLES["transferDestinationRequest"]["destination"])
        == REPLY_EXAMPLES["transferDestinationRequest"]
    )
    assert (
        webhooks.knowledge_base_reply(REPLY_EXAMPLES["knowledgeBaseRequest"]["documents"])
        == REPLY_EXAMPLES["knowledgeBaseRequest"]
    )
    assert (
        webhooks.reply("handoff-destination-request", REPLY_EXAMPLES["handoffDestinationRequest"])
        == REPLY_EXAMPLES["handoffDestinationRequest"]
    )
    assert webhooks.reply("call.endpointing.request", timeout_seconds=1.5) == REPLY_EXAMPLES["callEndpointingRequest"]
    assert webhooks.reply("campaign.predial", eligible=True) == REPLY_EXAMPLES["campaignPredial"]
    ServerMessageResponseAssistantRequest.from_dict(REPLY_EXAMPLES["assistantRequest"], strict=True)


def test_replies_to_the_new_types_are_checked_strictly() -> None:
    with pytest.raises(ValidationError, match=r"^timeoutSeconds: "):
        webhooks.reply("call.endpointing.request", timeout_seconds=20)  # at most 15 s
    with pytest.raises(ValidationError, match=r"missing 'eligible'"):
        webhooks.reply("campaign.predial", {})
    with pytest.raises(ValidationError, match=r"missing 'destination'"):
        webhooks.reply("handoff-destination-request", {"result": "no one is free"})
    with pytest.raises(ValueError, match="raw audio"):
        webhooks.reply("voice-request", {"data": "AAAA"})


def test_reply_schemas_come_from_the_spec() -> None:
    # Named after the message schema: ServerMessageToolCalls -> ServerMessageResponseToolCalls.
    assert webhooks.reply_schemas() == REPLY_SCHEMAS
    documented = WEBHOOK["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
    assert set(webhooks.reply_schemas().values()) == {ref["$ref"].rsplit("/", 1)[1] for ref in documented}
    assert set(webhooks.message_schemas()) == set(MESSAGE_TYPES)
    assert webhooks.expects_reply("tool-calls") and not webhooks.expects_reply("status-update")
    assert webhooks.expects_reply(webhooks.parse(example("assistant-request")))
    assert not webhooks.expects_reply(webhooks.parse({"message": {"type": "from-the-future"}}))


def test_generic_reply_takes_a_dict_a_model_or_keywords() -> None:
    expected = {"results": [{"name": "getWeather", "toolCallId": "c1", "result": "ok"}]}
    assert webhooks.reply("tool-calls", expected) == expected
    assert webhooks.reply(webhooks.parse(example("tool-calls")), results=expected["results"]) == expected
    model = ServerMessageResponseAssistantRequest.from_dict({"assistantId": "a"})
    assert webhooks.reply("assistant-request", model) == {"assistantId": "a"}
    assert webhooks.reply("assistant-request", {"assistantId": "a"}, assistant_id="b") == {"assistantId": "b"}
    with pytest.raises(TypeError, match="has no field 'assistantID'"):
        webhooks.reply("assistant-request", assistantID="a")
    with pytest.raises(ValidationError, match=r"^results\[0\]: missing 'name'"):
        webhooks.reply("tool-calls", {"results": [{"toolCallId": "c1", "result": "ok"}]})  # name is required


@pytest.mark.parametrize("message_type", ["status-update", "from-the-future", "transfer-update", "function-call"])
def test_a_type_without_a_reply_schema_is_refused(message_type: str) -> None:
    with pytest.raises(ValueError, match="expects no reply"):
        webhooks.reply(message_type, {})


def test_tool_result_may_be_a_dict_of_result_fields() -> None:
    reply = webhooks.tool_calls_reply(
        [
            (TOOL_CALLS[0], {"error": "The forecast service is down."}),
            (TOOL_CALLS[1], {"result": "Booked.", "name": "book"}),
        ]
    )
    assert reply["results"] == [
        {"name": "getWeather", "toolCallId": "call_8VnIbT3f2kYq", "error": "The forecast service is down."},
        {"name": "book", "toolCallId": "call_Qx41LmZp0aWd", "result": "Booked."},  # the result's fields win
    ]


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (
            lambda: webhooks.assistant_request_reply(
                assistant_id="a", assistant_overrides={"variableValues": {"x": float("nan")}}
            ),
            "assistantOverrides.variableValues.x",
        ),
        (
            lambda: webhooks.assistant_request_reply(assistant={"metadata": {"k": [float("-inf")]}}),
            "assistant.metadata.k[0]",
        ),
        (
            lambda: webhooks.tool_calls_reply({"id1": {"name": "x", "result": "ok", "extra": float("inf")}}),
            "results[0].extra",
        ),
        (lambda: webhooks.reply("call.endpointing.request", timeout_seconds=float("nan")), "timeoutSeconds"),
        (
            lambda: webhooks.knowledge_base_reply([{"content": "a", "similarity": float("nan")}]),
            "documents[0].similarity",
        ),
    ],
)
def test_replies_refuse_nan_and_infinity_anywhere(build: Any, path: str) -> None:
    with pytest.raises(ValidationError) as refused:
        build()
    assert refused.value.path == path


# Replies as Vapi's pages show them (issue 26, item 3), completed from the message they answer.

TOOL_CALLS_MESSAGE = webhooks.parse(example("tool-calls"))


def test_a_result_without_name_takes_it_from_the_tool_call_it_answers() -> None:
    # The custom-tools page's reply: toolCallId and result, no name.
    documented = {"results": [{"toolCallId": "call_Qx41LmZp0aWd", "result": "Booked."}]}
    reply = webhooks.reply(TOOL_CALLS_MESSAGE, documented)
    assert reply == {"results": [{"name": "bookTable", "toolCallId": "call_Qx41LmZp0aWd", "result": "Booked."}]}
    assert schema_errors("ServerMessageResponseToolCalls", reply) == []
    assert documented == {"results": [{"toolCallId": "call_Qx41LmZp0aWd", "result": "Booked."}]}  # not edited


def test_a_result_for_a_call_the_message_does_not_have_still_needs_its_name() -> None:
    with pytest.raises(ValidationError, match=r"^results\[0\]: missing 'name' \(in ToolCallResult\)$"):
        webhooks.reply(TOOL_CALLS_MESSAGE, {"results": [{"toolCallId": "call_other", "result": "x"}]})


@pytest.mark.parametrize("result", [62, 0.5, True, None, {"temp": 62, "sky": ["clear"]}, ["a", 1]])
def test_a_result_of_any_json_type_is_sent_as_given(result: Any) -> None:
    reply = webhooks.reply(TOOL_CALLS_MESSAGE, {"results": [{"toolCallId": "call_8VnIbT3f2kYq", "result": result}]})
    assert reply == {"results": [{"name": "getWeather", "toolCallId": "call_8VnIbT3f2kYq", "result": result}]}
    if not isinstance(result, dict):  # a dict given to tool_calls_reply holds ToolCallResult fields
        assert webhooks.tool_calls_reply([(TOOL_CALLS[0], result)])["results"][0]["result"] == result


def test_a_result_is_still_json() -> None:
    with pytest.raises(ValidationError, match="NaN"):
        webhooks.reply(TOOL_CALLS_MESSAGE, {"results": [{"toolCallId": "call_8VnIbT3f2kYq", "result": [math.nan]}]})


def test_a_knowledge_base_message_without_type_is_a_custom_message() -> None:
    documented = {"message": {"role": "assistant", "content": "You have 30 days to return items."}}
    reply = webhooks.reply("knowledge-base-request", documented)
    assert reply["message"] == {"type": "custom-message", **documented["message"]}
    assert webhooks.knowledge_base_reply(message=documented["message"]) == reply
    with pytest.raises(ValidationError, match=r"^message\.type: expected 'custom-message', got 'say'"):
        webhooks.reply("knowledge-base-request", {"message": {"type": "say", "content": "x"}})


def test_validate_warn_returns_a_mismatched_reply_as_given_with_warnings() -> None:
    given = {"results": [{"toolCallId": "call_1", "result": "Y", "error": 3}]}
    with pytest.warns(ValidationWarning) as caught:
        reply = webhooks.reply("tool-calls", given, validate="warn")
    assert reply == given
    assert [str(warning.message) for warning in caught] == [
        "results[0].error: expected a string, got a number (in ToolCallResult); sent as given (validate='warn')",
        "results[0]: missing 'name' (in ToolCallResult); sent as given (validate='warn')",
    ]
    assert {warning.filename for warning in caught} == {__file__}
    with pytest.raises(ValidationError, match="Infinity"):  # what JSON cannot carry is refused all the same
        webhooks.reply("tool-calls", {"results": [{"toolCallId": "c", "error": math.inf}]}, validate="warn")
    with pytest.raises(ValueError, match="validate must be one of"):
        webhooks.reply("tool-calls", {}, validate="lenient")  # type: ignore[arg-type]
