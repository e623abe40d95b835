"""What the webhook tests read from openapi.yaml: the server message examples and the reply schemas."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
with (ROOT / "openapi.yaml").open(encoding="utf-8") as _f:
    SPEC: dict[str, Any] = yaml.safe_load(_f)

_DOC = "urn:vapi-openapi"
_REGISTRY = Registry().with_resource(_DOC, DRAFT202012.create_resource(SPEC))
WEBHOOK = SPEC["webhooks"]["serverMessage"]["post"]
REPLY_EXAMPLES: dict[str, Any] = {
    name: example["value"]
    for name, example in WEBHOOK["responses"]["200"]["content"]["application/json"]["examples"].items()
}
MESSAGE_TYPES: dict[str, str] = {
    tag: target.rsplit("/", 1)[1]
    for tag, target in SPEC["components"]["schemas"]["ServerMessageBody"]["discriminator"]["mapping"].items()
}
# Each message type's examples live on its schema; Vapi POSTs them wrapped in the envelope.
REQUEST_EXAMPLES: dict[str, Any] = {
    f"{name}.examples[{index}]": {"message": value}
    for name in MESSAGE_TYPES.values()
    for index, value in enumerate(SPEC["components"]["schemas"][name].get("examples", []))
}

# The reply schema each message type expects (the others' reply bodies are ignored by Vapi).
REPLY_SCHEMAS = {
    "assistant-request": "ServerMessageResponseAssistantRequest",
    "function-call": "ServerMessageResponseFunctionCall",
    "tool-calls": "ServerMessageResponseToolCalls",
}


def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at a JSON pointer of the spec, e.g. /components/schemas/ServerMessage."""
    return Draft202012Validator(
        {"$ref": f"{_DOC}#{pointer}"}, registry=_REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def component(name: str) -> Draft202012Validator:
    return validator(f"/components/schemas/{name}")


def schema_errors(name: str, instance: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in component(name).iter_errors(instance)]


def example(message_type: str) -> dict[str, Any]:
    """A deep copy of the spec's request example for a message type."""
    (found,) = [v for v in REQUEST_EXAMPLES.values() if v["message"]["type"] == message_type]
    return copy.deepcopy(found)
