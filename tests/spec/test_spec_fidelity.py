"""openapi.yaml says what the seed documentation page and the committed catalog say.

(a) Every property path of the seed request/response examples exists in the spec with a compatible type.
(b) Schemas, properties, required flags, types, enums, open/array flags and constraints equal the catalog's,
    compared through a normalised view of each side (conventions documented at `spec_view`).
(c) The catalog's endpoints exist with the right method, path, body, success status and query parameters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

JSONObject = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

with (ROOT / "openapi.yaml").open(encoding="utf-8") as _f:
    SPEC: JSONObject = yaml.safe_load(_f)
CATALOG: JSONObject = json.loads((DATA / "catalog-2024-05.json").read_text(encoding="utf-8"))
SEED_REQUEST = json.loads((DATA / "seed-request.json").read_text(encoding="utf-8"))
SEED_RESPONSE = json.loads((DATA / "seed-response.json").read_text(encoding="utf-8"))

COMPONENTS: JSONObject = SPEC["components"]["schemas"]
REF_PREFIX = "#/components/schemas/"
TAG_NAMES = ("provider", "type")  # single-value enums on these are discriminator tags -> `const`
# Catalog names standing for a oneOf+discriminator family that (so far) has a single variant.
SINGLE_VARIANT_FAMILIES = {"TwilioVoicemailDetection": "VoicemailDetection", "KnowledgeBase": "KnowledgeBaseSource"}
# Sensitive properties: `format: password` in the spec, not in the catalog.
PASSWORD_PROPERTIES = {"twilioAuthToken", "serverUrlSecret"}
PASSWORD_SCHEMA_PROPERTIES = {("Server", "secret")}
SPEC_ONLY_OBJECTS = {"ErrorResponse"}  # error body: documented by the spec, absent from the catalog


def reachable_from(root: Any) -> set[str]:
    """Names of the components a part of the spec refers to, directly or through other components."""
    seen: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            name = ref_name(node)
            if name is not None and name not in seen:
                seen.add(name)
                stack.append(COMPONENTS[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else None


def deref(schema: JSONObject) -> JSONObject:
    while (name := ref_name(schema)) is not None:
        schema = COMPONENTS[name]
    return schema


def is_enum_component(name: str) -> bool:
    return COMPONENTS.get(name, {}).get("type") == "string" and "enum" in COMPONENTS[name]


def is_family(name: str) -> bool:
    return "oneOf" in COMPONENTS.get(name, {})


# --- (a) seed examples ---------------------------------------------------------------------------------

JSON_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}


def type_matches(value: Any, type_name: str) -> bool:
    if type_name == "null":
        return value is None
    if type_name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, JSON_TYPES[type_name])


def all_paths(value: Any, path: str = "") -> Iterator[str]:
    yield path
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from all_paths(sub, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from all_paths(sub, f"{path}[{i}]")


def walk_example(value: Any, schema: JSONObject, path: str, seen: set[str]) -> list[str]:
    """Problems of `value` against `schema`: unknown properties, wrong JSON types, values outside an enum.

    $refs are followed, a oneOf is resolved by its discriminator value, arrays through `items`, and a
    free-form object (additionalProperties: true) accepts anything. Visited paths are added to `seen`.
    """
    schema = deref(schema)
    where = path or "<root>"
    if "discriminator" in schema:
        tag = schema["discriminator"]["propertyName"]
        if not isinstance(value, dict) or tag not in value:
            return [f"{where}: {tag!r} is needed to pick a variant"]
        target = schema["discriminator"].get("mapping", {}).get(value[tag])
        if target is None:
            return [f"{where}: no variant for {tag}={value[tag]!r}"]
        return walk_example(value, {"$ref": target}, path, seen)
    for key in ("oneOf", "anyOf"):  # without a discriminator: fine if some branch fits
        if key in schema:
            for branch in schema[key]:
                branch_seen: set[str] = set()
                if not walk_example(value, branch, path, branch_seen):
                    seen |= branch_seen
                    return []
            return [f"{where}: {value!r} fits no branch of {key}"]
    seen.add(path)
    types = schema.get("type")
    types = [types] if isinstance(types, str) else types or []
    if types and not any(type_matches(value, t) for t in types):
        return [f"{where}: {type(value).__name__} value {value!r} where the spec says type {types}"]
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} but the spec pins {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not among the spec's enum values"]
    problems = []
    if isinstance(value, dict):
        properties, extra = schema.get("properties", {}), schema.get("additionalProperties")
        for key, sub in value.items():
            sub_path = f"{path}.{key}" if path else key
            if key in properties:
                problems += walk_example(sub, properties[key], sub_path, seen)
            elif isinstance(extra, dict):
                problems += walk_example(sub, extra, sub_path, seen)
            elif extra is True:
                seen.update(all_paths(sub, sub_path))
            else:
                problems.append(f"{sub_path}: no such property in the spec")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            problems += walk_example(item, schema.get("items", {}), f"{path}[{i}]", seen)
    return problems


def check_seed(example: Any, schema_name: str) -> None:
    seen: set[str] = set()
    problems = walk_example(example, {"$ref": REF_PREFIX + schema_name}, "", seen)
    assert not problems, f"seed example vs {schema_name}:\n" + "\n".join(problems)
    assert seen == set(all_paths(example)), sorted(set(all_paths(example)) - seen)


def test_seed_request_fits_create_outbound_call_dto() -> None:
    check_seed(SEED_REQUEST, "CreateOutboundCallDTO")


def test_seed_response_fits_call() -> None:
    check_seed(SEED_RESPONSE, "Call")


def test_example_walker_reports_mismatches() -> None:
    bad = {
        "customer": {"number": 5, "nickname": "x"},
        "assistant": {"voice": {"provider": "acme"}},
        "squad": {"members": [{"assistant": {"firstMessageMode": "never"}}]},
    }
    problems = walk_example(bad, {"$ref": REF_PREFIX + "CreateOutboundCallDTO"}, "", set())
    assert problems == [
        "customer.number: int value 5 where the spec says type ['string']",
        "customer.nickname: no such property in the spec",
        "assistant.voice: no variant for provider='acme'",
        "squad.members[0].assistant.firstMessageMode: 'never' is not among the spec's enum values",
    ]


# --- (b) schemas vs the catalog ------------------------------------------------------------------------


def catalog_view(prop: JSONObject) -> JSONObject:
    """A catalog property in the normalised vocabulary shared with `spec_view`."""
    view: dict[str, Any] = {"required": prop["required"], "array": False}
    if "enum" in prop:
        view.update(type="enum", enum=prop["enum"], open=prop["open"], array=prop["array"])
    else:
        type_expr = prop["type"].strip()
        array = re.fullmatch(r"\((.*)\)\[\]|(.*)\[\]", type_expr)
        if array:
            view["array"], type_expr = True, (array.group(1) or array.group(2)).strip()
        parts = [part.strip() for part in type_expr.split("|")]
        if (len(parts) > 1 and all(p in CATALOG["schemas"] for p in parts)) or type_expr in SINGLE_VARIANT_FAMILIES:
            view["type"] = f"oneOf({' | '.join(sorted(parts))})"
        else:
            view["type"] = " | ".join(parts)
    for catalog_key, key in (("min", "minimum"), ("max", "maximum"), ("maxLength", "maxLength")):
        if catalog_key in prop:
            view[key] = json.loads(prop[catalog_key])
    if "pattern" in prop:
        wrapped = re.fullmatch(r"/(.*)/", prop["pattern"])
        view["pattern"] = wrapped.group(1) if wrapped else prop["pattern"]
    if "format" in prop:
        view["format"] = prop["format"]
    if "default" in prop:
        view["default"] = json.loads(prop["default"])
    if "example" in prop and prop["example"] != "null":
        view["examples"] = [json.loads(prop["example"])]
    return view


def spec_view(name: str, schema: JSONObject, required: bool) -> JSONObject:
    """A spec property in the catalog's vocabulary.

    Conventions: string/number/boolean as is; `type: [string, "null"]` -> "string | null"; free-form
    `type: object, additionalProperties: true` -> "object"; `additionalProperties: {$ref: X}` -> Record;
    $ref to an object component -> its name; $ref to a oneOf+discriminator family -> "oneOf(A | B)"
    (members sorted: the order of a discriminated union carries no meaning);
    $ref to a string-enum component -> enum (closed); `anyOf: [{$ref: Enum}, {type: string}]` -> open enum;
    `type: string, const: v` (tags named provider/type only) -> one-value enum; `type: array` -> array=True
    with the element (and its constraints) read from `items`; `examples: [v]` -> examples;
    `format: password` is dropped (checked by test_sensitive_properties_are_passwords).
    Anything else becomes type "unrecognised ..." or "unexpected ..." so that it shows up as a difference.
    """
    rest = {k: v for k, v in schema.items() if k != "description"}
    view: dict[str, Any] = {"required": required, "array": False}
    for key in ("default", "examples"):
        if key in rest:
            view[key] = rest.pop(key)
    if rest.get("type") == "array":
        del rest["type"]
        view["array"], element = True, rest.pop("items", {})
        if rest:
            view["unexpected array keywords"] = sorted(rest)
        rest = dict(element)
    for key in ("minimum", "maximum", "maxLength", "pattern", "format"):
        if key in rest:
            view[key] = rest.pop(key)
    if view.get("format") == "password":
        del view["format"]
    view.update(element_view(name, rest))
    return view


def element_view(name: str, s: JSONObject) -> JSONObject:
    keys, target = set(s), ref_name(s)
    if keys == {"type", "const"} and s["type"] == "string":
        if name not in TAG_NAMES:
            return {"type": f"unrecognised: const on non-tag property {name}"}
        return {"type": "enum", "enum": [s["const"]], "open": False}
    if keys == {"$ref"} and target in COMPONENTS:
        if is_enum_component(target):
            if name in TAG_NAMES and len(COMPONENTS[target]["enum"]) == 1:
                return {"type": f"unrecognised: one-value tag {name} should be a const, not $ref {target}"}
            return {"type": "enum", "enum": COMPONENTS[target]["enum"], "open": False}
        if is_family(target):
            family = COMPONENTS[target]
            members = sorted(ref_name(m) or "<inline>" for m in family["oneOf"])
            kind = "oneOf" if "discriminator" in family else "oneOf without discriminator"
            return {"type": f"{kind}({' | '.join(members)})"}
        return {"type": target}
    if keys == {"anyOf"} and len(s["anyOf"]) == 2 and s["anyOf"][1] == {"type": "string"}:
        enum = ref_name(s["anyOf"][0])
        if enum and is_enum_component(enum):
            return {"type": "enum", "enum": COMPONENTS[enum]["enum"], "open": True}
    if keys == {"type", "additionalProperties"} and s["type"] == "object":
        extra = s["additionalProperties"]
        if extra is True:
            return {"type": "object"}
        if ref_name(extra):
            return {"type": f"Record<string, {ref_name(extra)}>"}
    if keys == {"type"}:
        types = [s["type"]] if isinstance(s["type"], str) else s["type"]
        return {"type": " | ".join(types)}
    return {"type": "unrecognised: " + json.dumps(s, sort_keys=True, ensure_ascii=False)}


def strict(value: Any) -> Any:
    """`value` with booleans told apart from numbers (True == 1 in Python, not in JSON)."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, list):
        return [strict(v) for v in value]
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    return value


def schema_differences() -> list[str]:
    differences = []
    catalog = CATALOG["schemas"]
    objects = {n for n, s in COMPONENTS.items() if not is_enum_component(n) and not is_family(n)}
    # Server messages (webhooks) are documented outside the Calls catalog.
    webhook_only = reachable_from(SPEC.get("webhooks", {})) - reachable_from(SPEC["paths"])
    for name in sorted(objects - set(catalog) - SPEC_ONLY_OBJECTS - webhook_only):
        differences.append(f"{name}: spec component not in the catalog")
    for name in sorted(set(catalog) - set(COMPONENTS)):
        differences.append(f"{name}: catalog schema missing from the spec")
    for name in sorted(set(catalog) & set(COMPONENTS)):
        component = COMPONENTS[name]
        if component.get("type") != "object":
            differences.append(f"{name}: spec component is type {component.get('type')!r}, not object")
        unexpected = set(component) - {"type", "description", "required", "properties"}
        if unexpected:
            differences.append(f"{name}: unexpected component keywords {sorted(unexpected)}")
        properties, required = component.get("properties", {}), component.get("required", [])
        for prop in sorted(set(required) - set(properties)):
            differences.append(f"{name}: required {prop!r} is not a property")
        for prop in sorted(set(catalog[name]) - set(properties)):
            differences.append(f"{name}.{prop}: in the catalog, missing from the spec")
        for prop in sorted(set(properties) - set(catalog[name])):
            differences.append(f"{name}.{prop}: in the spec, not in the catalog")
        for prop in sorted(set(catalog[name]) & set(properties)):
            want = catalog_view(catalog[name][prop])
            have = spec_view(prop, properties[prop], prop in required)
            for key in sorted(set(want) | set(have)):
                if strict(want.get(key, "<absent>")) != strict(have.get(key, "<absent>")):
                    differences.append(
                        f"{name}.{prop}: {key}: catalog {want.get(key, '<absent>')!r}"
                        f" != spec {have.get(key, '<absent>')!r}"
                    )
    return differences


def test_schemas_match_the_catalog() -> None:
    differences = schema_differences()
    assert not differences, f"{len(differences)} differences from the catalog:\n" + "\n".join(differences)


def test_single_variant_families() -> None:
    """Catalog names of single-variant families are $ref'd through a oneOf+discriminator family."""
    for variant, family in SINGLE_VARIANT_FAMILIES.items():
        assert [m["$ref"] for m in COMPONENTS[family]["oneOf"]] == [REF_PREFIX + variant]
        assert "discriminator" in COMPONENTS[family]


def test_sensitive_properties_are_passwords() -> None:
    passwords, sensitive = set(), set()
    for name, component in COMPONENTS.items():
        for prop, schema in component.get("properties", {}).items():
            if schema.get("format") == "password":
                passwords.add((name, prop))
            if prop in PASSWORD_PROPERTIES or (name, prop) in PASSWORD_SCHEMA_PROPERTIES:
                sensitive.add((name, prop))
    assert {p for _, p in sensitive} == PASSWORD_PROPERTIES | {p for _, p in PASSWORD_SCHEMA_PROPERTIES}
    assert passwords == sensitive


def test_normalisation_sees_differences() -> None:
    """The comparison is not vacuous: each kind of drift shows up in the normalised views."""
    assert spec_view("model", {"$ref": REF_PREFIX + "AnthropicModelName"}, True) == catalog_view(
        CATALOG["schemas"]["AnthropicModel"]["model"]
    )
    prop = CATALOG["schemas"]["AzureVoice"]["voiceId"]
    closed = spec_view("voiceId", {"$ref": REF_PREFIX + "AzureVoiceId"}, True)
    assert closed != catalog_view(prop) and closed["open"] is False
    assert spec_view("limit", {"type": "integer", "minimum": 0}, False)["type"] == "integer"
    assert spec_view("kind", {"type": "string", "const": "x"}, False)["type"].startswith("unrecognised")
    assert spec_view("tags", {"type": "array", "items": {"type": "string", "maxLength": 3}}, False) == {
        "required": False,
        "array": True,
        "type": "string",
        "maxLength": 3,
    }
    assert catalog_view({"type": "(A | B )[]", "required": True}) == {
        "required": True,
        "array": True,
        "type": "A | B",
    }  # unknown names: not a family


# --- (c) endpoints -------------------------------------------------------------------------------------


def test_catalog_endpoints_exist() -> None:
    problems = []
    expected_operations = set()
    for endpoint in CATALOG["endpoints"]:
        method, path = endpoint["method"].lower(), endpoint["path"]
        expected_operations.add((method, path))
        operation = SPEC["paths"].get(path, {}).get(method)
        where = f"{endpoint['method']} {path}"
        if operation is None:
            problems.append(f"{where}: missing")
            continue
        if "body" in endpoint:
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if ref_name(body) != endpoint["body"]:
                problems.append(f"{where}: request body schema {body} is not {endpoint['body']}")
        elif "requestBody" in operation:
            problems.append(f"{where}: has a request body; the catalog has none")
        response = re.fullmatch(r"(\w+)(\[\])?(?: \((\d{3})\))?", endpoint["response"])
        assert response, endpoint["response"]
        name, is_list, status = response.group(1), bool(response.group(2)), response.group(3) or "200"
        successes = sorted(str(code) for code in operation["responses"] if str(code).startswith("2"))
        if successes != [status]:
            problems.append(f"{where}: success statuses {successes} != [{status}]")
            continue
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        if is_list:
            schema = schema.get("items", {}) if schema.get("type") == "array" else {}
        if ref_name(schema) != name:
            problems.append(f"{where}: {status} body is not {endpoint['response']}")
    actual_operations = {(m, p) for p, item in SPEC["paths"].items() for m in item if m != "parameters"}
    for method, path in sorted(actual_operations - expected_operations):
        problems.append(f"{method.upper()} {path}: in the spec, not in the catalog")
    assert not problems, "\n".join(problems)


def resolve_parameter(parameter: JSONObject) -> JSONObject:
    ref = parameter.get("$ref")
    return SPEC["components"]["parameters"][ref.rsplit("/", 1)[1]] if ref else parameter


def test_list_calls_query_parameters() -> None:
    (endpoint,) = [e for e in CATALOG["endpoints"] if (e["method"], e["path"]) == ("GET", "/call")]
    wanted = {}
    for entry in endpoint["query"]:  # "name" or "name (lo..hi, default d)"
        match = re.fullmatch(r"(\w+)(?: \((.*)\))?", entry)
        assert match, entry
        facts: dict[str, Any] = {}
        for fact in match.group(2).split(", ") if match.group(2) else []:
            if ".." in fact:
                low, high = fact.split("..")
                facts.update(minimum=json.loads(low), maximum=json.loads(high))
            elif fact.startswith("default "):
                facts["default"] = json.loads(fact[len("default ") :])
            else:
                raise AssertionError(f"unparsed query fact {fact!r} in {entry!r}")
        wanted[match.group(1)] = facts
    parameters = [resolve_parameter(p) for p in SPEC["paths"]["/call"]["get"].get("parameters", [])]
    assert [p["name"] for p in parameters] == list(wanted)
    for parameter in parameters:
        assert parameter["in"] == "query" and not parameter.get("required", False), parameter
        schema = parameter["schema"]
        facts = {k: schema[k] for k in ("minimum", "maximum", "default") if k in schema}
        assert facts == wanted[parameter["name"]], parameter["name"]


def test_base_url_and_auth() -> None:
    assert CATALOG["base_url"] in [server["url"] for server in SPEC["servers"]]
    assert "Bearer" in CATALOG["auth"]
    schemes = SPEC["components"]["securitySchemes"]
    assert [s for s in schemes.values() if s.get("type") == "http" and s.get("scheme") == "bearer"]
