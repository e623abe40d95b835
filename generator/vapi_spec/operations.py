"""What each operation of `openapi.yaml` becomes in Python, written onto the operation as `x-vapi-*` extensions,
so the generator reads one document and never `spec/selection.yaml`.

    x-vapi-resource       the client attribute it lives on (`calls`), from its first tag (`Phone Numbers` ->
                          `phone_numbers`), or the first literal path segment when it has none
    x-vapi-method         the method name: the naming table's, else the rule below
    x-vapi-creates-call   the request may place a call: never sent twice (naming table)
    x-vapi-replaced-by    a deprecated operation's successor method (naming table)
    x-vapi-pages          how `list` pages, so the resource gets `list_all`: `true` by `createdAt` (it takes
                          `limit` and `createdAtLe` and answers an array), `page-number` by page (it takes
                          `page` and `limit` and answers one object: an array of the items beside an object
                          of paging metadata, `{results, metadata}`). Nothing for any other `list` (no
                          `limit`, or an answer that is an array or a page by turns): it cannot be walked
                          safely. Other page-number operations (`find_all_v2`) stay one page per call.
    x-vapi-batch          a create whose response is one model or a batch of them, chosen by a body field

The naming rule, per resource: its collection is the shortest path that both lists and creates (GET and POST)
or has items (`path/{id}`); `POST collection` is
`create`, `GET collection` is `list`, and on `collection/{id}` GET, PATCH (or PUT) and DELETE are `get`,
`update` and `delete`. Any other operation is named from its operationId without the controller
(`InsightController_preview` -> `preview`). Two operations of one resource with one name are an error that
names both: the naming table (`operations:` in the selection) resolves it.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

JSONObject = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
REF_PREFIX = "#/components/schemas/"
_ITEM_NAMES = {"get": "get", "patch": "update", "put": "update", "delete": "delete"}
_RESERVED = frozenset({"list_all", "with_raw_response"})


class NamingError(SystemExit):
    """Two operations would get one method name, or a name Python cannot use."""


def snake_case(text: str) -> str:
    """`createOpenAIChat` -> `create_open_ai_chat`, `Phone Numbers` -> `phone_numbers`, `findAllV2` -> `find_all_v2`."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    name = "_".join(re.findall(r"[A-Za-z0-9]+", words)).lower()
    if not name or name[0].isdigit():
        name = f"op_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def annotate(doc: JSONObject, table: dict[str, JSONObject]) -> None:
    """Write the `x-vapi-*` extensions above onto every operation of `doc`; `table` is the naming table."""
    by_resource: dict[str, list[tuple[str, str, JSONObject]]] = {}
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                by_resource.setdefault(_resource(path, operation), []).append((path, method, operation))
    for resource, operations in by_resource.items():
        collection = _collection(operations)
        taken: dict[str, str] = {}
        for path, method, operation in operations:
            key = f"{method.upper()} {path}"
            entry = table.get(key, {})
            name = entry.get("method") or _rule_name(collection, path, method, operation)
            if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") or name in _RESERVED:
                raise NamingError(f"{key}: {name!r} cannot be a method name; name it in the selection's table")
            if name in taken:
                raise NamingError(
                    f"{taken[name]} and {key} would both be `{resource}.{name}`: name one in the selection's table"
                )
            taken[name] = key
            operation["x-vapi-resource"] = resource
            operation["x-vapi-method"] = name
            for flag, extension in (("creates_call", "x-vapi-creates-call"), ("replaced_by", "x-vapi-replaced-by")):
                if entry.get(flag) and (flag != "replaced_by" or operation.get("deprecated")):
                    operation[extension] = entry[flag]
            if name == "list" and _pages(doc, operation):
                operation["x-vapi-pages"] = True
            elif name == "list" and page_fields(doc, operation) is not None:
                operation["x-vapi-pages"] = PAGE_NUMBER
            batch = _batch(doc, operation)
            if batch:
                operation["x-vapi-batch"] = batch


def _resource(path: str, operation: JSONObject) -> str:
    tags = operation.get("tags") or []
    if tags:
        return snake_case(str(tags[0]))
    literal = [
        part for part in path.split("/") if part and not part.startswith("{") and not re.fullmatch(r"v\d+", part)
    ]
    return snake_case(literal[0] if literal else "default")


def _collection(operations: list[tuple[str, str, JSONObject]]) -> str | None:
    """The shortest path that lists and creates, or that has items (`path/{id}`); None when no path does
    (`POST /analytics` alone is a query, not a create)."""
    methods: dict[str, set[str]] = {}
    for path, method, _ in operations:
        methods.setdefault(path, set()).add(method)
    candidates = [
        path
        for path, verbs in methods.items()
        if verbs & {"get", "post"}
        and (
            {"get", "post"} <= verbs or any(re.fullmatch(re.escape(path) + r"/\{[^/}]+\}", other) for other in methods)
        )
    ]
    return min(candidates, key=lambda path: (path.count("/"), len(path), path), default=None)


def _rule_name(collection: str | None, path: str, method: str, operation: JSONObject) -> str:
    if path == collection and method == "post":
        return "create"
    if path == collection and method == "get":
        return "list"
    if collection is not None and method in _ITEM_NAMES and re.fullmatch(re.escape(collection) + r"/\{[^/}]+\}", path):
        return _ITEM_NAMES[method]
    operation_id = str(operation.get("operationId") or f"{method}_{path}")
    return snake_case(re.sub(r"^\w*?Controller_", "", operation_id))


def _resolve(doc: JSONObject, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _success_schema(doc: JSONObject, operation: JSONObject) -> Any:
    for status in ("200", "201", "202"):
        response = _resolve(doc, operation.get("responses", {}).get(status))
        if isinstance(response, dict):
            return response.get("content", {}).get("application/json", {}).get("schema")
    return None


def _pages(doc: JSONObject, operation: JSONObject) -> bool:
    """`list` pages by `createdAt` when it takes `limit` and `createdAtLe` and answers an array."""
    query = {
        p.get("name")
        for p in map(lambda p: _resolve(doc, p), operation.get("parameters", []))
        if p.get("in") == "query"
    }
    schema = _resolve(doc, _success_schema(doc, operation))
    return {"limit", "createdAtLe"} <= query and isinstance(schema, dict) and schema.get("type") == "array"


#: `x-vapi-pages` of a listing that pages by `page` and `limit`.
PAGE_NUMBER = "page-number"
#: What makes an object paging metadata: it says where the page sits (any one of these properties).
_PAGING_METADATA = frozenset({"currentPage", "totalPages", "hasNextPage", "totalItems"})


def page_fields(doc: JSONObject, operation: JSONObject) -> tuple[str, str] | None:
    """A listing by page number: it takes `page` and `limit`, and answers an object whose one array property
    holds the items and whose other properties include paging metadata (`currentPage`, `hasNextPage`, ...).
    Returns the JSON names of (items, metadata), else None."""
    query = {
        p.get("name")
        for p in map(lambda p: _resolve(doc, p), operation.get("parameters", []))
        if p.get("in") == "query"
    }
    schema = _resolve(doc, _success_schema(doc, operation))
    if not {"page", "limit"} <= query or not isinstance(schema, dict) or schema.get("type") != "object":
        return None
    properties = {name: _resolve(doc, prop) for name, prop in schema.get("properties", {}).items()}
    arrays = [name for name, prop in properties.items() if isinstance(prop, dict) and prop.get("type") == "array"]
    metadata = [
        name
        for name, prop in properties.items()
        if isinstance(prop, dict) and _PAGING_METADATA & set(prop.get("properties", {}))
    ]
    return (arrays[0], metadata[0]) if len(arrays) == 1 and len(metadata) == 1 else None


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[len(REF_PREFIX) :] if isinstance(ref, str) and ref.startswith(REF_PREFIX) else None


def _batch(doc: JSONObject, operation: JSONObject) -> JSONObject | None:
    """A create answered by one model or by a batch of them, chosen by one body field.

    The success response is `oneOf: [Single, Batch]` where Batch has a required array of Single; the body
    has exactly one array property whose items are the schema of another, singular, property of the
    body (`customers: [CreateCustomerDTO]` beside `customer: CreateCustomerDTO`). That field selects
    the batch: `{field, single, batch}`."""
    schema = _success_schema(doc, operation)
    options = [_ref_name(option) for option in (schema or {}).get("oneOf", [])] if isinstance(schema, dict) else []
    if len(options) != 2 or None in options:
        return None
    schemas = doc["components"]["schemas"]
    single = batch = None
    for one, other in (options, options[::-1]):
        target = schemas.get(other, {})
        required = set(target.get("required", ()))
        if any(
            name in required and prop.get("type") == "array" and _ref_name(prop.get("items")) == one
            for name, prop in target.get("properties", {}).items()
        ):
            single, batch = one, other
    if single is None:
        return None
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    properties = _resolve(doc, body).get("properties", {}) if _ref_name(body) else {}
    singular = {_ref_name(prop) for prop in properties.values()} - {None}
    fields = [
        name
        for name, prop in properties.items()
        if prop.get("type") == "array" and _ref_name(prop.get("items")) in singular
    ]
    if len(fields) != 1:
        return None
    return {"field": fields[0], "single": single, "batch": batch}
