"""The server messages in openapi.yaml: webhook, components, examples and generated models agree."""

from __future__ import annotations

from vapi_client import Model, models

from tests.webhooks._spec import MESSAGE_TYPES, REQUEST_EXAMPLES, SPEC, WEBHOOK, component, schema_errors, validator

COMPONENTS = SPEC["components"]["schemas"]


def test_webhook_request_and_replies_use_the_components() -> None:
    body = WEBHOOK["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ServerMessage"}
    assert COMPONENTS["ServerMessage"]["properties"]["message"] == {
        "description": COMPONENTS["ServerMessage"]["properties"]["message"]["description"],
        "$ref": "#/components/schemas/ServerMessageBody",
    }
    replies = WEBHOOK["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
    assert [r["$ref"].rsplit("/", 1)[1] for r in replies] == [
        "ServerMessageResponseAssistantRequest",
        "ServerMessageResponseFunctionCall",
        "ServerMessageResponseToolCalls",
    ]
    assert "401" in WEBHOOK["responses"]
    scheme = SPEC["components"]["securitySchemes"]["vapiServerSecret"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "x-vapi-secret")


def test_each_variant_pins_its_type_and_reuses_the_call_components() -> None:
    for tag, name in MESSAGE_TYPES.items():
        variant = COMPONENTS[name]
        assert variant["properties"]["type"]["const"] == tag and "type" in variant["required"], name
        assert variant["properties"]["call"]["$ref"] == "#/components/schemas/Call", name
        assert variant.get("additionalProperties") is True, name
    assert COMPONENTS["ServerMessageStatusUpdate"]["properties"]["status"]["$ref"].endswith("/CallStatus")
    assert COMPONENTS["ServerMessageEndOfCallReport"]["properties"]["endedReason"]["$ref"].endswith("/CallEndedReason")


def test_every_request_example_validates() -> None:
    body = validator("/webhooks/serverMessage/post/requestBody/content/application~1json/schema")
    for name, value in REQUEST_EXAMPLES.items():
        assert list(body.iter_errors(value)) == [], name
        assert schema_errors(MESSAGE_TYPES[value["message"]["type"]], value["message"]) == [], name


def test_the_schemas_refuse_what_they_should() -> None:
    assert not component("ServerMessage").is_valid({"message": {"type": "status-update"}})  # status required
    assert not component("ServerMessage").is_valid({"message": {"type": "function-call", "functionCall": {}}})
    assert not component("ServerMessageResponseToolCalls").is_valid({"results": [{"toolCallId": "x"}]})
    assert not component("ServerMessageResponseFunctionCall").is_valid({"result": 1})


def test_every_variant_and_reply_is_a_generated_model() -> None:
    names = [
        *MESSAGE_TYPES.values(),
        "ServerMessage",
        "ServerMessageResponseAssistantRequest",
        "ServerMessageResponseFunctionCall",
        "ServerMessageResponseToolCalls",
        "ServerMessageToolCallResult",
        "ServerMessageToolCall",
        "ServerMessageToolCallFunction",
        "ServerMessageFunctionCallDetails",
        "ServerMessageConversationMessage",
    ]
    for name in names:
        assert issubclass(getattr(models, name), Model), name
    assert models.UnknownServerMessageBody.family == "ServerMessageBody"
    assert models.UnknownServerMessageBody.tag_property == "type"
