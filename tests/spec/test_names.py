"""Names are a contract (issue 19): the names lock, the rules that reuse it, and the generator that checks it.

The lock (`spec/names.lock.json`) records every public name the package exports and what it denotes; unions and
inline enums are named by their place, a locked name keeps its place, a name whose place is gone is retired and
never given to anything else, and equal enums share one class.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from vapi_spec import names as spec_names
from vapi_spec import rules as spec_rules
from vapi_spec import update as update_spec

from tests import _codegen
from tests.spec._generator import ROOT, SPEC_DIR

REF = spec_rules.REF_PREFIX
JSONObject = dict[str, Any]

CONFIG: JSONObject = {
    "union_tags": ["type", "provider", "role"],
    "union_names": {},
    "extensible_enums": "(?i)(provider|endedReason)$",
}


def document(schemas: JSONObject) -> JSONObject:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def variant(tag: str) -> JSONObject:
    return {"type": "object", "properties": {"provider": {"type": "string", "const": tag}}, "required": ["provider"]}


def union_of(*names: str) -> JSONObject:
    return {"oneOf": [{"$ref": REF + name} for name in names]}


def host(**props: JSONObject) -> JSONObject:
    return {"type": "object", "properties": props}


def models_doc(**hosts: JSONObject) -> JSONObject:
    """Assistant models (OpenAI, Anthropic) and workflow models (WorkflowOpenAI) used by the given hosts."""
    schemas = {name: variant(name.lower()) for name in ("OpenAI", "Anthropic", "WorkflowOpenAI", "WorkflowAnthropic")}
    return document({**schemas, **hosts})


def unions(doc: JSONObject, lock: JSONObject | None = None, **config: Any) -> dict[str, JSONObject]:
    """name -> union component the rule made, for `doc` named with `lock`."""
    spec_rules.discriminated_unions(doc, {**CONFIG, **config, "names": lock or {}}, [])
    return {name: s for name, s in doc["components"]["schemas"].items() if "discriminator" in s}


def members(union: JSONObject) -> list[str]:
    return sorted(ref["$ref"].rsplit("/", 1)[1] for ref in union["oneOf"])


# ---------------------------------------------------------------------------------------------------
# naming by place


def test_two_model_properties_holding_different_unions_get_names_from_their_places() -> None:
    """`CreateAssistantDTO.model` and `CreateWorkflowDTO.model`: the same property name, different sets. Each is
    named by its place, never by whichever `model` property comes first."""
    doc = models_doc(
        CreateAssistantDTO=host(model=union_of("OpenAI", "Anthropic")),
        AssistantOverrides=host(model=union_of("Anthropic", "OpenAI")),
        CreateWorkflowDTO=host(model=union_of("WorkflowOpenAI", "WorkflowAnthropic")),
    )
    made = unions(doc)
    assert {name: members(union) for name, union in made.items()} == {
        "AssistantOverridesModel": ["Anthropic", "OpenAI"],  # one union for the two places with the same set
        "CreateWorkflowDTOModel": ["WorkflowAnthropic", "WorkflowOpenAI"],
    }
    assert made["AssistantOverridesModel"]["x-vapi-hoisted-from"] == [
        "AssistantOverrides.model",
        "CreateAssistantDTO.model",
    ]


def test_pinned_names_are_by_place() -> None:
    doc = models_doc(
        CreateAssistantDTO=host(model=union_of("OpenAI", "Anthropic")),
        CreateWorkflowDTO=host(model=union_of("WorkflowOpenAI", "WorkflowAnthropic")),
    )
    pins = {"CreateAssistantDTO.model": "AssistantModel", "CreateWorkflowDTO.model": "WorkflowModel"}
    assert set(unions(doc, union_names=pins)) == {"AssistantModel", "WorkflowModel"}


def test_a_locked_name_stays_with_its_place_whatever_else_appears() -> None:
    """The 2025-11 -> 2026-08 move: a workflow union whose place sorts first, and more places, must not take the
    assistant union's name."""
    lock = {"unions": {"LanguageModel": {"place": "CreateAssistantDTO.model", "places": ["CreateAssistantDTO.model"]}}}
    doc = models_doc(
        AConversationNode=host(model=union_of("WorkflowOpenAI", "WorkflowAnthropic")),
        BWorkflow=host(model=union_of("WorkflowOpenAI", "WorkflowAnthropic")),
        CreateAssistantDTO=host(model=union_of("OpenAI", "Anthropic")),
    )
    made = unions(doc, lock)
    assert members(made["LanguageModel"]) == ["Anthropic", "OpenAI"]
    assert members(made["AConversationNodeModel"]) == ["WorkflowAnthropic", "WorkflowOpenAI"]


def test_a_name_in_the_lock_is_never_given_to_another_place() -> None:
    """A retired name stays reserved: a new union that would be named like it is named otherwise."""
    lock = {"unions": {"ChatCost": {"place": "Chat.costs", "places": ["Chat.costs"], "retired": "2026-03"}}}
    doc = models_doc(Chat=host(cost=union_of("OpenAI", "Anthropic")))  # `Chat.cost`, another place
    assert set(unions(doc, lock)) == {"ChatCostUnion"}


def test_a_locked_name_upstream_takes_for_a_schema_is_a_conflict_not_a_replacement() -> None:
    lock = {"unions": {"Anthropic": {"place": "Host.model", "places": ["Host.model"]}}}
    doc = models_doc(Host=host(model=union_of("OpenAI", "WorkflowOpenAI")))
    made = unions(doc, lock)
    assert doc["components"]["schemas"]["Anthropic"] == variant("anthropic"), "upstream's schema is kept"
    assert set(made) == {"HostModel"}
    with pytest.raises(spec_names.NameConflict, match="Anthropic: locked as unions, now made as models"):
        spec_names.update({**spec_names.empty(), **lock}, spec_names.public_names(doc, {}), "next")


def test_operation_places_are_named_from_the_resource() -> None:
    """No `POSTPhoneNumberBody`, no `DELETEPhoneNumberId200`: bodies and responses take their resource's name."""
    assert spec_rules.derived_name("POST /phone-number body") == "CreatePhoneNumber"
    assert spec_rules.derived_name("PATCH /phone-number/{id} body") == "UpdatePhoneNumber"
    assert spec_rules.derived_name("DELETE /phone-number/{id} 200") == "PhoneNumber"
    assert spec_rules.derived_name("GET /phone-number 200[]") == "PhoneNumber"
    assert spec_rules.derived_name("GET /reporting/insight/{id} 200") == "Insight"
    assert spec_rules.derived_name("Chat.costs[]") == "ChatCost"


# ---------------------------------------------------------------------------------------------------
# enums


def ended_reason() -> JSONObject:
    return {"type": "string", "enum": ["hangup", "voicemail", "error"]}


def test_places_listing_the_same_values_share_one_enum_class() -> None:
    """`CallEndedReason` existed three times (595 values each): one class now serves the three places,
    named from its role (issue 24): not after one of the schemas it serves."""
    doc = document(
        {
            "Call": host(endedReason=ended_reason()),
            "ServerMessageEndOfCallReport": host(endedReason=ended_reason()),
            "ServerMessageStatusUpdate": host(endedReason={**ended_reason(), "type": ["string", "null"]}),
            "Other": host(mode={"type": "string", "enum": ["a", "b"]}),
        }
    )
    spec_rules.named_enums(doc, {**CONFIG, "names": {}}, [])
    schemas = doc["components"]["schemas"]
    enums = {name for name, schema in schemas.items() if "enum" in schema}
    assert enums == {"EndedReason", "OtherMode"}
    assert schemas["EndedReason"]["x-vapi-hoisted-from"] == [
        "Call.endedReason",
        "ServerMessageEndOfCallReport.endedReason",
        "ServerMessageStatusUpdate.endedReason",
    ]
    assert schemas["EndedReason"]["x-vapi-extensible"] is True
    assert schemas["ServerMessageEndOfCallReport"]["properties"]["endedReason"] == {"$ref": REF + "EndedReason"}
    assert schemas["ServerMessageStatusUpdate"]["properties"]["endedReason"] == {
        "oneOf": [{"$ref": REF + "EndedReason"}, {"type": "null"}]
    }


def test_the_shared_enum_keeps_its_locked_name() -> None:
    lock = {"enums": {"ReportEndedReason": {"place": "Report.endedReason", "places": ["Report.endedReason"]}}}
    doc = document({"Call": host(endedReason=ended_reason()), "Report": host(endedReason=ended_reason())})
    spec_rules.named_enums(doc, {**CONFIG, "names": lock}, [])
    assert "ReportEndedReason" in doc["components"]["schemas"]
    assert "CallEndedReason" not in doc["components"]["schemas"]


# ---------------------------------------------------------------------------------------------------
# the lock across builds


def test_the_lock_retires_a_gone_name_revives_it_for_its_place_and_refuses_a_new_meaning() -> None:
    first = {**spec_names.empty(), "unions": {"Voice": {"place": "A.voice", "places": ["A.voice"], "members": ["X"]}}}
    lock, delta = spec_names.update(spec_names.empty(), first, "v1")
    assert [item["name"] for item in delta["added"]] == ["Voice"]
    lock, delta = spec_names.update(lock, spec_names.empty(), "v2")
    assert lock["unions"]["Voice"]["retired"] == "v2" and [i["name"] for i in delta["retired"]] == ["Voice"]
    again = {**spec_names.empty(), "unions": {"Voice": {"place": "B.voice", "places": ["A.voice", "B.voice"]}}}
    lock, delta = spec_names.update(lock, again, "v3")
    assert "retired" not in lock["unions"]["Voice"] and lock["unions"]["Voice"]["place"] == "A.voice"
    assert [item["name"] for item in delta["revived"]] == ["Voice"]
    elsewhere = {**spec_names.empty(), "unions": {"Voice": {"place": "C.voice", "places": ["C.voice"]}}}
    with pytest.raises(spec_names.NameConflict, match="Voice"):
        spec_names.update(lock, elsewhere, "v4")


def test_the_committed_lock_lists_exactly_the_public_names_of_the_package() -> None:
    from vapi_client import _spec, models
    from vapi_client.models import unions as union_aliases
    from vapi_client.models import unknown_variants

    lock = json.loads((SPEC_DIR / "names.lock.json").read_text(encoding="utf-8"))
    active = {kind: {n for n, e in names.items() if "retired" not in e} for kind, names in lock.items()}
    assert active["models"] | active["enums"] == set(models.__all__)
    assert active["unions"] == set(union_aliases.__all__)
    assert active["unknown"] == set(unknown_variants.__all__)
    assert active["methods"] == set(_spec.OPERATIONS)  # keyed `resource.method`
    assert lock["unions"]["AssistantModel"]["places"] == ["AssistantOverrides.model", "CreateAssistantDTO.model"]
    # Renamed on purpose, still importable: an alias of the class now serving its place (issue 24).
    assert lock["unions"]["LanguageModel"]["alias_of"] == "WorkflowModel"
    copies = [n for n in active["enums"] if lock["enums"][n].get("places") and len(lock["enums"][n]["places"]) > 1]
    assert "CallEndedReason" in copies
    values = [tuple(e["values"]) for n, e in lock["enums"].items() if "place" in e and "alias_of" not in e]
    assert len(values) == len(set(values)), "two enum classes a rule named hold the same values"


def test_the_generator_refuses_a_public_name_the_lock_does_not_list(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "__init__.py").write_text('__all__ = ["Call", "Extra"]\n', encoding="utf-8")
    lock = {**spec_names.empty(), "models": {"Call": {"schema": "Call"}, "Extra": {"schema": "Extra", "retired": "x"}}}
    (tmp_path / "spec" / "names.lock.json").write_text(spec_names.dump(lock), encoding="utf-8")
    tables = {"UNIONS": {"Voice": {}}, "OPERATIONS": {"calls.get": {"method": "GET", "path": "/call/{id}"}}}
    refused = _codegen.run(
        "import json, sys; from pathlib import Path; from vapi_codegen import generate; "
        "generate.check_names_locked(Path(sys.argv[1]), Path(sys.argv[1]) / 'openapi.yaml', json.loads(sys.argv[2]))",
        str(tmp_path),
        json.dumps(tables),
    )
    assert refused.returncode == 1, refused.stdout + refused.stderr
    message = refused.stderr
    assert "models: Extra" in message and "unions: Voice" in message and "unknown: UnknownVoice" in message
    assert "methods: calls.get" in message


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(SPEC_DIR, root / "spec")
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    return root


def test_check_fails_when_the_lock_is_not_what_the_build_makes(checkout: Path, capsys: Any) -> None:
    assert update_spec.check(checkout) == 0
    lock_path = checkout / "spec" / "names.lock.json"
    committed = lock_path.read_text(encoding="utf-8")
    lock = json.loads(committed)
    del lock["unions"]["Voice"]
    lock_path.write_text(json.dumps(lock), encoding="utf-8")
    try:
        assert update_spec.check(checkout) == 1
        assert "names.lock.json is not what spec/ makes" in capsys.readouterr().err
    finally:
        lock_path.write_text(committed, encoding="utf-8")


def test_an_identical_rebuild_writes_no_report(checkout: Path) -> None:
    before = {name: (checkout / "spec" / name).read_bytes() for name in ("CHANGES.md", "changes.json")}
    update_spec.update(checkout / "spec" / "upstream.json", label="2026-08", strict=True, root=checkout)
    assert {name: (checkout / "spec" / name).read_bytes() for name in before} == before
    assert (checkout / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()


# ---------------------------------------------------------------------------------------------------
# no name taken away (issue 24, item 3)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("costs", "cost"),
        ("messages", "message"),
        ("languageCodes", "languageCode"),
        ("entries", "entry"),
        ("status", "status"),
        ("statuses", "status"),
        ("address", "address"),
        ("addresses", "address"),
        ("alias", "alias"),
        ("aliases", "alias"),
        ("analysis", "analysis"),
        ("analyses", "analysis"),
        ("bus", "bus"),
        ("buses", "bus"),
        ("boxes", "box"),
        ("matches", "match"),
        ("cases", "case"),
        ("series", "series"),
        ("voice", "voice"),
    ],
)
def test_the_plural_rule_never_cuts_a_singular_word(plural: str, singular: str) -> None:
    assert spec_rules._singular(plural) == singular


def test_a_status_enum_is_named_status_not_statu() -> None:
    doc = document({"Call": host(status={"type": "string", "enum": ["queued", "ended"]})})
    spec_rules.named_enums(doc, {**CONFIG, "names": {}}, [])
    assert "CallStatus" in doc["components"]["schemas"]


def test_a_new_class_several_schemas_share_is_named_from_its_role() -> None:
    language = {"type": "string", "enum": ["en", "fr"]}
    doc = document(
        {"CartesiaTranscriber": host(language=language), "ElevenLabsTranscriber": host(language=dict(language))}
    )
    spec_rules.named_enums(doc, {**CONFIG, "names": {}}, [])
    assert {n for n, s in doc["components"]["schemas"].items() if "enum" in s} == {"TranscriberLanguage"}
    assert spec_rules.role_name(["GoogleModel.model", "KnowledgeBase.model"]) == "Model"
    assert spec_rules.role_name(["Call.status"]) is None  # one owner: named from its place


def test_merged_enums_keep_every_locked_name_as_an_alias() -> None:
    lock = {
        "enums": {
            "CallEndedReason": {"place": "Call.endedReason", "places": ["Call.endedReason"]},
            "ReportEndedReason": {"place": "Report.endedReason", "places": ["Report.endedReason"]},
        }
    }
    doc = document({"Call": host(endedReason=ended_reason()), "Report": host(endedReason=ended_reason())})
    spec_rules.named_enums(doc, {**CONFIG, "names": lock}, [])
    spec_names.add_aliases(doc, lock)
    assert doc["components"]["schemas"]["CallEndedReason"]["x-vapi-aliases"] == ["ReportEndedReason"]
    made = spec_names.public_names(doc, {})
    assert made["enums"]["ReportEndedReason"]["alias_of"] == "CallEndedReason"
    _new, delta = spec_names.update({**spec_names.empty(), **lock}, made, "v2")
    assert delta["retired"] == []


def _unretired(lock: JSONObject) -> JSONObject:
    """The lock as it was before names were retired: what code written then imports."""
    strip = ("retired", "replaced_by", "alias_of")
    return {
        kind: {n: {k: v for k, v in e.items() if k not in strip} for n, e in names.items()}
        for kind, names in lock.items()
    }


def test_rebuilding_todays_spec_retires_no_name(tmp_path: Path) -> None:
    """Rebuilt from the names code written against any earlier build imports, today's spec takes none away:
    merged enums and renamed unions stay importable as aliases (103 names were retired before)."""
    shutil.copytree(SPEC_DIR, tmp_path / "spec")
    lock = _unretired(spec_names.load(SPEC_DIR))
    (tmp_path / "spec" / spec_names.LOCK_FILE).write_text(spec_names.dump(lock), encoding="utf-8")
    data = (SPEC_DIR / "upstream.json").read_bytes()
    built = update_spec.build(json.loads(data), data, "2026-08", strict=True, spec_dir=tmp_path / "spec")
    assert [item["name"] for item in built.names["retired"]] == []
    assert all("retired" not in entry for names in built.lock.values() for entry in names.values())
    assert "CallStatus" in built.lock["enums"] and "alias_of" not in built.lock["enums"]["CallStatus"]


def test_every_locked_name_is_importable_and_aliases_are_their_class() -> None:
    from vapi_client import models
    from vapi_client.models import unions as union_aliases
    from vapi_client.models import unknown_variants

    lock = spec_names.load(SPEC_DIR)
    assert not [n for names in lock.values() for n in names if n.endswith("Statu")]
    assert models.CallStatus.__name__ == "CallStatus"
    for name, entry in lock["enums"].items():
        assert getattr(models, name) is getattr(models, entry.get("alias_of", name))
    for name, entry in lock["unknown"].items():
        assert getattr(unknown_variants, name) is getattr(unknown_variants, entry.get("alias_of", name))
    assert union_aliases.AssistantOverridesModel == union_aliases.AssistantModel
    assert models.ElevenLabsTranscriberLanguage is models.CartesiaTranscriberLanguage
    assert models.GoogleModelModel is models.FallbackGoogleTranscriberModel
