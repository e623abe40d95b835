"""The client's resources (`client.calls`), compiled from the spec and rendered by our own template.

openapi-python-client makes the models; this module makes the methods users call. From the spec's
operations and the naming table in `spec/selection.yaml` it compiles one table per operation (method,
path, parameters, body, success shape: `_spec.OPERATIONS`, read by `_operations` at run time) and
renders `_resources.py`: one method per operation, sync and async from one template, with a keyword
argument per body field and query parameter, typed and documented from the spec.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.strings import PythonIdentifier

GENERATOR = Path(__file__).resolve().parent
SELECTION = GENERATOR.parent / "spec" / "selection.yaml"
SUCCESS = ("200", "201", "202", "204")


def py_name(json_name: str) -> str:
    """The Python name openapi-python-client gives a property (`type` -> `type_`), so kwargs match models."""
    return str(PythonIdentifier(json_name, prefix="field"))


def naming_table() -> dict[str, dict[str, Any]]:
    selection = yaml.safe_load(SELECTION.read_text(encoding="utf-8"))
    return dict(selection.get("operations", {}))


def compile_operations(spec: dict[str, Any], tables: dict[str, Any], describe: Any) -> dict[str, Any]:
    """method name -> what the runtime needs to build the request and read the response."""
    schemas = spec["components"]["schemas"]
    names = naming_table()
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            key = f"{method.upper()} {path}"
            entry = names.get(key, {})
            name = entry.get("method") or py_name(operation["operationId"])
            parameters = [_resolve(spec, p) for p in [*item.get("parameters", ()), *operation.get("parameters", ())]]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            body_name = body["$ref"].rsplit("/", 1)[1] if body and "$ref" in body else None
            body_shape = describe(body, schemas) if body else None
            status, shape = _success(spec, operation, schemas, describe)
            operations[name] = {
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
                "creates_call": bool(entry.get("creates_call")),
                "replaced_by": entry.get("replaced_by") if operation.get("deprecated") else None,
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
    methods = []
    for name, op in operations.items():
        source = spec["paths"][op["path"]][op["method"].lower()]
        params = []
        for json_name, python_name in op["path_params"]:
            params.append({"name": python_name, "annotation": "str", "doc": f"The call's {json_name}."})
        body_fields = []
        body_annotation = annotation(op["body_shape"]) if op["body_shape"] else None
        if op["body"]:
            body_schema = schemas[op["body"]]
            table = tables["SCHEMAS"][op["body"]]
            for json_name, desc in table["properties"].items():
                prop = body_schema["properties"][json_name]
                body_fields.append(
                    {
                        "name": py_name(json_name),
                        "json": json_name,
                        "annotation": annotation(desc),
                        "doc": _doc(_description(prop, schemas), 16),
                    }
                )
        query = [
            {
                "name": python_name,
                "annotation": annotation(desc),
                "doc": _doc(_query_description(source, json_name), 16),
            }
            for python_name, (json_name, desc) in op["query"].items()
        ]
        methods.append(
            {
                "name": name,
                "op": op,
                "summary": _doc(source.get("summary") or name, 8),
                "description": _doc(source.get("description"), 8),
                "params": params,
                "body": body_annotation,
                "body_fields": body_fields,
                "query": query,
                "returns": result_annotation(op["shape"]),
                "download": bool(op["shape"] and op["shape"][0] == "binary"),
            }
        )
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(GENERATOR / "resource_templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("resources.py.jinja").render(methods=methods)


def _description(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    text = prop.get("description")
    if not text and "$ref" in prop:
        text = schemas.get(prop["$ref"].rsplit("/", 1)[1], {}).get("description")
    first = (text or "").strip().split("\n\n")[0]
    default = prop.get("default")
    return first + (f" Default: {default!r}." if default is not None and "default" not in first.lower() else "")


def _query_description(operation: dict[str, Any], json_name: str) -> str:
    for parameter in operation.get("parameters", ()):
        if parameter.get("name") == json_name:
            return str(parameter.get("description", "")).strip().split("\n\n")[0]
    return ""
