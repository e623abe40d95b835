"""The client's resources (`client.calls`, `client.assistants`, ...), compiled from the spec and rendered by
our own template.

openapi-python-client makes the models; this module makes the methods users call. `openapi.yaml` is its only
input: each operation carries its resource and method name (`x-vapi-resource`, `x-vapi-method`, written by
`generator/spec_operations.py`). From them it compiles one table per operation (`_spec.OPERATIONS`, keyed
`resource.method`, read by `_operations._request` at run time) and renders `_resources.py`: per resource a class with
one method per operation, its `with_raw_response` view (each method named once, `get = raw_method(CallsResource.get)`,
typed from the resource's by `_operations._raw`), both sync and async, and the typed attributes the clients inherit
(`SyncResources`, `AsyncResources`).
"""

from __future__ import annotations

import ast
import builtins
import copy
import re
import textwrap
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import PythonIdentifier
from vapi_spec import operations as spec_operations

GENERATOR = Path(__file__).resolve().parent
SUCCESS = ("200", "201", "202", "204")


def py_name(json_name: str) -> str:
    """The Python name openapi-python-client gives a property (`type` -> `type_`), so kwargs match models."""
    return str(PythonIdentifier(json_name, prefix="field"))


def compile_operations(spec: dict[str, Any], tables: dict[str, Any], describe: Any) -> dict[str, Any]:
    """`resource.method` -> what the runtime needs to build the request and read the response."""
    schemas = spec["components"]["schemas"]
    if any(
        "x-vapi-method" not in operation
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in spec_operations.HTTP_METHODS
    ):  # a spec not made by update_spec: resources and names by the rule alone
        spec = copy.deepcopy(spec)
        spec_operations.annotate(spec, {})
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in spec_operations.HTTP_METHODS:
                continue
            resource, name = operation["x-vapi-resource"], operation["x-vapi-method"]
            parameters = [_resolve(spec, p) for p in [*item.get("parameters", ()), *operation.get("parameters", ())]]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            body_name = body["$ref"].rsplit("/", 1)[1] if body and "$ref" in body else None
            body_shape = describe(body, schemas) if body else None
            status, shape = _success(spec, operation, schemas, describe)
            operations[f"{resource}.{name}"] = {
                "resource": resource,
                "name": name,
                "method": method.upper(),
                "path": path,
                "operation_id": operation["operationId"],
                "path_params": tuple((p["name"], py_name(p["name"])) for p in parameters if p["in"] == "path"),
                "query": {
                    py_name(p["name"]): (p["name"], describe(p.get("schema", {}), schemas))
                    for p in parameters
                    if p["in"] == "query"
                },
                "body": body_name if body_name in tables["SCHEMAS"] else None,  # a model: keyword fields
                "body_shape": body_shape,  # any body (a union body has no keyword fields)
                "accept": _accept(spec, operation),
                "success": status,
                "shape": shape,
                "creates_call": bool(operation.get("x-vapi-creates-call")),
                "replaced_by": operation.get("x-vapi-replaced-by") if operation.get("deprecated") else None,
                "pages": bool(operation.get("x-vapi-pages")),  # the resource has `list_all`
                "batch": operation.get("x-vapi-batch"),  # {field, single, batch}: `create()` overloads
            }
    return dict(sorted(operations.items()))


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _accept(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    """The `Accept` header: every media type the operation's responses declare, successes first
    (a download: `application/octet-stream, application/json`, the JSON of its errors)."""
    media: list[str] = []
    responses = operation.get("responses", {})
    for status in sorted(responses, key=lambda code: (not code.startswith("2"), code)):
        for media_type in _resolve(spec, responses[status]).get("content", {}):
            if media_type not in media:
                media.append(media_type)
    return ", ".join(media or ["application/json"])


def _success(spec: dict[str, Any], operation: dict[str, Any], schemas: dict[str, Any], describe: Any) -> Any:
    for status in SUCCESS:
        response = operation.get("responses", {}).get(status)
        if response is None:
            continue
        content = _resolve(spec, response).get("content", {})
        if "application/json" in content and "schema" in content["application/json"]:
            return int(status), describe(content["application/json"]["schema"], schemas)
        if content:
            return int(status), ("binary",)
        return int(status), None
    return None, None


# ---------------------------------------------------------------------------------------------------
# rendering


def annotation(desc: tuple[Any, ...], *, accepts_json: bool = True) -> str:
    """The type a caller may pass for a value described by `desc` (see generate.describe)."""
    kind = desc[0]
    if kind == "string":
        return "str"
    if kind == "number":
        return "int | float"
    if kind == "integer":
        return "int"
    if kind == "boolean":
        return "bool"
    if kind == "datetime":
        return "datetime.datetime | str"
    if kind == "const":
        return f"Literal[{desc[1]!r}]"
    if kind == "enum":
        return f"models.{desc[1]} | str"
    if kind == "model":
        return f"models.{desc[1]} | Json" if accepts_json else f"models.{desc[1]}"
    if kind == "union":
        return f"unions.{desc[1]} | Json" if accepts_json else f"unions.{desc[1]}"
    if kind == "array":  # what the caller passes may be any sequence; what comes back is a list
        inner = annotation(desc[1], accepts_json=accepts_json)
        return f"Sequence[{inner}]" if accepts_json else f"list[{inner}]"
    if kind == "map":
        return f"Mapping[str, {annotation(desc[1], accepts_json=accepts_json)}]"
    if kind == "nullable":
        return annotation(desc[1], accepts_json=accepts_json)
    if kind == "oneof":
        parts: list[str] = []
        for option in desc[1:]:
            for part in annotation(option, accepts_json=accepts_json).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if kind == "object":
        return "Json"
    return "Any"


def result_annotation(shape: Any) -> str:
    if shape is None:
        return "None"
    if shape[0] == "binary":
        return "int"
    return annotation(shape, accepts_json=False)


def _doc(text: str | None, indent: int, width: int = 100) -> str:
    if not text:
        return ""
    text = " ".join(text.split()).replace('"""', "'''").replace("\\", "\\\\")
    return textwrap.fill(text, width=width, subsequent_indent=" " * indent)


def render_resources(spec: dict[str, Any], operations: dict[str, Any], tables: dict[str, Any]) -> str:
    schemas = spec["components"]["schemas"]
    tag_docs = {spec_operations.snake_case(str(tag["name"])): tag.get("description") for tag in spec.get("tags", ())}
    grouped: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for key, op in operations.items():
        grouped.setdefault(op["resource"], []).append((key, op))
    resources = []
    for attribute, members in sorted(grouped.items()):
        names = {op["name"] for _, op in members} | {"with_raw_response"}
        names |= {"list_all"} if any(op["pages"] for _, op in members) else set()
        shadowed = names & set(dir(builtins))  # `list` inside a class defining `list()`: written `builtins.list`
        methods = [_method(spec, schemas, tables, key, op, shadowed) for key, op in members]
        label = "".join(part.capitalize() for part in attribute.strip("_").split("_"))
        resources.append(
            {
                "attribute": attribute,
                "cls": f"{label}Resource",
                "doc": _doc(tag_docs.get(attribute) or f"The {attribute.replace('_', ' ')} operations.", 4),
                "methods": methods,
                "summary": _doc("Methods: " + ", ".join(sorted(names - {"with_raw_response"})) + ".", 4),
                "list_all": next((m for m in methods if m["op"]["pages"]), None),
            }
        )
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(GENERATOR / "resource_templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    source = environment.get_template("resources.py.jinja").render(resources=resources)
    _check_no_method_hides_a_module_name(source)
    return source


def _check_no_method_hides_a_module_name(source: str) -> None:
    """Inside a class, a method named like an import of the module (`models`, `datetime`, `Sequence`,
    `raw_method`) would be what the class's annotations and later lines read: refuse it, naming both."""
    tree = ast.parse(source)
    module_names = {
        (alias.asname or alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                    names = {member.name}
                elif isinstance(member, ast.Assign):  # a raw view's `get = raw_method(CallsResource.get)`
                    names = {target.id for target in member.targets if isinstance(target, ast.Name)}
                else:
                    continue
                for name in sorted(names & module_names):
                    raise SystemExit(f"{node.name}.{name}() would hide the module's `{name}`")


def _qualify(text: str, shadowed: set[str]) -> str:
    """`list[Call]` -> `builtins.list[Call]` inside a class whose method `list` would otherwise be read."""
    for name in shadowed:
        text = re.sub(rf"(?<![\w.'\"]){name}\b", f"builtins.{name}", text)
    return text


def _method(
    spec: dict[str, Any],
    schemas: dict[str, Any],
    tables: dict[str, Any],
    key: str,
    op: dict[str, Any],
    shadowed: set[str],
) -> dict[str, Any]:
    item = spec["paths"][op["path"]]
    source = item[op["method"].lower()]
    parameters = [_resolve(spec, p) for p in [*item.get("parameters", ()), *source.get("parameters", ())]]
    params = [
        {"name": python_name, "annotation": "str", "doc": _doc(_parameter_description(parameters, json_name), 16)}
        for json_name, python_name in op["path_params"]
    ]
    body_fields = []
    if op["body"]:
        body_schema = schemas[op["body"]]
        for json_name, desc in tables["SCHEMAS"][op["body"]]["properties"].items():
            prop = body_schema["properties"][json_name]
            body_fields.append(
                {
                    "name": py_name(json_name),
                    "json": json_name,
                    "annotation": _qualify(annotation(desc), shadowed),
                    "doc": _doc(_description(prop, schemas), 16),
                }
            )
    query = [
        {
            "name": python_name,
            "json": json_name,
            "annotation": _qualify(annotation(desc), shadowed),
            "doc": _doc(_parameter_description(parameters, json_name), 16),
        }
        for python_name, (json_name, desc) in op["query"].items()
    ]
    taken = {f["name"] for f in body_fields} | {q["name"] for q in query}
    for keyword in ("request_id", "attempted_since"):
        if op["creates_call"] and keyword in taken:
            raise SystemExit(f"{key}: a body field or query parameter is named like the `{keyword}` keyword")
    batch = None
    if op["batch"] and any(f["json"] == op["batch"]["field"] for f in body_fields):
        batch = {
            "field": py_name(op["batch"]["field"]),
            "single": f"models.{op['batch']['single']}",
            "batch": f"models.{op['batch']['batch']}",
        }
    shape = op["shape"]
    return {
        "name": op["name"],
        "key": key,
        "op": op,
        "summary": _doc(source.get("summary") or op["name"], 8),
        "description": _doc(source.get("description"), 8),
        "params": params,
        "body": _qualify(annotation(op["body_shape"]), shadowed) if op["body_shape"] else None,
        "body_fields": body_fields,
        "query": query,
        "returns": _qualify(result_annotation(shape), shadowed),
        "item": _qualify(result_annotation(shape[1]), shadowed) if op["pages"] else None,
        "download": bool(shape and shape[0] == "binary"),
        "batch": batch,
    }


def _description(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    text = prop.get("description")
    if not text and "$ref" in prop:
        text = schemas.get(prop["$ref"].rsplit("/", 1)[1], {}).get("description")
    first = (text or "").strip().split("\n\n")[0]
    default = prop.get("default")
    return first + (f" Default: {default!r}." if default is not None and "default" not in first.lower() else "")


def _parameter_description(parameters: list[dict[str, Any]], json_name: str) -> str:
    """The operation's own words for one of its parameters (path or query)."""
    for parameter in parameters:
        if parameter.get("name") == json_name:
            return str(parameter.get("description", "")).strip().split("\n\n")[0]
    return ""
