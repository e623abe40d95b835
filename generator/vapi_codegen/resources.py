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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import PythonIdentifier
from vapi_spec import operations as spec_operations
from vapi_spec import safety

from . import source_text

GENERATOR = Path(__file__).resolve().parent
SUCCESS = ("200", "201", "202", "204")


def py_name(json_name: str) -> str:
    """The Python name openapi-python-client gives a property (`type` -> `type_`), so kwargs match models."""
    return str(PythonIdentifier(json_name, prefix="field"))


def attributes(json_names: Iterable[str]) -> dict[str, str]:
    """JSON name -> the model attribute of each property of one model: its `py_name`, renamed by
    `safety.attribute_names` where it would shadow a member of the `Model` base class (`validate` -> `validate_`)."""
    python = {json_name: py_name(json_name) for json_name in json_names}
    chosen = safety.attribute_names(python.values())
    return {json_name: chosen[name] for json_name, name in python.items()}


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
            resource = source_text.identifier(operation["x-vapi-resource"], f"the resource of {method.upper()} {path}")
            name = source_text.identifier(operation["x-vapi-method"], f"the method of {method.upper()} {path}")
            parameters = [_resolve(spec, p) for p in [*item.get("parameters", ()), *operation.get("parameters", ())]]
            content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
            body = content.get("application/json", {}).get("schema")
            form = _form_fields(spec, content) if body is None else {}
            body_name = body["$ref"].rsplit("/", 1)[1] if body and "$ref" in body else None
            # Every keyword of the method, by one rule: a name the client's own keywords (`timeout`, `to`...)
            # or an earlier keyword already took gets `_` appended, and the table says what it stands for.
            path_names = [py_name(p["name"]) for p in parameters if p["in"] == "path"]
            query_names = [py_name(p["name"]) for p in parameters if p["in"] == "query"]
            fields = attributes(tables["SCHEMAS"][body_name]["properties"] if body_name in tables["SCHEMAS"] else {})
            form_names = [py_name(f) for f in form]
            keywords = safety.keyword_names([*path_names, *query_names, *fields.values(), *form_names])
            renamed = {keywords[a]: a for a in fields.values() if keywords[a] != a}
            body_shape = describe(body, schemas) if body else None
            status, shape = _success(spec, operation, schemas, describe)
            operations[f"{resource}.{name}"] = {
                "resource": resource,
                "name": name,
                "method": method.upper(),
                "path": path,
                "operation_id": operation["operationId"],
                "path_params": tuple(
                    (p["name"], keywords[py_name(p["name"])]) for p in parameters if p["in"] == "path"
                ),
                "query": {
                    keywords[py_name(p["name"])]: (p["name"], describe(p.get("schema", {}), schemas))
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
                # the resource has `list_all`: True by createdAt, "page-number" by page
                "pages": operation.get("x-vapi-pages") or False,
                "batch": operation.get("x-vapi-batch"),  # {field, single, batch}: `create()` overloads
            }
            if form:  # a multipart body: keyword -> (JSON name, "file" | "files" | the field's descriptor, required)
                operations[f"{resource}.{name}"]["multipart"] = {
                    keywords[py_name(json_name)]: (
                        json_name,
                        part if isinstance(part, str) else describe(part, schemas),
                        required,
                    )
                    for json_name, (part, required) in form.items()
                }
            if renamed:  # body keyword -> the body model's attribute it stands for (`to_` -> `to`)
                operations[f"{resource}.{name}"]["renamed"] = renamed
    return dict(sorted(operations.items()))


def renames(tables: dict[str, Any]) -> list[str]:
    """One line per name the rules changed (the keywords of `compile_operations`, the attributes of
    `attributes`), as update-spec reports them: `generate` prints them too."""
    out: list[str] = []
    for schema, table in tables["SCHEMAS"].items():
        for json_name, attribute in attributes(table["properties"]).items():
            if attribute != py_name(json_name):
                out.append(f"{schema}: the property {json_name!r} is the attribute `{attribute}`")
    for key, op in tables["OPERATIONS"].items():
        where = f"{op['method']} {op['path']}"
        params = [*op["path_params"], *((json_name, kw) for kw, (json_name, _desc) in op["query"].items())]
        for json_name, kw in params:
            if kw != py_name(json_name):
                out.append(f"{where}: the parameter {json_name!r} is the keyword `{kw}` of {key}()")
        fields = attributes(tables["SCHEMAS"][op["body"]]["properties"]) if op["body"] else {}
        for kw, attribute in op.get("renamed", {}).items():
            json_name = next(name for name, chosen in fields.items() if chosen == attribute)
            out.append(f"{where}: the body field {json_name!r} is the keyword `{kw}` of {key}()")
    return out


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    while "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise SystemExit(f"generate: refused: the reference {safety.shown(ref)} refers to itself")
        seen.add(ref)
        try:  # a JSON pointer: `~1` is `/` (`#/paths/~1call~1{id}/...`), `~0` is `~`
            node = safety.resolve(spec, ref)
        except safety.UnsafeSpecError as error:
            raise SystemExit(f"generate: refused: {error}") from None
    return node


def _form_fields(spec: dict[str, Any], content: dict[str, Any]) -> dict[str, tuple[Any, bool]]:
    """A multipart/form-data body's parts: JSON name -> ("file" for a `format: binary` part, "files" for an
    array of them, else the part's schema to describe; whether it is required)."""
    schema = content.get("multipart/form-data", {}).get("schema")
    if schema is None:
        return {}
    schema = _resolve(spec, schema)
    required = set(schema.get("required", ()))
    fields: dict[str, tuple[Any, bool]] = {}
    for json_name, given in schema.get("properties", {}).items():
        prop = _resolve(spec, given)
        items = _resolve(spec, prop.get("items", {})) if prop.get("type") == "array" else {}
        part = "file" if _binary(prop) else "files" if _binary(items) else given  # a $ref keeps its enum's name
        fields[json_name] = (part, json_name in required)
    return fields


def _binary(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


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
    """Spec text for a docstring (see `source_text.docstring`), wrapped only at spaces: a long word is never
    split, so no escape is cut in two."""
    if not text:
        return ""
    return textwrap.fill(
        source_text.docstring(text), width=width, subsequent_indent=" " * indent, break_long_words=False
    )


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
    environment.filters.update(docstring=source_text.docstring, py=source_text.literal)
    # `FileInput` is imported only where a method takes a file: a package without uploads stays as it was.
    uploads = any(
        isinstance(part, str) for op in operations.values() for _, part, _ in op.get("multipart", {}).values()
    )
    source = environment.get_template("resources.py.jinja").render(resources=resources, uploads=uploads)
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
    keyword = {field: name for name, field in op.get("renamed", {}).items()}  # `to` -> `to_`
    if op["body"]:
        body_schema = schemas[op["body"]]
        fields = attributes(tables["SCHEMAS"][op["body"]]["properties"])
        for json_name, desc in tables["SCHEMAS"][op["body"]]["properties"].items():
            prop = body_schema["properties"][json_name]
            body_fields.append(
                {
                    "name": keyword.get(fields[json_name], fields[json_name]),
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
    form = []
    if op.get("multipart"):
        form_schema = _resolve(spec, source["requestBody"])["content"]["multipart/form-data"]["schema"]
        form_props = _resolve(spec, form_schema).get("properties", {})
        for python_name, (json_name, part, required) in op["multipart"].items():
            kind = {"file": "FileInput", "files": "Sequence[FileInput]"}.get(part) if isinstance(part, str) else None
            form.append(
                {
                    "name": python_name,
                    "json": json_name,
                    "annotation": _qualify(kind or annotation(part), shadowed),
                    "required": required,
                    "doc": _doc(_description(form_props.get(json_name, {}), schemas), 16),
                }
            )
        form.sort(key=lambda field: not field["required"])  # required first, as the signature reads
    taken = {f["name"] for f in body_fields} | {q["name"] for q in query} | {f["name"] for f in form}
    for keyword in ("request_id", "attempted_since"):
        if op["creates_call"] and keyword in taken:
            raise SystemExit(f"{key}: a body field or query parameter is named like the `{keyword}` keyword")
    batch = None
    if op["batch"] and any(f["json"] == op["batch"]["field"] for f in body_fields):
        batch = {
            "field": next(f["name"] for f in body_fields if f["json"] == op["batch"]["field"]),
            "single": f"models.{op['batch']['single']}",
            "batch": f"models.{op['batch']['batch']}",
        }
    shape = op["shape"]
    item = None
    paged_by = None
    if op["pages"] == spec_operations.PAGE_NUMBER:
        items_json, metadata_json = spec_operations.page_fields(spec, source) or ("", "")
        page_model = tables["SCHEMAS"][shape[1]]["properties"]
        item = _qualify(result_annotation(page_model[items_json][1]), shadowed)
        paged_by = (py_name(items_json), py_name(metadata_json))
    elif op["pages"]:
        item = _qualify(result_annotation(shape[1]), shadowed)
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
        "item": item,
        "paged_by": paged_by,  # a page-number listing: the page's (items, metadata) attributes
        "form": form,
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
