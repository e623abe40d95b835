"""What the webhook tests read: the spec's server messages and reply schemas, and the payloads in tests/data/webhooks.

Vapi's 2026-08 document has no examples on the server message schemas, so the request payloads are
written by hand in tests/data/webhooks/ (one JSON file per message type at least, each built from its
schema's properties and parsing strictly); `test_every_message_type_has_a_payload` notices a new type.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
with (ROOT / "openapi.yaml").open(encoding="utf-8") as _f:
    SPEC: dict[str, Any] = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
DATA = ROOT / "tests" / "data" / "webhooks"

_DOC = "urn:vapi-openapi"
_REGISTRY = Registry().with_resource(_DOC, DRAFT202012.create_resource(SPEC))
WEBHOOK = SPEC["webhooks"]["serverMessage"]["post"]
MESSAGE_TYPES: dict[str, str] = {
    tag: target.rsplit("/", 1)[1]
    for tag, target in SPEC["components"]["schemas"]["ServerMessageBody"]["discriminator"]["mapping"].items()
}
# The request payloads Vapi POSTs, by file name (the envelope {"message": {...}}).
REQUEST_EXAMPLES: dict[str, Any] = {
    path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(DATA.glob("*.json"))
}
# The reply schema each message type expects (the others' reply bodies are ignored by Vapi;
# voice-request is answered with raw audio).
REPLY_SCHEMAS = {
    "assistant-request": "ServerMessageResponseAssistantRequest",
    "handoff-destination-request": "ServerMessageResponseHandoffDestinationRequest",
    "knowledge-base-request": "ServerMessageResponseKnowledgeBaseRequest",
    "tool-calls": "ServerMessageResponseToolCalls",
    "transfer-destination-request": "ServerMessageResponseTransferDestinationRequest",
    "call.endpointing.request": "ServerMessageResponseCallEndpointingRequest",
    "campaign.predial": "ServerMessageResponseCampaignPredial",
}
# Replies as the reply helpers build them, one or more per type that expects one.
REPLY_EXAMPLES: dict[str, Any] = json.loads((DATA / "replies" / "replies.json").read_text(encoding="utf-8"))


def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at a JSON pointer of the spec, e.g. /components/schemas/ServerMessage."""
    return Draft202012Validator(
        {"$ref": f"{_DOC}#{pointer}"}, registry=_REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def component(name: str) -> Draft202012Validator:
    return validator(f"/components/schemas/{name}")


# Upstream's conversation message lists (`messages` of Call, Artifact and several server messages) are a
# oneOf of UserMessage, SystemMessage, BotMessage, ToolCallMessage and ToolCallResultMessage whose `role`
# is any string: a user or bot message is valid under both UserMessage and BotMessage, so JSON Schema's
# oneOf refuses every real transcript. That error, and only at such a list item, is set aside here.
_MESSAGE_LISTS = {"messages"}


def _ambiguous_list_item(error: Any) -> bool:
    path = list(error.absolute_path)
    return (
        error.validator == "oneOf"
        and len(path) >= 2
        and path[-2] in _MESSAGE_LISTS
        and isinstance(path[-1], int)
        and "is valid under each of" in error.message
    )


def schema_errors(name: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in component(name).iter_errors(instance)
        if not _ambiguous_list_item(e)
    ]


def example(message_type: str) -> dict[str, Any]:
    """A deep copy of the payload for a message type (the file named after it)."""
    name = "transcript-final.json" if message_type == 'transcript[transcriptType="final"]' else f"{message_type}.json"
    found = REQUEST_EXAMPLES[name]
    assert found["message"]["type"] == message_type, name
    return copy.deepcopy(found)
