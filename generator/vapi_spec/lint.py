"""Project lint for openapi.yaml: generator pitfalls that the OpenAPI validator and Spectral let through.

Usage:  python -m vapi_spec.lint openapi.yaml   (or "-" to read the document from stdin)
        (prints one line per problem, "<JSON pointer>: <message> [<rule>]", and exits 1 if there is any)
Import: lint(spec: dict) -> list[str]

Each rule is a plain function taking the parsed document and yielding (JSON pointer, message) pairs;
RULES maps rule names to them. $refs are resolved inside the document only ("#/...").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

JSONObject = dict[str, Any]
Problem = tuple[str, str]  # (JSON pointer, message)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUIRED_ERROR_CODES = ("400", "401", "429", "500")
DOC_URI = "urn:vapi-openapi"  # the whole document is registered under this URI for $ref resolution

# Keywords whose values are subschemas (a single one, a list of them, or a name -> schema map).
SUBSCHEMA = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


# --- document helpers -------------------------------------------------------------------------------


def join(pointer: str, *parts: Any) -> str:
    """Append reference tokens to a JSON pointer, escaping '~' and '/'."""
    for part in parts:
        pointer += "/" + str(part).replace("~", "~0").replace("/", "~1")
    return pointer


def lookup(spec: JSONObject, ref: str) -> Any:
    """The node a local $ref ("#/a/b") points to, or None if there is none."""
    if not ref.startswith("#"):
        return None
    node: Any = spec
    for token in ref[1:].split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return None
    return node


def resolve(spec: JSONObject, node: Any) -> Any:
    """Follow $refs (of parameters, responses, headers, examples...) to the object they name."""
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        node = lookup(spec, node["$ref"])
    return None


def openapi_objects(spec: JSONObject) -> Iterator[tuple[str, JSONObject]]:
    """Every object of the OpenAPI document proper: not schemas, example data or extensions."""

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, JSONObject]]:
        if isinstance(node, list):
            for i, item in enumerate(node):
                yield from walk(item, join(pointer, i))
        elif isinstance(node, dict):
            yield pointer, node
            for key, value in node.items():
                skip = key in ("schema", "example", "examples") or str(key).startswith("x-")
                if not skip and (pointer, key) != ("/components", "schemas"):
                    yield from walk(value, join(pointer, key))

    yield from walk(spec, "")


def schemas(spec: JSONObject) -> Iterator[tuple[str, Any, bool]]:
    """Every schema in the document as (pointer, schema, is_component), subschemas included."""

    def walk(schema: Any, pointer: str, is_component: bool) -> Iterator[tuple[str, Any, bool]]:
        yield pointer, schema, is_component
        if not isinstance(schema, dict):
            return
        for key in SUBSCHEMA:
            if isinstance(schema.get(key), (dict, bool)):
                yield from walk(schema[key], join(pointer, key), False)
        for key in SUBSCHEMA_LISTS:
            if isinstance(schema.get(key), list):
                for i, sub in enumerate(schema[key]):
                    yield from walk(sub, join(pointer, key, i), False)
        for key in SUBSCHEMA_MAPS:
            if isinstance(schema.get(key), dict):
                for name, sub in schema[key].items():
                    yield from walk(sub, join(pointer, key, name), False)

    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        yield from walk(schema, join("/components/schemas", name), True)
    for pointer, obj in openapi_objects(spec):
        if "schema" in obj:
            yield from walk(obj["schema"], join(pointer, "schema"), False)


def operations(spec: JSONObject) -> Iterator[tuple[str, str, JSONObject, JSONObject]]:
    """(pointer, path, operation, path item) for every operation."""
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield join("/paths", path, method), path, item[method], item


def path_template_names(path: str) -> set[str]:
    return set(re.findall(r"\{([^{}/]+)\}", path))


def declared_path_params(spec: JSONObject, parameters: list[Any]) -> set[str]:
    resolved = (resolve(spec, p) for p in parameters)
    return {str(p.get("name")) for p in resolved if isinstance(p, dict) and p.get("in") == "path"}


def validation_error(spec: JSONObject, schema_pointer: str, instance: Any) -> str | None:
    """Why `instance` fails the schema at `schema_pointer` (Draft 2020-12, formats checked), or None."""
    registry = Registry().with_resource(DOC_URI, DRAFT202012.create_resource(spec))
    ref = DOC_URI + "#" + quote(schema_pointer, safe="/~!$&'()*+,;=:@-._")
    validator = Draft202012Validator(
        {"$ref": ref}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    try:
        error = best_match(validator.iter_errors(instance))
    except Exception as exc:  # an unresolvable $ref, a bad regex...
        return f"cannot validate: {type(exc).__name__}: {exc}"
    if error is None:
        return None
    where = "".join(f"/{p}" for p in error.absolute_path)
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    return f"at {where}: {message}" if where else message


# --- rules -------------------------------------------------------------------------------------------


def check_empty_enums(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if isinstance(schema, dict) and "enum" in schema and not schema["enum"]:
            yield join(pointer, "enum"), "enum has no values"


def check_array_items(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if not isinstance(schema, dict):
            continue
        types = schema.get("type")
        if (types == "array" or (isinstance(types, list) and "array" in types)) and "items" not in schema:
            yield pointer, "array schema has no 'items'"


def check_inline_objects(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, is_component in schemas(spec):
        if isinstance(schema, dict) and "properties" in schema and not is_component:
            yield pointer, "inline object schema with 'properties': make it a component and $ref it"


def check_path_parameters(spec: JSONObject) -> Iterator[Problem]:
    for pointer, path, operation, item in operations(spec):
        template = path_template_names(path)
        declared = declared_path_params(spec, item.get("parameters") or []) | declared_path_params(
            spec, operation.get("parameters") or []
        )
        for name in sorted(template - declared):
            yield pointer, f"path template has {{{name}}} but no path parameter '{name}' is declared"
        for name in sorted(declared - template):
            yield pointer, f"path parameter '{name}' is not in the path template {path}"


def _mapping_ref(target: str) -> str:
    return target if target.startswith("#") else "#/components/schemas/" + target


def _tag_values(spec: JSONObject, prop: Any) -> list[Any]:
    """The values a tag property allows (a const, or an enum: a variant may answer to several tags)."""
    prop = resolve(spec, prop)
    if not isinstance(prop, dict):
        return []
    if "const" in prop:
        return [prop["const"]]
    if isinstance(prop.get("enum"), list):
        return list(prop["enum"])
    return []


def check_discriminator_mappings(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if not (isinstance(schema, dict) and isinstance(schema.get("discriminator"), dict)):
            continue
        prop = schema["discriminator"].get("propertyName")
        members = [m.get("$ref") for m in schema.get("oneOf") or [] if isinstance(m, dict)]
        for tag, target in (schema["discriminator"].get("mapping") or {}).items():
            here, ref = join(pointer, "discriminator", "mapping", tag), _mapping_ref(target)
            variant = lookup(spec, ref)
            if not isinstance(variant, dict):
                yield here, f"mapping target {target} does not exist"
                continue
            if ref not in members:
                yield here, f"mapping target {target} is not one of the oneOf members"
            values = _tag_values(spec, (variant.get("properties") or {}).get(prop))
            if tag not in values:
                yield here, f"{target} does not pin '{prop}' to '{tag}' (const or enum); it allows {values or None!r}"
            if prop not in (variant.get("required") or []):
                yield here, f"{target} does not list its tag '{prop}' as required"


def check_discriminator_complete(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if not (isinstance(schema, dict) and isinstance(schema.get("discriminator"), dict)):
            continue
        if "oneOf" not in schema:
            yield pointer, "discriminator without oneOf"
        mapped = {_mapping_ref(t) for t in (schema["discriminator"].get("mapping") or {}).values()}
        for i, member in enumerate(schema.get("oneOf") or []):
            ref = member.get("$ref") if isinstance(member, dict) else None
            if ref is None:
                yield join(pointer, "oneOf", i), "inline oneOf member cannot appear in the discriminator mapping"
            elif ref not in mapped:
                yield join(pointer, "oneOf", i), f"{ref} has no entry in the discriminator mapping"


def check_defaults(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if isinstance(schema, dict) and "default" in schema:
            error = validation_error(spec, pointer, schema["default"])
            if error:
                yield join(pointer, "default"), f"default does not match its schema: {error}"


def check_examples(spec: JSONObject) -> Iterator[Problem]:
    for pointer, schema, _ in schemas(spec):
        if not isinstance(schema, dict):
            continue
        listed = schema["examples"] if isinstance(schema.get("examples"), list) else []
        examples = [(join(pointer, "examples", i), example) for i, example in enumerate(listed)]
        if "example" in schema:
            examples.append((join(pointer, "example"), schema["example"]))
        for here, example in examples:
            error = validation_error(spec, pointer, example)
            if error:
                yield here, f"example does not match its schema: {error}"
    # Parameters, headers and media types: `example` and `examples[*].value` against their `schema`.
    for pointer, obj in openapi_objects(spec):
        if "schema" not in obj:
            continue
        examples = []
        if "example" in obj:
            examples.append((join(pointer, "example"), obj["example"]))
        for name, example in (obj.get("examples") or {}).items():
            example = resolve(spec, example)
            if isinstance(example, dict) and "value" in example:
                examples.append((join(pointer, "examples", name, "value"), example["value"]))
        for here, example in examples:
            error = validation_error(spec, join(pointer, "schema"), example)
            if error:
                yield here, f"example does not match its schema: {error}"


def check_operation_basics(spec: JSONObject) -> Iterator[Problem]:
    for pointer, _, operation, _ in operations(spec):
        if "security" not in operation:
            yield pointer, "operation does not declare 'security'"
        if not operation.get("operationId"):
            yield pointer, "operation has no operationId"


def check_error_responses(spec: JSONObject) -> Iterator[Problem]:
    for pointer, path, operation, _ in operations(spec):
        responses = {str(code): r for code, r in (operation.get("responses") or {}).items()}
        # A templated path (/call/{id}) addresses a resource by id, which may not exist: 404.
        needed = REQUIRED_ERROR_CODES + (("404",) if path_template_names(path) else ())
        for code in needed:
            if code not in responses:
                yield join(pointer, "responses"), f"no {code} response documented"
        if "429" in responses:
            headers = (resolve(spec, responses["429"]) or {}).get("headers") or {}
            if "retry-after" not in {str(h).lower() for h in headers}:
                yield join(pointer, "responses", "429"), "429 response has no Retry-After header"


RULES: dict[str, Callable[[JSONObject], Iterator[Problem]]] = {
    "empty-enum": check_empty_enums,
    "array-items": check_array_items,
    "inline-object": check_inline_objects,
    "path-params": check_path_parameters,
    "discriminator-mapping": check_discriminator_mappings,
    "discriminator-complete": check_discriminator_complete,
    "default-type": check_defaults,
    "example-valid": check_examples,
    "operation-basics": check_operation_basics,
    "error-responses": check_error_responses,
}


def lint(spec: JSONObject) -> list[str]:
    """All problems found, one line each: "<JSON pointer>: <message> [<rule>]"."""
    return [f"{pointer}: {message} [{rule}]" for rule, check in RULES.items() for pointer, message in check(spec)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m vapi_spec.lint openapi.yaml  (or - for stdin)", file=sys.stderr)
        return 2
    if args[0] == "-":
        spec = yaml.safe_load(sys.stdin)
    else:
        with open(args[0], encoding="utf-8") as f:
            spec = yaml.safe_load(f)
    problems = lint(spec)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
