"""vapi_spec/changes.py: each classification rule on small documents, then two real upstream snapshots."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from vapi_spec import changes as sc

JSONObject = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "tests" / "data" / "upstream"


def ref(name: str) -> JSONObject:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: JSONObject, required: list[str] | None = None) -> JSONObject:
    schema: JSONObject = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def document(schemas: JSONObject, *, openapi: str = "3.1.0", **extra: Any) -> JSONObject:
    """`In` is written (request body of POST /thing), `Out` is read (its response), `Both` is reached by each."""
    base: JSONObject = {
        "In": obj({"both": ref("Both")}),
        "Out": obj({"both": ref("Both")}),
        "Both": obj({}),
    }
    paths = {
        "/thing": {
            "post": {
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref("In")}}},
                "responses": {"201": {"description": "", "content": {"application/json": {"schema": ref("Out")}}}},
            }
        }
    }
    return {"openapi": openapi, "paths": paths, "components": {"schemas": {**base, **schemas}}, **extra}


def diff(old_schemas: JSONObject, new_schemas: JSONObject, **kwargs: Any) -> JSONObject:
    report: JSONObject = sc.compare(
        document(old_schemas), document(new_schemas), from_label="old", to_label="new", **kwargs
    )
    return report


def entries(report: JSONObject, key: str, where: str) -> set[tuple[str, str]]:
    """(kind, direction) pairs at `where`: for "breaking", the directions an entry breaks; for "changes",
    the directions it reaches without breaking (an entry is listed once, whichever list holds it)."""
    found = [e for e in report["breaking"] + report["changes"] if e["where"] == where]
    if key == "breaking":
        return {(e["kind"], d) for e in found for d in e.get("breaks", [])}
    return {(e["kind"], d) for e in found for d in e["affects"] if d not in e.get("breaks", [])}


def only_at(report: JSONObject, where: str) -> JSONObject:
    return {key: entries(report, key, where) for key in ("breaking", "changes")}


# ---------------------------------------------------------------------------------------
# properties


def test_property_added_breaks_no_one() -> None:
    report = diff({"Both": obj({})}, {"Both": obj({"nickname": {"type": "string"}})})
    assert only_at(report, "Both.nickname") == {
        "breaking": set(),
        "changes": {("property-added", "requests"), ("property-added", "responses")},
    }
    assert report["schemas"]["changed"] == ["Both"]


def test_required_property_added_breaks_writers_only() -> None:
    report = diff({"Both": obj({})}, {"Both": obj({"nickname": {"type": "string"}}, ["nickname"])})
    assert only_at(report, "Both.nickname") == {
        "breaking": {("property-added", "requests")},
        "changes": {("property-added", "responses")},
    }


@pytest.mark.parametrize(
    ("schema", "affects"),
    [("In", {"requests"}), ("Out", {"responses"}), ("Both", {"requests", "responses"})],
)
def test_property_removed_breaks_where_reachable(schema: str, affects: set[str]) -> None:
    old = {schema: obj({"both": ref("Both"), "name": {"type": "string"}})}
    new = {schema: obj({"both": ref("Both")})}
    report = diff(old, new)
    assert only_at(report, f"{schema}.name") == {
        "breaking": {("property-removed", a) for a in affects},
        "changes": set(),
    }


def test_property_retyped_breaks_both_directions() -> None:
    report = diff({"Both": obj({"count": {"type": "string"}})}, {"Both": obj({"count": {"type": "integer"}})})
    assert only_at(report, "Both.count")["breaking"] == {("retyped", "requests"), ("retyped", "responses")}
    [entry] = [e for e in report["breaking"] if e["where"] == "Both.count"]
    assert entry["what"] == "type changed: string -> integer"
    assert entry["affects"] == entry["breaks"] == ["requests", "responses"], "one entry, both directions"


def test_retyped_only_for_the_reachable_direction() -> None:
    report = diff({"Out": obj({"n": {"type": "string"}})}, {"Out": obj({"n": {"type": "number"}})})
    assert only_at(report, "Out.n") == {"breaking": {("retyped", "responses")}, "changes": set()}


def test_made_required_breaks_writers_not_readers() -> None:
    old = {"Both": obj({"name": {"type": "string"}})}
    new = {"Both": obj({"name": {"type": "string"}}, ["name"])}
    assert only_at(diff(old, new), "Both.name") == {
        "breaking": {("made-required", "requests")},
        "changes": {("made-required", "responses")},
    }


def test_made_optional_breaks_readers_not_writers() -> None:
    old = {"Both": obj({"name": {"type": "string"}}, ["name"])}
    new = {"Both": obj({"name": {"type": "string"}})}
    assert only_at(diff(old, new), "Both.name") == {
        "breaking": {("made-optional", "responses")},
        "changes": {("made-optional", "requests")},
    }


def test_made_nullable_breaks_readers_and_non_nullable_breaks_writers() -> None:
    plain = {"Both": obj({"name": {"type": "string"}})}
    nullable = {"Both": obj({"name": {"type": ["string", "null"]}})}
    assert only_at(diff(plain, nullable), "Both.name")["breaking"] == {("made-nullable", "responses")}
    assert only_at(diff(nullable, plain), "Both.name")["breaking"] == {("made-non-nullable", "requests")}


# ---------------------------------------------------------------------------------------
# enums and unions


def status_enum(*values: str) -> JSONObject:
    return {"type": "string", "enum": list(values)}


def test_enum_values_added_break_no_one() -> None:
    old = {"Both": obj({"status": ref("Status")}), "Status": status_enum("queued")}
    new = {"Both": obj({"status": ref("Status")}), "Status": status_enum("queued", "ringing")}
    report = diff(old, new)
    assert report["breaking"] == []
    assert only_at(report, "Status")["changes"] == {
        ("enum-values-added", "requests"),
        ("enum-values-added", "responses"),
    }
    assert {e["where"] for e in report["changes"]} == {"Status"}, "a named enum is reported once, under its name"
    assert report["changes"][0]["items"] == ["ringing"]


def test_enum_values_removed_break_writers_only() -> None:
    old = {"Both": obj({"status": status_enum("queued", "gone")})}
    new = {"Both": obj({"status": status_enum("queued")})}
    assert only_at(diff(old, new), "Both.status") == {
        "breaking": {("enum-values-removed", "requests")},
        "changes": {("enum-values-removed", "responses")},
    }


def test_enum_values_removed_from_a_response_only_schema_break_no_one() -> None:
    old = {"Out": obj({"both": ref("Both"), "reason": status_enum("a", "b")})}
    new = {"Out": obj({"both": ref("Both"), "reason": status_enum("a")})}
    assert only_at(diff(old, new), "Out.reason") == {
        "breaking": set(),
        "changes": {("enum-values-removed", "responses")},
    }


def test_enum_on_array_items_is_located_with_brackets() -> None:
    old = {"In": obj({"both": ref("Both"), "events": {"type": "array", "items": status_enum("a")}})}
    new = {"In": obj({"both": ref("Both"), "events": {"type": "array", "items": status_enum("a", "b")}})}
    assert only_at(diff(old, new), "In.events[]")["changes"] == {("enum-values-added", "requests")}


def test_enum_opened_breaks_no_one_and_closed_breaks_writers() -> None:
    closed = {"Both": obj({"voice": ref("VoiceId")}), "VoiceId": status_enum("a")}
    opened = {"Both": obj({"voice": {"anyOf": [ref("VoiceId"), {"type": "string"}]}}), "VoiceId": status_enum("a")}
    report = diff(closed, opened)
    assert report["breaking"] == []
    assert only_at(report, "Both.voice")["changes"] == {("enum-opened", "requests"), ("enum-opened", "responses")}
    assert only_at(diff(opened, closed), "Both.voice")["breaking"] == {("enum-closed", "requests")}


def test_an_enum_becoming_a_plain_string_breaks_no_one() -> None:
    """Closed or open, an enum widened to any string: every value sent or read before still fits."""
    closed = {"Both": obj({"voice": ref("VoiceId"), "tags": {"type": "array", "items": ref("VoiceId")}})}
    closed["VoiceId"] = status_enum("a", "b")
    opened = {"Both": obj({"voice": {"anyOf": [ref("VoiceId"), {"type": "string"}]}}), "VoiceId": status_enum("a")}
    string = {"Both": obj({"voice": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}})}
    for old in (closed, opened):
        report = diff(old, string)
        assert report["breaking"] == [], report["breaking"]
        assert {e["kind"] for e in report["changes"] if e["where"] == "Both.voice"} == {"enum-opened"}
    assert {e["kind"] for e in diff(closed, string)["changes"] if e["where"] == "Both.tags"} == {"enum-opened"}


def test_each_change_is_listed_once_with_the_python_it_touches_and_the_operations_that_reach_it() -> None:
    old = {
        "In": obj({"both": ref("Both"), "name": {"type": "string"}}),
        "Both": obj({"endedReason": {"type": "string"}}),
    }
    new = {"In": obj({"both": ref("Both")}), "Both": obj({})}
    lock = {"methods": {"things.create": {"operation": "POST /thing"}}}
    report = sc.compare(document(old), document(new), from_label="a", to_label="b", methods_lock=lock)
    by_where = {e["where"]: e for e in report["breaking"]}
    assert len(report["breaking"]) == 2 and report["changes"] == []
    both = by_where["Both.endedReason"]
    assert both["affects"] == both["breaks"] == ["requests", "responses"]
    assert both["python"] == ["models.Both.ended_reason"]
    assert both["operations"] == ["POST /thing"] and both["methods"] == ["client.things.create"]
    assert by_where["In.name"]["python"] == ["models.In.name", "client.things.create(name=...)"]
    text = sc.render_markdown(report)
    assert (
        "- `models.Both.ended_reason` (`Both.endedReason`): property removed (was string); via `client.things.create`"
        in text
    )


def test_parameters_name_the_method_and_its_keyword_argument() -> None:
    def with_limit(required: bool) -> JSONObject:
        doc = document({})
        parameter = {"name": "createdAtGt", "in": "query", "required": required, "schema": {"type": "string"}}
        doc["paths"]["/thing"]["post"]["parameters"] = [parameter]
        return doc

    lock = {"methods": {"things.create": {"operation": "POST /thing"}}}
    report = sc.compare(with_limit(False), with_limit(True), from_label="a", to_label="b", methods_lock=lock)
    [entry] = report["breaking"]
    assert entry["python"] == ["client.things.create(created_at_gt=...)"] and entry["kind"] == "made-required"


def test_the_markdown_folds_long_lists_but_never_cuts_them() -> None:
    many = {f"p{index:03}": {"type": "string"} for index in range(150)}
    report = diff({"Both": obj(many)}, {"Both": obj({})})
    text = sc.render_markdown(report)
    assert len(report["breaking"]) == 150
    assert all(f"`Both.p{index:03}`" in text for index in range(150))
    assert "<details>" in text and "also in spec/changes.json" in text


def tagged_union(*members: str) -> JSONObject:
    return {
        "oneOf": [ref(m) for m in members],
        "discriminator": {"propertyName": "type", "mapping": {m.lower(): f"#/components/schemas/{m}" for m in members}},
    }


def variant(tag: str) -> JSONObject:
    return obj({"type": {"type": "string", "const": tag}}, ["type"])


def test_union_members_added_break_no_one_and_removed_break_writers() -> None:
    two = {"Both": obj({"tool": ref("Tool")}), "Tool": tagged_union("Dtmf", "EndCall"), "Dtmf": variant("dtmf")}
    two["EndCall"] = variant("endcall")
    one = {**two, "Tool": tagged_union("Dtmf")}
    added = diff(one, two)
    assert added["breaking"] == []
    assert only_at(added, "Tool")["changes"] == {
        ("union-members-added", "requests"),
        ("union-members-added", "responses"),
    }
    assert only_at(diff(two, one), "Tool") == {
        "breaking": {("union-members-removed", "requests")},
        "changes": {("union-members-removed", "responses")},
    }


def test_inline_union_member_removed_is_reported_at_the_property() -> None:
    members = {"A": obj({"a": {"type": "string"}}), "B": obj({"b": {"type": "string"}})}
    old = {"In": obj({"both": ref("Both"), "pick": {"oneOf": [ref("A"), ref("B")]}}), **members}
    new = {"In": obj({"both": ref("Both"), "pick": {"oneOf": [ref("A")]}}), **members}
    assert only_at(diff(old, new), "In.pick")["breaking"] == {("union-members-removed", "requests")}


# ---------------------------------------------------------------------------------------
# operations


def with_operation(doc: JSONObject, method: str, path: str, **op: Any) -> JSONObject:
    doc["paths"].setdefault(path, {})[method] = {"responses": {"204": {"description": ""}}, **op}
    return doc


def compare_docs(old: JSONObject, new: JSONObject, **kwargs: Any) -> JSONObject:
    report: JSONObject = sc.compare(old, new, from_label="old", to_label="new", **kwargs)
    return report


def test_operations_added_removed_deprecated() -> None:
    old = with_operation(document({}), "delete", "/thing/{id}")
    old = with_operation(old, "get", "/old")
    new = with_operation(document({}), "delete", "/thing/{id}", deprecated=True)
    new = with_operation(new, "get", "/thing/{id}/pcap")
    report = compare_docs(old, new)
    assert report["operations"] == {
        "added": ["GET /thing/{id}/pcap"],
        "removed": ["GET /old"],
        "deprecated": ["DELETE /thing/{id}"],
    }
    assert only_at(report, "GET /old")["breaking"] == {("operation-removed", "requests")}
    assert only_at(report, "GET /thing/{id}/pcap") == {"breaking": set(), "changes": {("operation-added", "requests")}}


def test_parameters_and_response_bodies() -> None:
    def param(name: str, required: bool) -> JSONObject:
        return {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}

    old = with_operation(document({}), "get", "/list", parameters=[param("limit", False), param("gone", False)])
    new = with_operation(document({}), "get", "/list", parameters=[param("limit", False), param("org", True)])
    new["paths"]["/thing"]["post"]["responses"]["201"]["content"]["application/json"]["schema"] = {
        "oneOf": [ref("Out"), ref("Both")]
    }
    report = compare_docs(old, new)
    assert only_at(report, "GET /list parameter query gone")["breaking"] == {("parameter-removed", "requests")}
    assert only_at(report, "GET /list parameter query org")["breaking"] == {("parameter-added", "requests")}
    assert only_at(report, "POST /thing response 201")["breaking"] == {("retyped", "responses")}


# ---------------------------------------------------------------------------------------
# reachability


def test_reachability_follows_refs_and_webhooks() -> None:
    schemas = {
        "Message": obj({"deep": ref("Deep")}),
        "Deep": obj({"x": {"type": "string"}}),
        "Reply": obj({"y": {"type": "string"}}),
    }
    webhook = {
        "serverMessage": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": ref("Message")}}},
                "responses": {"200": {"description": "", "content": {"application/json": {"schema": ref("Reply")}}}},
            }
        }
    }
    old = document(schemas, webhooks=webhook)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Deep"] = obj({})
    new["components"]["schemas"]["Reply"] = obj({})
    report = compare_docs(old, new)
    assert only_at(report, "Deep.x")["breaking"] == {("property-removed", "responses")}, "a message is read"
    assert only_at(report, "Reply.y")["breaking"] == {("property-removed", "requests")}, "a reply is written"


def test_unreachable_schema_is_listed_as_changed_without_entries() -> None:
    report = diff({"Loose": obj({"a": {"type": "string"}})}, {"Loose": obj({})})
    assert report["schemas"]["changed"] == ["Loose"]
    assert report["breaking"] == report["changes"] == []


def test_read_schemas_makes_an_unreferenced_component_read() -> None:
    report = diff({"Loose": obj({"a": {"type": "string"}})}, {"Loose": obj({})}, read_schemas=["Loose"])
    assert only_at(report, "Loose.a")["breaking"] == {("property-removed", "responses")}


def test_paths_prefix_restricts_operations_and_schemas() -> None:
    old = with_operation(document({"Other": obj({"a": {"type": "string"}})}), "get", "/other")
    old["paths"]["/other"]["get"]["responses"] = {"200": {"content": {"application/json": {"schema": ref("Other")}}}}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Other"] = obj({})
    new = with_operation(new, "get", "/other/{id}")
    report = compare_docs(old, new, paths_prefix="/thing")
    assert report["operations"]["added"] == [] and report["breaking"] == [] and report["schemas"]["changed"] == []
    assert compare_docs(old, new, paths_prefix="/other")["schemas"]["changed"] == ["Other"]


# ---------------------------------------------------------------------------------------
# cosmetic differences and the two dialects (normalized 3.1, raw upstream 3.0)


def normalized() -> JSONObject:
    schemas = {
        "Both": obj(
            {
                "status": {"description": "Where the call is.", "$ref": "#/components/schemas/CallStatus"},
                "voiceId": {"anyOf": [ref("VoiceId"), {"type": "string"}]},
                "events": {"type": "array", "items": ref("Event")},
                "ended": {"type": ["string", "null"], "format": "date-time"},
                "voice": tagged_union("Azure", "Deepgram"),
                "plan": ref("Plan"),
            },
            ["status"],
        ),
        "CallStatus": status_enum("queued", "ended"),
        "VoiceId": status_enum("alloy", "echo"),
        "Event": status_enum("hang", "transcript"),
        "Azure": variant("azure"),
        "Deepgram": variant("deepgram"),
        "Plan": obj({"n": {"type": "number"}}),
    }
    return document(schemas)


def upstream() -> JSONObject:
    schemas = {
        "Both": obj(
            {
                "status": {"type": "string", "enum": ["ended", "queued"], "description": "Status.", "example": "ended"},
                "voiceId": {
                    "oneOf": [{"type": "string", "enum": ["echo", "alloy"], "title": "Preset"}, {"type": "string"}]
                },
                "events": {"type": "array", "enum": ["transcript", "hang"], "items": {"type": "string"}},
                "ended": {"type": "string", "format": "date-time", "nullable": True},
                "voice": {"oneOf": [{"$ref": "#/components/schemas/Deepgram", "title": "D"}, ref("Azure")]},
                "plan": {"allOf": [ref("Plan")], "description": "The plan."},
            },
            ["status"],
        ),
        "Azure": obj({"type": {"type": "string", "enum": ["azure"]}}, ["type"]),
        "Deepgram": obj({"type": {"type": "string", "enum": ["deepgram"]}}, ["type"]),
        "Plan": obj({"n": {"type": "number", "description": "N.", "minimum": 0}}),
    }
    return document(schemas, openapi="3.0.0")


def test_the_two_dialects_describe_the_same_types() -> None:
    old, new = sc.Document(normalized(), None, ()), sc.Document(upstream(), None, ())
    old_view, new_view = old.views("Both")["Both"], new.views("Both")["Both"]
    for prop, old_type in old_view.properties.items():
        new_type = new_view.properties[prop]
        assert (old_type.shape, old_type.nullable, old_type.values, old_type.members) == (
            new_type.shape,
            new_type.nullable,
            new_type.values,
            new_type.members,
        ), prop
    labels = {prop: info.text() for prop, info in old_view.properties.items()}
    assert labels == {
        "status": "enum CallStatus",
        "voiceId": "open enum VoiceId",
        "events": "array<enum Event>",
        "ended": "datetime | null",
        "voice": "union of Azure, Deepgram",
        "plan": "Plan",
    }


def test_cosmetic_differences_report_nothing() -> None:
    report = compare_docs(normalized(), upstream())
    assert report["breaking"] == [] and report["changes"] == [], (report["breaking"], report["changes"])


def test_upstream_enum_growth_is_seen_through_the_quirks() -> None:
    old, new = upstream(), upstream()
    new["components"]["schemas"]["Both"]["properties"]["events"]["enum"].append("tool")
    new["components"]["schemas"]["Both"]["properties"]["voiceId"]["oneOf"][0]["enum"].remove("echo")
    report = compare_docs(old, new)
    assert only_at(report, "Both.events[]")["changes"] == {
        ("enum-values-added", "requests"),
        ("enum-values-added", "responses"),
    }
    assert only_at(report, "Both.voiceId")["breaking"] == {("enum-values-removed", "requests")}


# ---------------------------------------------------------------------------------------
# markdown


def test_render_markdown_sections() -> None:
    old = {"Both": obj({"name": {"type": "string"}, "status": status_enum("a")})}
    new = {"Both": obj({"status": status_enum("a", "b"), "extra": {"type": "boolean"}})}
    text = sc.render_markdown(diff(old, new))
    assert text.startswith("## old -> new\n\n**1 breaking change**: 1 for requests")
    assert "1 for responses" in text, "one change, counted for each direction it breaks"
    assert (
        "### Breaking for requests and responses (code that sends and code that reads): 1\n\n"
        "- `models.Both.name` (`Both.name`): property removed (was string); via `POST /thing`"
    ) in text
    assert "- Enum values added: 1 in 1 places: `Both.status` (+1)" in text
    assert "- Properties added: 1 in 1 schemas: `Both` (+1)" in text


def test_render_markdown_when_nothing_breaks() -> None:
    text = sc.render_markdown(diff({}, {}))
    assert "**Nothing breaks**" in text and "### Breaking" not in text


def test_prepend_markdown_newest_first_atomic_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "spec" / "CHANGES.md"
    sc.prepend_markdown(path, "## a -> b\n\nfirst\n")
    sc.prepend_markdown(path, "## b -> c\n\nsecond\n")
    sc.prepend_markdown(path, "## b -> c\n\nsecond, rerun\n")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(sc.MARKDOWN_TITLE + "\n")
    assert text.index("## b -> c") < text.index("## a -> b")
    assert text.count("## b -> c") == 1 and "second, rerun" in text and "first" in text
    assert [p.name for p in path.parent.iterdir()] == ["CHANGES.md"], "no temp file left behind"


def test_changes_json_keeps_every_report_one_entry_per_line(tmp_path: Path) -> None:
    string = {"type": "string"}
    a, b = obj({"x": string}), obj({"x": {**string, "nullable": True}, "y": string}, ["y"])
    first = {**diff({"Both": a}, {"Both": a}), "from": "a", "to": "b"}
    second = {**diff({"Both": a}, {"Both": b}), "from": "b", "to": "c"}
    path = tmp_path / "changes.json"
    path.write_text(json.dumps(first, indent=2, sort_keys=True), encoding="utf-8")  # the old form: one report
    reports = sc.with_report(sc.load_reports(path), second)
    assert list(reports) == ["b -> c", "a -> b"], "newest first"
    text = sc.dump_reports(reports)
    assert json.loads(text) == {"reports": {"b -> c": second, "a -> b": first}}
    entry_lines = [line.strip() for line in text.splitlines() if '"where"' in line]
    assert [json.loads(line.rstrip(","))["where"] for line in entry_lines] == ["Both.y", "Both.x"]
    older = text[text.index('    "a -> b"') :]
    rerun = {**second, "changes": []}  # the same update again: replaces its own report, where it stands
    path.write_text(text, encoding="utf-8")
    again = sc.dump_reports(sc.with_report(sc.load_reports(path), rerun))
    assert list(json.loads(again)["reports"]) == ["b -> c", "a -> b"] and again.endswith(older)


# ---------------------------------------------------------------------------------------
# two real upstream snapshots


def load_upstream(month: str) -> JSONObject:
    with gzip.open(UPSTREAM / f"vapi-openapi-{month}.json.gz", "rt", encoding="utf-8") as handle:
        doc: JSONObject = json.load(handle)
    return doc


@pytest.fixture(scope="module")
def real_report() -> JSONObject:
    report: JSONObject = sc.compare(
        load_upstream("2024-09"),
        load_upstream("2026-08"),
        from_label="2024-09",
        to_label="2026-08",
        paths_prefix="/call",
    )
    return report


def test_real_update_operations(real_report: JSONObject) -> None:
    kinds = ("mono-recording", "stereo-recording", "video-recording", "customer-recording", "assistant-recording")
    assert real_report["operations"] == {
        "added": sorted([*(f"GET /call/{{id}}/{k}" for k in kinds), "GET /call/{id}/pcap", "GET /call/{id}/call-logs"]),
        "removed": [],
        "deprecated": [],
    }


def test_real_update_known_changes(real_report: JSONObject) -> None:
    def find(key: str, where: str, kind: str) -> list[JSONObject]:
        return [e for e in real_report[key] if e["where"] == where and e["kind"] == kind]

    [ended_reason] = find("changes", "Call.endedReason", "enum-values-added")
    assert ended_reason["affects"] == ["responses"] and len(ended_reason["items"]) > 400
    assert "call-deleted" in ended_reason["items"]
    assert not [e for e in real_report["breaking"] if e["where"] == "Call.endedReason"]
    assert find("breaking", "POST /call response 201", "retyped"), "Call -> oneOf [Call, CallBatchResponse]"
    # Its fields are all optional: `client.calls.delete(id)` still works (issue 24: no false alarm).
    assert find("changes", "DELETE /call/{id} request body", "request-body-added")
    assert find("changes", "GET /call parameter query phoneNumberId", "parameter-added")
    assert find("changes", "CreateCallDTO.customers", "property-added")[0]["affects"] == ["requests"]
    assert find("changes", "Call.costs[]", "union-members-added")[0]["affects"] == ["responses"]
    assert "Call" in real_report["schemas"]["changed"] and "CallBatchResponse" in real_report["schemas"]["added"]


def test_real_update_is_deterministic_and_renders(real_report: JSONObject) -> None:
    again = sc.compare(
        load_upstream("2024-09"),
        load_upstream("2026-08"),
        from_label="2024-09",
        to_label="2026-08",
        paths_prefix="/call",
    )
    assert json.dumps(again) == json.dumps(real_report)
    for key in ("breaking", "changes"):
        assert real_report[key] == sorted(
            real_report[key], key=lambda e: (e.get("breaks", []), e["where"], e["kind"], e["what"])
        )
    text = sc.render_markdown(real_report)
    assert text.startswith("## 2024-09 -> 2026-08\n") and "`GET /call/{id}/pcap`" in text
    assert "<details>" in text, "long lists are folded"
    assert all(f"`{e['where']}`" in text for e in real_report["breaking"]), "and never cut"


def test_whole_documents_compare(real_report: JSONObject) -> None:
    whole = sc.compare(load_upstream("2024-09"), load_upstream("2026-08"), from_label="a", to_label="b")
    assert set(real_report["operations"]["added"]) < set(whole["operations"]["added"])
    assert "GET /block" in whole["operations"]["removed"]
    assert len(whole["schemas"]["added"]) > len(real_report["schemas"]["added"])


def test_a_required_body_without_a_required_field_breaks_no_caller() -> None:
    """Issue 24: DELETE /call/{id} gained a required body whose fields are all optional; `client.calls.delete(id)`
    still works (the client sends `{}`), so it is no break. A body with a required field is one."""
    from vapi_spec import changes

    def doc(body: dict[str, Any], sent: bool = True) -> dict[str, Any]:
        op: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
        if sent:
            schema = {"$ref": "#/components/schemas/DeleteCallDTO"}
            op["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema}}}
        return {
            "openapi": "3.1.0",
            "paths": {"/call/{id}": {"delete": op}},
            "components": {"schemas": {"DeleteCallDTO": body}},
        }

    optional = {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "string"}}}}
    report = changes.compare(doc(optional, sent=False), doc(optional), from_label="a", to_label="b")
    assert [e["kind"] for e in report["changes"]] == ["request-body-added"] and report["breaking"] == []
    both = {**optional, "required": ["ids"]}
    report = changes.compare(doc(both, sent=False), doc(both), from_label="a", to_label="b")
    assert [e["kind"] for e in report["breaking"]] == ["request-body-added"]
