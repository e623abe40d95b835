"""Fidelity (issue 11, point 6): `openapi.yaml` says everything Vapi's published document says about what we ship,
and every difference is explained by a named rule (vapi_spec/rules.py) or an overlay entry (spec/overlay.yaml).

Upstream here is the committed `spec/upstream.json`, narrowed to the selection exactly as `spec_build.build` does
(`select_paths`, then `prune_schemas`). Compared with the committed `openapi.yaml`:

* schemas: every upstream schema is there; an extra one carries `x-vapi-hoisted-from` (a rule made it) or an
  overlay action added it;
* properties: every upstream property of every schema is there; an extra one comes from an overlay action;
* required flags: equal, unless a rule logged the change (`discriminated_unions` requires a union's tag in every
  variant: logged as `Variant.tag`) or an overlay action made it;
* enum values: the enum and const values reachable under each upstream property (and under each schema itself),
  through `items`, `additionalProperties`, `oneOf`/`anyOf`/`allOf` and, in `openapi.yaml`, `$ref`s to the components
  a rule hoisted, are a subset of those under the same property in `openapi.yaml`; an extra value must be explained
  by an overlay action on that schema.

`test_every_difference_is_explained` prints every unexplained difference and fails if there is one.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from vapi_spec import build as spec_build
from vapi_spec import overlay as spec_overlay
from vapi_spec import rules as spec_rules
from vapi_spec import update as update_spec

from tests.spec._generator import ROOT, SPEC_DIR

JSONObject = dict[str, Any]

HOISTED = spec_rules.HOISTED
REF = spec_rules.REF_PREFIX


@cache
def sources() -> tuple[JSONObject, JSONObject, JSONObject, JSONObject]:
    """(upstream, selection, overlay, rules) as committed."""
    upstream = json.loads((SPEC_DIR / "upstream.json").read_bytes())
    return (upstream, *spec_build.load_sources(SPEC_DIR))


@cache
def selected_upstream() -> JSONObject:
    """The upstream document narrowed to the selection, before any fix (the first two steps of `build`)."""
    upstream, selection, _, _ = sources()
    doc = copy.deepcopy(upstream)
    spec_build.select_paths(doc, selection)
    spec_build.prune_schemas(doc, selection)
    return doc


@cache
def committed() -> JSONObject:
    return update_spec.load_yaml((ROOT / "openapi.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def rule_log() -> frozenset[tuple[str, str]]:
    upstream, selection, overlay, rules = sources()
    _, _, log = spec_build.build(upstream, selection, overlay, rules, strict=True)
    return frozenset(log)


def _facts(doc: JSONObject) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    """(schema names, (schema, property) pairs, (schema, required name) pairs, (`schema.property`, enum or
    const value) pairs) of a document."""
    schemas = doc.get("components", {}).get("schemas", {})
    properties = {(name, prop) for name, schema in schemas.items() for prop in schema.get("properties") or {}}
    required = {(name, prop) for name, schema in schemas.items() for prop in schema.get("required") or ()}
    values = {
        (f"{name}.{prop}", value)
        for name, schema in schemas.items()
        for prop, node in (schema.get("properties") or {}).items()
        for value in enum_values(node, schemas, follow_hoisted=False)
    }
    return set(schemas), properties, required, values


@cache
def overlay_effects() -> dict[tuple[str, ...], str]:
    """What each overlay action did to the selected upstream document, keyed like the differences:
    ("schema", name), ("property", schema, prop), ("required", schema, prop), ("values", "schema.prop", value)
    -> the action's `x-name`.
    The actions are applied one at a time, in order, as `spec_overlay.apply` applies them."""
    _, _, overlay, _ = sources()
    doc = copy.deepcopy(selected_upstream())
    effects: dict[tuple[str, ...], str] = {}
    before = _facts(doc)
    for action in overlay["actions"]:
        spec_overlay.apply(doc, {**overlay, "actions": [action]})
        after = _facts(doc)
        name = spec_overlay.action_name(action)
        for kind, old, new in zip(("schema", "property", "required", "values"), before, after, strict=True):
            for item in old ^ new:
                key = (kind, item) if isinstance(item, str) else (kind, *item)
                effects.setdefault(key, name)
        before = after
    return effects


def ref_name(node: Any) -> str | None:
    return spec_rules.ref_name(node)  # type: ignore[no-any-return]


def enum_values(node: Any, schemas: JSONObject, *, follow_hoisted: bool) -> set[str]:
    """Enum and const values reachable under `node` (JSON-encoded, so `true` and `1` stay apart) through items,
    additionalProperties and unions, and, when asked, through `$ref`s to components a rule hoisted."""
    found: set[str] = set()
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if not isinstance(current, dict):
            continue
        if isinstance(current.get("enum"), list):
            found.update(json.dumps(value, sort_keys=True) for value in current["enum"])
        if "const" in current:
            found.add(json.dumps(current["const"], sort_keys=True))
        target = ref_name(current)
        if follow_hoisted and target and target not in seen and HOISTED in schemas.get(target, {}):
            seen.add(target)
            stack.append(schemas[target])
        stack += [current.get("items"), current.get("additionalProperties")]
        for key in ("oneOf", "anyOf", "allOf"):
            stack += current.get(key) or []
    return found


def differences(spec: JSONObject | None = None) -> Iterator[tuple[str, str | None]]:
    """(difference, its explanation or None) for every way `spec` (default: the committed openapi.yaml) differs
    from the selected upstream."""
    upstream = selected_upstream()["components"]["schemas"]
    ours = (spec or committed())["components"]["schemas"]
    effects, log = overlay_effects(), rule_log()

    for name in sorted(set(upstream) - set(ours)):
        yield f"schema {name}: upstream, missing from openapi.yaml", effects.get(("schema", name))
    for name in sorted(set(ours) - set(upstream)):
        hoisted = ours[name].get(HOISTED)
        explanation = f"rule (x-vapi-hoisted-from {hoisted})" if hoisted else effects.get(("schema", name))
        yield f"schema {name}: in openapi.yaml only", explanation

    for name in sorted(set(upstream) & set(ours)):
        theirs, mine = upstream[name], ours[name]
        their_props, my_props = theirs.get("properties") or {}, mine.get("properties") or {}
        for prop in sorted(set(their_props) - set(my_props)):
            yield f"{name}.{prop}: upstream property missing from openapi.yaml", effects.get(("property", name, prop))
        for prop in sorted(set(my_props) - set(their_props)):
            yield f"{name}.{prop}: property in openapi.yaml only", effects.get(("property", name, prop))
        their_required, my_required = set(theirs.get("required") or ()), set(mine.get("required") or ())
        for prop in sorted(their_required ^ my_required):
            now = "required" if prop in my_required else "optional"
            explanation = effects.get(("required", name, prop))
            for rule, where in log:
                if where == f"{name}.{prop}" and rule == "discriminated_unions":
                    explanation = f"rule {rule} (a union's tag is required in every variant)"
            yield f"{name}.{prop}: {now} in openapi.yaml, not upstream", explanation
        sites = [(name, theirs, mine)]
        sites += [(f"{name}.{prop}", their_props[prop], my_props[prop]) for prop in set(their_props) & set(my_props)]
        for where, their_node, my_node in sorted(sites, key=lambda site: site[0]):
            their_values = enum_values(their_node, upstream, follow_hoisted=False)
            my_values = enum_values(my_node, ours, follow_hoisted=True)
            if their_values - my_values:
                yield f"{where}: enum values missing from openapi.yaml: {sorted(their_values - my_values)}", None
            if my_values - their_values:
                actions = {effects.get(("values", where, value)) for value in my_values - their_values}
                explanation = actions.pop() if len(actions) == 1 else None  # one overlay action added them all
                yield f"{where}: enum values in openapi.yaml only: {sorted(my_values - their_values)}", explanation


@pytest.fixture(scope="module")
def all_differences() -> list[tuple[str, str | None]]:
    return list(differences())


def test_every_difference_is_explained(all_differences: list[tuple[str, str | None]]) -> None:
    unexplained = [difference for difference, explanation in all_differences if explanation is None]
    print(f"{len(unexplained)} unexplained differences between spec/upstream.json (selected) and openapi.yaml:")
    print("\n".join(unexplained))
    assert not unexplained, f"{len(unexplained)} unexplained differences:\n" + "\n".join(unexplained)


def test_the_comparison_sees_the_known_fixes(all_differences: list[tuple[str, str | None]]) -> None:
    """Not vacuous: the overlay's additions and the rules' hoisting and tag requirements show up, explained."""
    explained = dict(all_differences)
    assert explained["schema ErrorResponse: in openapi.yaml only"] == "error-components"
    hoisted = [d for d, e in all_differences if d.startswith("schema ") and (e or "").startswith("rule (x-vapi")]
    assert len(hoisted) > 100
    tags = [d for d, e in all_differences if (e or "").startswith("rule discriminated_unions")]
    assert tags, "no union tag was made required: the log no longer says which variants the rule touched"


def test_the_comparison_flags_drift() -> None:
    """A dropped schema, property or enum value and a flipped required flag are each an unexplained difference."""
    spec = copy.deepcopy(committed())
    schemas = spec["components"]["schemas"]
    del schemas["CallBatchResponse"]
    del schemas["Call"]["properties"]["endedMessage"]
    schemas["Call"]["required"].remove("orgId")
    schemas["CallStatus"]["enum"].remove("ringing")
    schemas["Extra"] = {"type": "object"}
    before = {difference for difference, explanation in differences() if explanation is None}
    unexplained = {difference for difference, explanation in differences(spec) if explanation is None}
    assert unexplained - before == {
        "schema CallBatchResponse: upstream, missing from openapi.yaml",
        "schema Extra: in openapi.yaml only",
        "Call.endedMessage: upstream property missing from openapi.yaml",
        "Call.orgId: optional in openapi.yaml, not upstream",
        "Call.status: enum values missing from openapi.yaml: ['\"ringing\"']",
        # one enum class serves every place listing the same values
        "ServerMessageStatusUpdate.status: enum values missing from openapi.yaml: ['\"ringing\"']",
    }


def test_upstream_has_no_inline_objects_the_comparison_would_skip() -> None:
    """Properties are compared per component; an inline object with properties would escape the comparison."""
    inline = [
        where
        for name, schema in selected_upstream()["components"]["schemas"].items()
        for node, where in spec_rules.walk(schema, name)
        if where != name and node.get("properties")
    ]
    assert inline == [], "extend the fidelity comparison to inline objects: " + ", ".join(inline)


def test_enum_values_follow_hoisted_components_only() -> None:
    schemas = {
        "Hoisted": {"type": "string", "enum": ["a", "b"], HOISTED: "X.kind"},
        "Named": {"type": "string", "enum": ["c"]},
    }
    node = {"anyOf": [{"$ref": REF + "Hoisted"}, {"type": "string"}], "items": {"const": True}}
    assert enum_values(node, schemas, follow_hoisted=True) == {'"a"', '"b"', "true"}
    assert enum_values({"$ref": REF + "Named"}, schemas, follow_hoisted=True) == set()
    assert enum_values(node, schemas, follow_hoisted=False) == {"true"}


def test_servers_and_security_schemes_are_upstream_s() -> None:
    upstream, ours = sources()[0], committed()
    assert [server["url"] for server in upstream["servers"]] == [server["url"] for server in ours["servers"]]
    their_schemes = upstream["components"]["securitySchemes"]
    assert {name: ours["components"]["securitySchemes"][name] for name in their_schemes} == their_schemes
