"""vapi_spec/rules.py on the upstream quirks the replay met in older snapshots (tests/spec/test_replay.py)."""

from __future__ import annotations

from typing import Any

from vapi_spec import rules as spec_rules

REF = spec_rules.REF_PREFIX
JSONObject = dict[str, Any]

CONFIG: JSONObject = {
    "union_tags": ["type", "provider", "role"],
    "union_names": {},
    "extensible_enums": "(?i)(provider|voiceId)$",
}


def document(schemas: JSONObject) -> JSONObject:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def variant(tag: str) -> JSONObject:
    return {"type": "object", "properties": {"provider": {"type": "string", "const": tag}}, "required": ["provider"]}


def test_dangling_refs_drops_alternatives_upstream_never_published() -> None:
    """2024-12 lists `BashToolWithToolCall` in a union but has no such schema; in 2024-09 the overlay's
    `CallBatchResponse` alternative of POST /call/phone does not exist yet."""
    doc = document(
        {
            "A": variant("a"),
            "B": variant("b"),
            "Host": {
                "type": "object",
                "properties": {
                    "many": {
                        "oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "Missing"}, {"$ref": REF + "B"}],
                        "discriminator": {
                            "propertyName": "provider",
                            "mapping": {"a": REF + "A", "m": REF + "Missing", "b": REF + "B"},
                        },
                    },
                    "one": {"description": "kept", "oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "Missing"}]},
                },
            },
        }
    )
    log: list[tuple[str, str]] = []
    spec_rules.dangling_refs(doc, CONFIG, log)
    props = doc["components"]["schemas"]["Host"]["properties"]
    assert props["many"]["oneOf"] == [{"$ref": REF + "A"}, {"$ref": REF + "B"}]
    assert props["many"]["discriminator"]["mapping"] == {"a": REF + "A", "b": REF + "B"}
    assert props["one"] == {"description": "kept", "$ref": REF + "A"}
    assert sorted(set(log)) == [("dangling_refs", "Host.many"), ("dangling_refs", "Host.one")]


def test_enum_cleanup_reads_type_enum_as_string() -> None:
    """2025-03 to 2026-03: `backgroundSound: oneOf [{type: enum, enum: [off, office]}, {type: string}]`."""
    doc = document({"Host": {"type": "object", "properties": {"sound": {"type": "enum", "enum": ["off", "office"]}}}})
    log: list[tuple[str, str]] = []
    spec_rules.enum_cleanup(doc, CONFIG, log)
    assert doc["components"]["schemas"]["Host"]["properties"]["sound"] == {"type": "string", "enum": ["off", "office"]}
    assert log == [("enum_cleanup", "Host.sound")]


def test_named_enums_merges_an_enum_listed_beside_an_open_enum() -> None:
    """2024-12/2025-03 `OpenAIVoice.voiceId`: `enum` (11 values) beside `oneOf [{enum: 6 values}, {type: string}]`."""
    voice_id = {
        "enum": ["alloy", "echo", "ash"],
        "oneOf": [{"type": "string", "enum": ["alloy", "echo"]}, {"type": "string"}],
    }
    doc = document({"OpenAIVoice": {"type": "object", "properties": {"voiceId": voice_id}}})
    log: list[tuple[str, str]] = []
    spec_rules.named_enums(doc, CONFIG, log)
    schemas = doc["components"]["schemas"]
    assert schemas["OpenAIVoice"]["properties"]["voiceId"] == {
        "anyOf": [{"$ref": REF + "OpenAIVoiceVoiceId"}, {"type": "string"}]
    }
    assert schemas["OpenAIVoiceVoiceId"]["enum"] == ["alloy", "echo", "ash"]
    assert log[0] == ("named_enums", "OpenAIVoice.voiceId")


def test_discriminated_unions_logs_each_tag_it_makes_required() -> None:
    """The fidelity test explains a required flag upstream did not set by this log entry."""
    loose = variant("b")
    loose["required"] = []
    doc = document(
        {
            "A": variant("a"),
            "B": loose,
            "Host": {"type": "object", "properties": {"voice": {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]}}},
        }
    )
    doc["components"]["schemas"]["B"]["required"] = []
    log: list[tuple[str, str]] = []
    # upstream's own discriminator makes a tag it forgot to require count
    doc["components"]["schemas"]["Host"]["properties"]["voice"]["discriminator"] = {"propertyName": "provider"}
    spec_rules.discriminated_unions(doc, CONFIG, log)
    assert doc["components"]["schemas"]["B"]["required"] == ["provider"]
    assert ("discriminated_unions", "B.provider") in log
    assert ("discriminated_unions", "A.provider") not in log  # A required it already
