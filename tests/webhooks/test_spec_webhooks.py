"""The server messages in openapi.yaml: webhook, components, payloads and generated models agree."""

from __future__ import annotations

from typing import Any

from vapi_client import Model, models

from tests.webhooks._spec import (
    MESSAGE_TYPES,
    REPLY_EXAMPLES,
    REPLY_SCHEMAS,
    REQUEST_EXAMPLES,
    SPEC,
    WEBHOOK,
    component,
    schema_errors,
    validator,
)

COMPONENTS = SPEC["components"]["schemas"]


def test_webhook_request_and_replies_use_the_components() -> None:
    body = WEBHOOK["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ServerMessage"}
    assert COMPONENTS["ServerMessage"]["properties"]["message"] == {
        "description": COMPONENTS["ServerMessage"]["properties"]["message"]["description"],
        "$ref": "#/components/schemas/ServerMessageBody",
    }
    # The reply is the ServerMessageResponse<Type> body itself, not upstream's messageResponse wrapper.
    replies = WEBHOOK["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
    assert [r["$ref"].rsplit("/", 1)[1] for r in replies] == list(REPLY_SCHEMAS.values())
    assert "401" in WEBHOOK["responses"]
    scheme = SPEC["components"]["securitySchemes"]["vapiServerSecret"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "x-vapi-secret")


def test_each_variant_pins_its_type_and_reuses_the_call_components() -> None:
    for tag, name in MESSAGE_TYPES.items():
        variant = COMPONENTS[name]
        pinned = variant["properties"]["type"]
        tags = [pinned["const"]] if "const" in pinned else COMPONENTS[pinned["$ref"].rsplit("/", 1)[1]]["enum"]
        assert tag in tags and "type" in variant["required"], name
        assert variant["properties"]["call"]["$ref"] == "#/components/schemas/Call", name
        assert variant.get("additionalProperties", True) is True, name  # newer fields are not refused
    # The same values as the call's own status and ended reason: one enum class serves every place.
    assert COMPONENTS["ServerMessageStatusUpdate"]["properties"]["status"]["$ref"].endswith("/CallStatus")
    for name in ("ServerMessageEndOfCallReport", "ServerMessageStatusUpdate"):
        assert COMPONENTS[name]["properties"]["endedReason"]["$ref"].endswith("/CallEndedReason")


def has_a_message_list(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            (key == "messages" and isinstance(item, list) and item) or has_a_message_list(item)
            for key, item in value.items()
        )
    return isinstance(value, list) and any(has_a_message_list(item) for item in value)


def test_every_payload_validates() -> None:
    # Against the JSON Schema too, not only the generated parser (see _spec for the one exception).
    body = validator("/webhooks/serverMessage/post/requestBody/content/application~1json/schema")
    for name, value in REQUEST_EXAMPLES.items():
        assert schema_errors(MESSAGE_TYPES[value["message"]["type"]], value["message"]) == [], name
        if not has_a_message_list(value):  # the ambiguous message lists fail the envelope's oneOf as a whole
            assert list(body.iter_errors(value)) == [], name


def test_every_reply_payload_validates() -> None:
    documented = validator("/webhooks/serverMessage/post/responses/200/content/application~1json/schema")
    for key, value in REPLY_EXAMPLES.items():
        assert documented.is_valid(value), key
    for key, schema in [
        ("assistantRequest", "ServerMessageResponseAssistantRequest"),
        ("assistantRequestRefused", "ServerMessageResponseAssistantRequest"),
        ("toolCalls", "ServerMessageResponseToolCalls"),
        ("transferDestinationRequest", "ServerMessageResponseTransferDestinationRequest"),
        ("handoffDestinationRequest", "ServerMessageResponseHandoffDestinationRequest"),
        ("knowledgeBaseRequest", "ServerMessageResponseKnowledgeBaseRequest"),
        ("callEndpointingRequest", "ServerMessageResponseCallEndpointingRequest"),
        ("campaignPredial", "ServerMessageResponseCampaignPredial"),
    ]:
        assert schema_errors(schema, REPLY_EXAMPLES[key]) == [], key
        getattr(models, schema).from_dict(REPLY_EXAMPLES[key], strict=True)


def test_the_schemas_refuse_what_they_should() -> None:
    assert not component("ServerMessage").is_valid({"message": {"type": "status-update"}})  # status required
    assert not component("ServerMessage").is_valid({"message": {"type": "function-call", "functionCall": {}}})
    assert not component("ServerMessageResponseToolCalls").is_valid({"results": [{"toolCallId": "x", "result": "y"}]})
    assert not component("ServerMessageResponseCallEndpointingRequest").is_valid({"timeoutSeconds": 16})
    assert not component("ServerMessageResponseCampaignPredial").is_valid({})


def test_every_variant_and_reply_is_a_generated_model() -> None:
    names = [
        *MESSAGE_TYPES.values(),
        *REPLY_SCHEMAS.values(),
        "ServerMessage",
        "ServerMessageResponse",
        "ServerMessageResponseVoiceRequest",
        "ToolCallResult",
        "ToolCall",
        "ToolCallFunction",
        "FunctionToolWithToolCall",
        "UserMessage",
        "BotMessage",
        "OpenAIMessage",
    ]
    for name in names:
        assert issubclass(getattr(models, name), Model), name
    assert models.UnknownServerMessageBody.family == "ServerMessageBody"
    assert models.UnknownServerMessageBody.tag_property == "type"
