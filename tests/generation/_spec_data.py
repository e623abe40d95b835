"""What the generation tests read from openapi.yaml, and small builders derived from it.

Everything here is computed from the spec, never from the generated package, so the tests
compare two independent views of the same facts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

JSON = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
REALISTIC = DATA / "realistic"
SPEC: JSON = yaml.load(
    (ROOT / "openapi.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
SCHEMAS: dict[str, JSON] = SPEC["components"]["schemas"]
_SPEC_URI = "urn:vapi-client:openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# A date-time as Vapi writes it: UTC, milliseconds, 'Z'.
SAMPLE_DATETIME = "2024-05-20T14:03:11.512Z"


def ref_name(schema: JSON) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


def is_union(schema: JSON) -> bool:
    return "oneOf" in schema and "discriminator" in schema


def is_enum(schema: JSON) -> bool:
    return "enum" in schema


def is_object_model(schema: JSON) -> bool:
    return schema.get("type") == "object" and bool(schema.get("properties"))


def union_mapping(family: str) -> dict[str, str]:
    """tag -> variant schema name, from the discriminator mapping."""
    mapping = SCHEMAS[family]["discriminator"]["mapping"]
    return {tag: target.rsplit("/", 1)[1] for tag, target in mapping.items()}


def union_tag(family: str) -> str:
    return str(SCHEMAS[family]["discriminator"]["propertyName"])


def names(predicate: Any) -> list[str]:
    return [name for name, schema in SCHEMAS.items() if predicate(schema)]


def snake_case(name: str) -> str:
    """operationId / property name -> Python name, as the generator spells it."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name).lower()


# ---------------------------------------------------------------------------------------
# JSON Schema validation of payloads against the spec's components


@cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    return registry


def schema_errors(schema_name: str, value: Any) -> list[str]:
    """Draft 2020-12 errors of `value` against `#/components/schemas/<schema_name>` (formats checked)."""
    ref = {"$ref": f"{_SPEC_URI}#/components/schemas/{schema_name}"}
    validator = Draft202012Validator(ref, registry=_registry(), format_checker=FormatChecker())
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(value)]


# ---------------------------------------------------------------------------------------
# operations and their examples


def resolve(node: JSON) -> JSON:
    """Follow a local `$ref` (responses, parameters) to its target."""
    while "$ref" in node:
        target: Any = SPEC
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> Iterator[tuple[str, str, JSON, list[JSON]]]:
    """(method, path, operation, parameters incl. path-level ones) for every operation."""
    for path, item in SPEC["paths"].items():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                own = [resolve(p) for p in operation.get("parameters", [])]
                yield method, path, operation, shared + own


def json_content(node: JSON) -> JSON | None:
    content: JSON | None = resolve(node).get("content", {}).get("application/json")
    return content


def success_status(operation: JSON) -> str:
    codes = [code for code in operation["responses"] if code.startswith("2")]
    assert len(codes) == 1, f"{operation['operationId']}: expected one success status, got {codes}"
    return str(codes[0])


def examples() -> Iterator[tuple[str, str, Any]]:
    """(id, schema name, value) for every example of a JSON body in the spec; arrays are split."""
    seen: set[str] = set()
    for method, path, operation, _ in operations():
        bodies: list[tuple[str, JSON]] = []
        if "requestBody" in operation:
            bodies.append(("request", operation["requestBody"]))
        bodies += [(status, response) for status, response in operation["responses"].items()]
        for where, node in bodies:
            content = json_content(node)
            if content is None:
                continue
            schema = content["schema"]
            for example_name, example in content.get("examples", {}).items():
                value = resolve(example)["value"]
                base = f"{method.upper()} {path} {where} {example_name}"
                if base in seen:
                    continue
                seen.add(base)
                if schema.get("type") == "array":
                    for index, item in enumerate(value):
                        yield f"{base}[{index}]", ref_name(schema["items"]), item
                else:
                    yield base, example_schema(schema, value), value


def example_schema(schema: JSON, value: Any) -> str:
    """The component an example is an instance of; for a `oneOf` of components (POST /call answers
    a Call or a CallBatchResponse), the one option it is valid against."""
    if "$ref" in schema:
        return ref_name(schema)
    matching = [ref_name(option) for option in schema["oneOf"] if not schema_errors(ref_name(option), value)]
    assert len(matching) == 1, f"example valid against {matching or 'no option'} of {schema}"
    return matching[0]


# ---------------------------------------------------------------------------------------
# minimal valid instances and "hosts": a schema with a slot for a given union or enum


def minimal(schema: JSON) -> Any:
    """The smallest value valid against `schema`: required properties only, first choices."""
    if "$ref" in schema:
        target = SCHEMAS[ref_name(schema)]
        if is_union(target):
            return minimal(target["oneOf"][0])
        return minimal(target)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return minimal(schema[combinator][0])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: minimal(props[name]) for name in schema.get("required", ())}
    if kind == "array":
        return []
    if kind == "string":
        return SAMPLE_DATETIME if schema.get("format") == "date-time" else _minimal_string(schema)
    if kind in ("number", "integer"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return True
    return {}


# Candidates for a required string, first valid one wins: most string schemas take "x"; the others
# have a format, a minimum length (phone numbers, SIP credentials) or a pattern (env var names).
_STRINGS = ("x", "d23f0824-128b-4f33-8c5c-7fd0a6a3a450", "+14155550123", "X", "sip:x@example.com")


def _minimal_string(schema: JSON) -> str:
    plain = {key: value for key, value in schema.items() if key not in ("description", "examples")}
    validator = Draft202012Validator(plain, format_checker=FormatChecker())
    candidates = [*_STRINGS, "x" * int(schema.get("minLength", 1))]
    return next((c for c in candidates if validator.is_valid(c)), "x")


def _references(prop: JSON, target: str) -> str | None:
    """How a property holds `target`: 'one', 'array' or None (also inside a `oneOf`/`anyOf`:
    nullable references, a union beside other shapes, a nullable array)."""
    if prop.get("$ref", "").endswith(f"/{target}"):
        return "one"
    for combinator in ("anyOf", "oneOf"):
        for option in prop.get(combinator, []):
            how = _references(option, target)
            if how:
                return how
    kind = prop.get("type")
    if (kind == "array" or (isinstance(kind, list) and "array" in kind)) and "items" in prop:
        return "array" if _references(prop["items"], target) == "one" else None
    return None


def host_of(target: str) -> tuple[str, str, str]:
    """(schema, property, 'one'|'array'): the first object schema with a property holding `target`."""
    for name, schema in SCHEMAS.items():
        for prop_name, prop in schema.get("properties", {}).items():
            how = _references(prop, target)
            if how:
                return name, prop_name, how
    raise LookupError(f"no schema references {target}")


def hosted(target: str, value: Any) -> tuple[str, str, JSON]:
    """(host schema, property, host JSON) with `value` in the host's slot for `target`."""
    host, prop, how = host_of(target)
    data = minimal({"$ref": f"#/components/schemas/{host}"})
    data[prop] = [value] if how == "array" else value
    return host, prop, data


# ---------------------------------------------------------------------------------------
# realistic payloads (tests/data/realistic): file -> schema; a list means a bare array body

REALISTIC_FILES: dict[str, str] = {
    "call-ended-squad.json": "Call",
    "call-web-in-progress.json": "Call",
    "call-phone-bypass-queued.json": "Call",
    "create-phone-call.json": "CreateOutboundCallDTO",
    "create-web-call.json": "CreateWebCallDTO",
    "update-call.json": "UpdateCallDTO",
}
FUTURE_FILE = "call-future.json"  # deliberately not valid against today's spec


def load_realistic(name: str) -> Any:
    return json.loads((REALISTIC / name).read_text(encoding="utf-8"))
