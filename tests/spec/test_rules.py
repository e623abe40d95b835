"""vapi_spec/rules.py on the upstream quirks the replay met in older snapshots (tests/spec/test_replay.py)."""

from __future__ import annotations

from typing import Any

from vapi_spec import build as spec_build
from vapi_spec import changes as spec_changes
from vapi_spec import rules as spec_rules

from tests.spec._generator import SPEC_DIR

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


# Contradictions (issue 26): the spec's own examples, defaults, descriptions and sibling unions widen a type.

WIDENED = spec_rules.WIDENED
RULES_YAML = spec_build.load_sources(SPEC_DIR)[2]


def host(**props: JSONObject) -> JSONObject:
    return document({"Host": {"type": "object", "properties": props}})


def test_example_types_widens_what_the_examples_show() -> None:
    """2026-08: `emotion` is one string of an enum, its example an array; `excludedStatusCodes` items are
    objects, its example integers; `speed` a number whose example is null; `language` an object shown as "en"."""
    emotion = {"type": "string", "enum": ["positivity:high", "anger:low"], "examples": [["positivity:high"]]}
    doc = host(
        emotion=emotion,
        stray={"type": "string", "enum": ["a", "b"], "examples": [["happiness:high"]]},
        codes={"type": "array", "items": {"type": "object"}, "examples": [[400, 401]]},
        speed={"type": "number", "description": "kept", "examples": [None]},
        language={"type": "object", "examples": ["en"]},
        rate={"type": "number", "default": None},
        conditions={"type": "array", "items": {"type": "string"}, "examples": ["[{ type: 'regex' }]"]},
        strict={"type": "boolean", "examples": [{"strict": True}]},
    )
    log: list[tuple[str, str]] = []
    spec_rules.example_types(doc, {"example_types": RULES_YAML["example_types"]}, log)
    props = doc["components"]["schemas"]["Host"]["properties"]
    scalar = {"type": "string", "enum": ["positivity:high", "anger:low"]}
    assert props["emotion"]["oneOf"] == [scalar, {"type": "array", "items": scalar}]
    assert props["emotion"][WIDENED] == {"rule": "example_types", "was": "string (2 values)"}
    # Items the enum does not list: an array of what the example holds.
    assert props["stray"]["oneOf"][1] == {"type": "array", "items": {"type": "string"}}
    assert props["codes"]["items"] == {"type": "integer"}
    assert props["codes"][WIDENED]["was"] == "array of object"
    assert props["speed"]["type"] == ["number", "null"] and props["speed"]["description"] == "kept"
    assert props["language"]["type"] == "string"
    assert props["rate"]["type"] == ["number", "null"]
    # JavaScript written as a string, an object for a boolean: upstream mistakes, left to invalid_examples.
    assert WIDENED not in props["conditions"] and WIDENED not in props["strict"]
    assert sorted(where for _, where in log) == [
        "Host.codes",
        "Host.emotion",
        "Host.language",
        "Host.rate",
        "Host.speed",
        "Host.stray",
    ]


def test_example_types_reads_only_the_sources_rules_yaml_names() -> None:
    doc = host(rate={"type": "number", "default": None})
    log: list[tuple[str, str]] = []
    spec_rules.example_types(doc, {"example_types": {"from": ["examples"]}}, log)
    assert doc["components"]["schemas"]["Host"]["properties"]["rate"] == {"type": "number", "default": None}
    assert log == []


def test_description_types_reads_the_phrases_in_rules_yaml() -> None:
    """2026-08: "null on update clears" (an enum), "If equal to null or not provided" (a number)."""
    doc = host(
        url={"type": "string", "enum": ["a", "b"], "description": "Vapi detects it; null on update clears it."},
        rate={"type": "number", "description": "If equal to null or not provided, the default is used."},
        plan={"$ref": REF + "Plan", "description": "Set to null to remove the plan."},
        ids={"type": "string", "description": "An array of ids, comma free."},
        schema={"type": "object", "description": "Supports string, number, boolean, and null types."},
        column={"type": "string", "description": "Filters on multiple values provided as an array."},
    )
    log: list[tuple[str, str]] = []
    spec_rules.description_types(doc, {"description_types": RULES_YAML["description_types"]}, log)
    props = doc["components"]["schemas"]["Host"]["properties"]
    assert props["url"]["type"] == ["string", "null"] and props["url"]["enum"] == ["a", "b"]
    assert props["rate"]["type"] == ["number", "null"]
    assert props["plan"]["oneOf"] == [{"$ref": REF + "Plan"}, {"type": "null"}] and "$ref" not in props["plan"]
    assert props["ids"]["oneOf"] == [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    assert props["ids"][WIDENED] == {"rule": "description_types", "was": "string"}
    assert WIDENED not in props["schema"] and WIDENED not in props["column"]
    assert sorted(where for _, where in log) == ["Host.ids", "Host.plan", "Host.rate", "Host.url"]


def test_union_siblings_completes_a_union_from_its_sibling_and_its_mapping() -> None:
    """2026-08: the assistant's `hooks` omit `CallHookModelResponseTimeout`, which the workflow's list."""
    names = ["Ending", "Interrupted", "Timeout", "Session", "ModelTimeout", "Number", "Sip", "Assistant", "Mapped"]
    refs = {name: {"$ref": REF + name} for name in names}
    schemas: JSONObject = {name: variant(name.lower()) for name in names}
    schemas["Assistant"] = {"type": "object", "properties": {"hooks": {"type": "array", "items": {"oneOf": [
        refs["Ending"], refs["Interrupted"], refs["Timeout"], refs["Session"]]}}}}  # fmt: skip
    schemas["Workflow"] = {"type": "object", "properties": {"hooks": {"type": "array", "items": {"oneOf": [
        refs["Ending"], refs["Interrupted"], refs["Timeout"], refs["ModelTimeout"]]}}}}  # fmt: skip
    # A union that is a subset of another is a narrowing, not an omission.
    schemas["Transfer"] = {"type": "object", "properties": {"destination": {"oneOf": [refs["Number"], refs["Sip"]]}}}
    schemas["Call"] = {
        "type": "object",
        "properties": {"destination": {"oneOf": [refs["Number"], refs["Sip"], refs["Assistant"]]}},
    }
    schemas["Mapped"] = {
        "oneOf": [refs["Number"]],
        "discriminator": {"propertyName": "provider", "mapping": {"number": REF + "Number", "sip": REF + "Sip"}},
    }
    doc = document(schemas)
    log: list[tuple[str, str]] = []
    spec_rules.union_siblings(doc, {"union_siblings": RULES_YAML["union_siblings"]}, log)
    got = doc["components"]["schemas"]
    assert got["Assistant"]["properties"]["hooks"]["items"]["oneOf"][-1] == refs["ModelTimeout"]
    assert got["Workflow"]["properties"]["hooks"]["items"]["oneOf"][-1] == refs["Session"]
    assert got["Transfer"]["properties"]["destination"]["oneOf"] == [refs["Number"], refs["Sip"]]
    assert got["Mapped"]["oneOf"] == [refs["Number"], refs["Sip"]]
    assert got["Assistant"]["properties"]["hooks"]["items"][WIDENED]["rule"] == "union_siblings"
    assert sorted(where for _, where in log) == ["Assistant.hooks[]", "Mapped", "Workflow.hooks[]"]


def test_rule_effects_lists_each_widened_schema_for_the_report() -> None:
    doc = host(speed={"type": "number", "examples": [None]})
    spec_rules.example_types(doc, {}, [])
    effects = spec_rules.rule_effects(doc)
    assert effects == [{"where": "Host.speed", "rule": "example_types", "was": "number", "now": "number or null"}]
    assert spec_changes.rules_lines(effects)[0] == "### Contradictions resolved by rules: 1"


def test_the_contradiction_rules_run_on_every_build() -> None:
    assert {"example_types", "description_types", "union_siblings"} <= set(RULES_YAML["order"])
