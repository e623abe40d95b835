"""What changed between two OpenAPI documents, and what it breaks for a Python caller of vapi_client.

`compare(old, new, ...)` returns a JSON-able report; `render_markdown(report)` renders one section of the
human changelog and `prepend_markdown(path, section)` puts it first in that file; `with_report` and
`dump_reports` do the same for changes.json, one change per line.

Both our normalized documents (OpenAPI 3.1: named enums, `anyOf [enum, string]` open enums, `oneOf` +
`discriminator`, `type: [x, "null"]`) and Vapi's raw ones (OpenAPI 3.0: inline enums, `nullable`, single-`$ref`
`allOf`, untagged `oneOf`, enums on arrays, titles) are read through one view, `TypeInfo`, which keeps only what
a caller can observe: the shape of a value, whether it may be null, its enum values and its union members.
Descriptions, examples, titles, constraints and the order of alternatives are ignored.

Who a change breaks follows from where a schema is reachable: from a request body or a parameter (the caller
writes it: "requests"), or from a response body or a webhook message (the caller reads it: "responses"). The
client is lossless with open enums and `Unknown<Family>` union variants, so new enum values and new union
members break no one. A webhook's request body is read (Vapi sends the message), its response written (the reply).

| change (`kind`)                        | breaks requests (writers) | breaks responses (readers) |
|----------------------------------------|---------------------------|----------------------------|
| property-added                         | if required               | no                         |
| property-removed                       | yes (a sent field is ignored) | yes                    |
| retyped (shape changed)                | yes                       | yes                        |
| made-required / made-optional          | made required             | made optional              |
| made-nullable / made-non-nullable      | made non-nullable         | made nullable              |
| enum-values-added / union-members-added | no                       | no                         |
| enum-values-removed / union-members-removed | yes                  | no                         |
| enum-opened / enum-closed              | closed                    | no                         |
| operation-added / -removed / -deprecated | removed                 | -                          |
| parameter-added / -removed, request-body-added / -removed | required added, removed | -        |
| response-body-removed                  | -                         | yes                        |

Every change is one entry, `{where, what, kind, affects, python, operations, methods}` (plus `breaks`, the
directions it breaks, in `breaking`; `items`, the enum values or union members, for those kinds). `where` is the
spec's place: a named enum or union is reported once, under its own name; an inline one at the property
(`Call.endedReason`, `[]` per array level: `CreateCallDTO.serverMessages[]`). `python` is what a caller touches
(`models.Call.ended_reason`, `unions.Voice`, `client.calls.create(assistant=...)`), `operations` and `methods` what
reaches it. An enum (closed or open) that becomes a plain string breaks no one. With the names lock's changes
(`names=`), the report lists public names added, retired and back in use; a retired name breaks its importers.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

JSONObject = dict[str, Any]

SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUESTS = "requests"
RESPONSES = "responses"
BOTH = frozenset({REQUESTS, RESPONSES})
MARKDOWN_TITLE = "# Spec changes"
MARKDOWN_INTRO = (
    "Newest first. Each section compares two versions of the spec and says what breaks for a Python caller:"
    ' "requests" is code that sends (request bodies, parameters), "responses" is code that reads (responses,'
    " webhook messages)."
)
MAX_LISTED_VALUES = 8  # enum values / union members spelled out in one entry's `what`
MAX_SUMMARY_ITEMS = 12  # schemas or enums listed per kind of non-breaking change in the markdown


# ---------------------------------------------------------------------------------------
# TypeInfo: what a caller can observe of a schema


@dataclass(frozen=True)
class TypeInfo:
    """A schema reduced to what a caller can observe; `shape` and `nullable` decide whether it was retyped."""

    shape: str  # comparable: "string", "datetime", "array<enum>", "Call", "union", "open enum", "object{}"
    label: str  # for people: "enum CallStatus", "Voice union", "array<Call>"
    nullable: bool = False
    values: frozenset[str] | None = None  # enum values (innermost enum through arrays)
    members: frozenset[str] | None = None  # union members: component names, or labels of inline alternatives
    component: str | None = None  # the named enum/union the values/members belong to (reported there, once)
    depth: int = 0  # array levels between the property and its values/members ("[]" per level in `where`)

    def text(self) -> str:
        return f"{self.label} | null" if self.nullable else self.label


ANY = TypeInfo("any", "any")


def enum_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


class Describer:
    """Describes schemas of one document; named components are described once and cached."""

    def __init__(self, components: JSONObject) -> None:
        self.components = components
        self._named: dict[str, TypeInfo] = {}

    def named(self, name: str) -> TypeInfo:
        """The TypeInfo a `$ref` to component `name` stands for."""
        if name not in self._named:
            self._named[name] = ANY  # a cycle through aliases ends as `any`
            self._named[name] = self._describe_component(name)
        return self._named[name]

    def _describe_component(self, name: str) -> TypeInfo:
        schema = self.components.get(name)
        if not isinstance(schema, dict):
            return TypeInfo(name, f"{name} (missing)")
        info = self.describe(schema)
        if info.shape == "object" and not schema.get("properties") and "x-vapi-hoisted-from" in schema:
            return info  # a shared free-form object a rule named (JsonObject) is still just "object"
        if info.shape in ("object{}", "object"):  # a named object, even one without properties yet
            return TypeInfo(name, name, info.nullable)
        if info.shape in ("enum", "open enum"):
            prefix = "enum" if info.shape == "enum" else "open enum"
            return TypeInfo(info.shape, f"{prefix} {name}", info.nullable, info.values, component=name)
        if info.shape == "union":
            return TypeInfo("union", f"{name} union", info.nullable, members=info.members, component=name)
        return info

    def describe(self, schema: Any) -> TypeInfo:
        if not isinstance(schema, dict):
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            info = self.named(ref[len(SCHEMA_REF) :]) if ref.startswith(SCHEMA_REF) else TypeInfo(ref, ref)
            return with_nullable(info, schema.get("nullable") is True)
        nullable = schema.get("nullable") is True
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(alternatives, list):
            info = self._describe_alternatives(alternatives)
            if isinstance(schema.get("enum"), list) and info.values is not None:
                info = replace(info, values=info.values | {enum_value(v) for v in schema["enum"]})
            return with_nullable(info, nullable)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and "properties" not in schema:
            return with_nullable(self.describe(all_of[0]), nullable)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            nullable = nullable or len(kinds) < len(kind)
            if len(kinds) != 1:
                names = sorted(str(k) for k in kinds)
                return TypeInfo("union", " | ".join(names), nullable, members=frozenset(names))
            kind = kinds[0]
        return with_nullable(self._describe_typed(schema, kind), nullable)

    def _describe_typed(self, schema: JSONObject, kind: Any) -> TypeInfo:
        values = schema.get("enum")
        if "const" in schema:
            values = [schema["const"]]
        if kind == "array":
            items = schema.get("items", {})
            if isinstance(values, list) and isinstance(items, dict):  # upstream quirk: the enum sits on the array
                items = {**items, "enum": values}
            return array_of(self.describe(items))
        if isinstance(values, list):
            distinct = frozenset(enum_value(v) for v in values)
            label = f'"{next(iter(distinct))}"' if len(distinct) == 1 else "enum"
            return TypeInfo("enum", label, values=distinct)
        if kind == "string":
            return (
                TypeInfo("datetime", "datetime")
                if schema.get("format") == "date-time"
                else TypeInfo("string", "string")
            )
        if kind in ("number", "integer", "boolean"):
            return TypeInfo(kind, kind)
        if kind == "object" or "properties" in schema or "allOf" in schema:
            if schema.get("properties") or "allOf" in schema:
                return TypeInfo("object{}", "object")
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                inner = self.describe(extra)
                return TypeInfo(f"map<{inner.shape}>", f"map<{inner.text()}>")
            return TypeInfo("object", "object")
        return ANY

    def _describe_alternatives(self, alternatives: list[Any]) -> TypeInfo:
        options = [self.describe(a) for a in alternatives if not is_null_schema(a)]
        nullable = len(options) < len(alternatives) or any(o.nullable for o in options)
        enums = [o for o in options if o.shape in ("enum", "open enum")]
        plain_strings = [o for o in options if o.shape == "string"]
        if enums and len(enums) + len(plain_strings) == len(options):
            values = frozenset().union(*(o.values or frozenset() for o in enums))
            is_open = bool(plain_strings) or any(o.shape == "open enum" for o in enums)
            named = {o.component for o in enums} - {None}
            component = next(iter(named)) if len(named) == 1 and len(enums) == 1 else None
            shape = "open enum" if is_open else "enum"
            label = f"{shape} {component}" if component else shape
            return TypeInfo(shape, label, nullable, values, component=component)
        if len(options) == 1 and options[0].shape == "union":
            return with_nullable(options[0], nullable)
        members = frozenset(member_name(a, o) for a, o in zip(non_null(alternatives), options))
        return TypeInfo("union", "union of " + listing(sorted(members), 4), nullable, members=members)


def widened_to_string(old: str, new: str) -> bool:
    """`enum` or `open enum` (through arrays) became `string`: every value a caller sent or read still fits."""
    return "enum" in old and closed(old).replace("enum", "string") == new


def closed(shape: str) -> str:
    """The shape with open enums taken as enums: an enum opened or closed is not a retype."""
    return shape.replace("open enum", "enum")


def is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def non_null(alternatives: list[Any]) -> list[Any]:
    return [a for a in alternatives if not is_null_schema(a)]


def member_name(schema: Any, info: TypeInfo) -> str:
    """A union member: the component it names (titles ignored), or the label of an inline alternative."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    return info.text()


def with_nullable(info: TypeInfo, nullable: bool) -> TypeInfo:
    return replace(info, nullable=True) if nullable and not info.nullable else info


def array_of(items: TypeInfo) -> TypeInfo:
    depth = items.depth + 1 if (items.values is not None or items.members is not None) else 0
    return TypeInfo(
        f"array<{items.shape}{'?' if items.nullable else ''}>",
        f"array<{items.text()}>",
        values=items.values,
        members=items.members,
        component=items.component,
        depth=depth,
    )


def listing(items: list[str], limit: int) -> str:
    shown = ", ".join(items[:limit])
    return shown if len(items) <= limit else f"{shown} and {len(items) - limit} more"


# ---------------------------------------------------------------------------------------
# One document: its operations, its components as views, and who reaches them


@dataclass(frozen=True)
class ObjectView:
    properties: dict[str, TypeInfo]
    required: frozenset[str]


View = ObjectView | TypeInfo


@dataclass(frozen=True)
class Operation:
    key: str  # "POST /call"
    deprecated: bool
    parameters: dict[str, tuple[bool, TypeInfo]]  # "query limit" -> (required, type)
    body: tuple[bool, TypeInfo] | None  # (required, type) of the JSON request body
    responses: dict[str, TypeInfo | None]  # success status -> body type (None: no body)


class Document:
    def __init__(self, doc: JSONObject, paths_prefix: str | None, read_schemas: Collection[str]) -> None:
        self.doc = doc
        self.components: JSONObject = doc.get("components", {}).get("schemas", {}) or {}
        self.describer = Describer(self.components)
        self.operations = {
            key: self._operation(key, path_item, op)
            for key, path_item, op in iter_operations(doc.get("paths") or {})
            if paths_prefix is None or key.split(" ", 1)[1].startswith(paths_prefix)
        }
        self.reach = self._reach(paths_prefix, read_schemas)
        self.scope = set(self.components) if paths_prefix is None else set(self.reach)
        self.bodies = self._bodies()
        self._reached_by: dict[str, set[str]] | None = None

    def reached_by(self, name: str) -> set[str]:
        """The operations (`POST /call`, `webhook serverMessage`) whose parameters, body or responses reach
        component `name`."""
        if self._reached_by is None:
            found: dict[str, set[str]] = defaultdict(set)
            for section, label in (("paths", ""), ("webhooks", "webhook ")):
                for key, path_item, op in iter_operations(self.doc.get(section) or {}):
                    if section == "paths" and key not in self.operations:
                        continue
                    roots = self.schema_refs([path_item.get("parameters"), op])
                    operation = key if section == "paths" else label + key.split(" ", 1)[1]
                    for component in self.closure(roots):
                        found[component].add(operation)
            self._reached_by = dict(found)
        return self._reached_by.get(name, set())

    def _bodies(self) -> dict[str, set[str]]:
        """Component -> the operations whose JSON request body it is (its properties are keyword arguments)."""
        found: dict[str, set[str]] = defaultdict(set)
        for key, _path_item, op in iter_operations(self.doc.get("paths") or {}):
            if key not in self.operations:
                continue
            body = self.resolve(op.get("requestBody"))
            content = body.get("content") if isinstance(body, dict) else None
            media = (content or {}).get("application/json")
            ref = (media or {}).get("schema", {}).get("$ref") if isinstance(media, dict) else None
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                found[ref[len(SCHEMA_REF) :]].add(key)
        return dict(found)

    def importable(self, name: str) -> bool:
        """A component the package exports (a model, an enum, a union); a free-form object (`JsonObject`) is a
        plain dict, and a number enum a plain number: no class to import, nothing to report."""
        schema = self.components.get(name)
        if not isinstance(schema, dict):
            return False
        shape = self.describer.named(name).shape
        return shape in ("enum", "open enum", "union") or shape == name

    # -- reachability

    def _reach(self, paths_prefix: str | None, read_schemas: Collection[str]) -> dict[str, set[str]]:
        """Component name -> {"requests", "responses"}: who writes or reads it."""
        writes: set[str] = set()
        reads: set[str] = {name for name in read_schemas if name in self.components}
        for key, path_item, op in iter_operations(self.doc.get("paths") or {}):
            if paths_prefix is None or key.split(" ", 1)[1].startswith(paths_prefix):
                writes |= self.schema_refs([path_item.get("parameters"), op.get("parameters"), op.get("requestBody")])
                reads |= self.schema_refs(op.get("responses"))
        for _key, _path_item, op in iter_operations(self.doc.get("webhooks") or {}):
            reads |= self.schema_refs(op.get("requestBody"))  # Vapi sends the message: the caller reads it
            writes |= self.schema_refs(op.get("responses"))  # the caller's reply
        reach: dict[str, set[str]] = defaultdict(set)
        for direction, roots in ((REQUESTS, writes), (RESPONSES, reads)):
            for name in self.closure(roots):
                reach[name].add(direction)
        return dict(reach)

    def closure(self, roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            name = stack.pop()
            if name in seen or name not in self.components:
                continue
            seen.add(name)
            stack.extend(self.schema_refs(self.components[name]))
        return seen

    def schema_refs(self, node: Any) -> set[str]:
        """Names of the schemas `node` refers to, through local parameter/response/requestBody `$ref`s too."""
        found: set[str] = set()
        visited: set[str] = set()
        stack = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str):
                    if ref.startswith(SCHEMA_REF):
                        found.add(ref[len(SCHEMA_REF) :])
                    elif ref.startswith("#/") and ref not in visited:
                        visited.add(ref)
                        stack.append(self.pointer(ref))
                stack.extend(current.values())
            elif isinstance(current, list):
                stack.extend(current)
        return found

    def pointer(self, ref: str) -> Any:
        node: Any = self.doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, dict) else None
        return node

    def resolve(self, node: Any) -> Any:
        """Follows a non-schema local `$ref` (parameter, response, request body)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 10:
            node, seen = self.pointer(node["$ref"]), seen + 1
        return node

    # -- operations

    def _operation(self, key: str, path_item: JSONObject, op: JSONObject) -> Operation:
        parameters: dict[str, tuple[bool, TypeInfo]] = {}
        for raw in [*(path_item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.resolve(raw)
            if isinstance(param, dict) and "name" in param:
                info = self.describer.describe(param.get("schema") or param)
                parameters[f"{param.get('in', '?')} {param['name']}"] = (bool(param.get("required")), info)
        body = None
        request_body = self.resolve(op.get("requestBody"))
        if isinstance(request_body, dict):
            # A required body with no required field is still an optional argument of the method (the client
            # sends `{}`): `client.calls.delete(id)` keeps working when DELETE gains one.
            required = bool(request_body.get("required")) and self.body_has_required_field(request_body)
            body = (required, self.body_type(request_body) or ANY)
        responses = {
            str(status): self.body_type(self.resolve(response))
            for status, response in (op.get("responses") or {}).items()
            if str(status).startswith("2")
        }
        return Operation(key, op.get("deprecated") is True, parameters, body, responses)

    def body_has_required_field(self, holder: JSONObject) -> bool:
        media = (holder.get("content") or {}).get("application/json")
        schema = self.resolve((media or {}).get("schema")) if isinstance(media, dict) else None
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            schema = self.components.get(ref[len(SCHEMA_REF) :])
        if not isinstance(schema, dict) or not (schema.get("properties") or schema.get("allOf")):
            return True  # not an object of keyword fields: the caller must pass something
        return bool(self.collect_object(schema, set())[1])

    def body_type(self, holder: Any) -> TypeInfo | None:
        content = holder.get("content") if isinstance(holder, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media = content.get("application/json") or content[sorted(content)[0]]
        schema = media.get("schema") if isinstance(media, dict) else None
        return self.describer.describe(schema) if schema is not None else None

    # -- component views

    def views(self, name: str) -> dict[str, View]:
        """Location -> view for component `name` and the inline objects inside it ("Call.costs[]")."""
        info = self.describer.named(name)
        if info.shape != name:
            return {name: info}
        found: dict[str, View] = {}
        self._object_views(name, self.components[name], found)
        return found

    def _object_views(self, location: str, schema: JSONObject, found: dict[str, View]) -> None:
        properties, required = self.collect_object(schema, set())
        found[location] = ObjectView({p: self.describer.describe(s) for p, s in properties.items()}, required)
        for prop, sub in properties.items():
            inline, suffix = inline_object(sub)
            if inline is not None:
                self._object_views(f"{location}.{prop}{suffix}", inline, found)

    def collect_object(self, schema: JSONObject, seen: set[str]) -> tuple[dict[str, Any], frozenset[str]]:
        """Properties and required names of an object schema, `allOf` parts merged in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema.get("allOf") or []:
            ref = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                target = ref[len(SCHEMA_REF) :]
                if target in seen or not isinstance(self.components.get(target), dict):
                    continue
                part = self.components[target]
                seen = seen | {target}
            if isinstance(part, dict):
                part_properties, part_required = self.collect_object(part, seen)
                properties.update(part_properties)
                required |= part_required
        properties.update(schema.get("properties") or {})
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return properties, frozenset(required)


def iter_operations(paths: JSONObject) -> Iterator[tuple[str, JSONObject, JSONObject]]:
    for path, path_item in paths.items():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if isinstance(op, dict):
                yield f"{method.upper()} {path}", path_item, op


def inline_object(schema: Any) -> tuple[JSONObject | None, str]:
    """The inline object a property holds (through arrays, adding "[]" per level), if any."""
    suffix = ""
    while isinstance(schema, dict) and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        schema, suffix = schema["items"], suffix + "[]"
    if isinstance(schema, dict) and "$ref" not in schema and schema.get("properties"):
        return schema, suffix
    return None, suffix


# ---------------------------------------------------------------------------------------
# Comparing: entries are breaking or not, for requests and/or responses


@dataclass
class Findings:
    breaking: list[JSONObject] = field(default_factory=list)
    changes: list[JSONObject] = field(default_factory=list)
    changed_schemas: set[str] = field(default_factory=set)

    def add(
        self, where: str, what: str, kind: str, affects: Collection[str], breaks: Collection[str], **extra: Any
    ) -> None:
        """One entry per change: `affects` lists the directions that reach it; breaking when it breaks one
        of them (`breaks`)."""
        if not affects:
            return
        entry = {"where": where, "what": what, "kind": kind, "affects": sorted(affects), **extra}
        broken = sorted(set(breaks) & set(affects))
        if broken:
            entry["breaks"] = broken
            self.breaking.append(entry)
        else:
            self.changes.append(entry)


class Comparison:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.findings = Findings()

    def affects(self, component: str) -> set[str]:
        return self.old.reach.get(component, set()) | self.new.reach.get(component, set())

    # -- operations

    def operations(self) -> JSONObject:
        old_ops, new_ops = self.old.operations, self.new.operations
        added = sorted(set(new_ops) - set(old_ops))
        removed = sorted(set(old_ops) - set(new_ops))
        deprecated = sorted(
            k for k, op in new_ops.items() if op.deprecated and not (k in old_ops and old_ops[k].deprecated)
        )
        for key in added:
            self.findings.add(key, "operation added", "operation-added", {REQUESTS}, ())
        for key in removed:
            self.findings.add(key, "operation removed", "operation-removed", {REQUESTS}, {REQUESTS})
        for key in deprecated:
            self.findings.add(key, "operation deprecated", "operation-deprecated", {REQUESTS}, ())
        for key in sorted(set(old_ops) & set(new_ops)):
            self.operation(old_ops[key], new_ops[key])
        return {"added": added, "removed": removed, "deprecated": deprecated}

    def operation(self, old: Operation, new: Operation) -> None:
        key, add = old.key, self.findings.add
        for name in sorted(set(old.parameters) | set(new.parameters)):
            where = f"{key} parameter {name}"
            if name not in new.parameters:
                add(where, "parameter removed", "parameter-removed", {REQUESTS}, {REQUESTS})
            elif name not in old.parameters:
                required = new.parameters[name][0]
                what = "required parameter added" if required else "optional parameter added"
                add(where, what, "parameter-added", {REQUESTS}, {REQUESTS} if required else ())
            else:
                self.required_change(where, old.parameters[name][0], new.parameters[name][0], {REQUESTS})
                self.types(where, old.parameters[name][1], new.parameters[name][1], {REQUESTS}, None)
        self.request_body(key, old.body, new.body)
        for status in sorted(set(old.responses) | set(new.responses)):
            where = f"{key} response {status}"
            if status not in new.responses:
                add(where, "success response removed", "response-removed", {RESPONSES}, ())
            elif status not in old.responses:
                add(where, "success response added", "response-added", {RESPONSES}, ())
            else:
                self.response_body(where, old.responses[status], new.responses[status])

    def request_body(self, key: str, old: tuple[bool, TypeInfo] | None, new: tuple[bool, TypeInfo] | None) -> None:
        where = f"{key} request body"
        if old is None and new is not None:
            what = "required request body added" if new[0] else "optional request body added"
            self.findings.add(where, what, "request-body-added", {REQUESTS}, {REQUESTS} if new[0] else ())
        elif old is not None and new is None:
            self.findings.add(where, "request body removed", "request-body-removed", {REQUESTS}, {REQUESTS})
        elif old is not None and new is not None:
            self.required_change(where, old[0], new[0], {REQUESTS})
            self.types(where, old[1], new[1], {REQUESTS}, None)

    def response_body(self, where: str, old: TypeInfo | None, new: TypeInfo | None) -> None:
        if old is not None and new is None:
            self.findings.add(
                where, f"body removed (was {old.text()})", "response-body-removed", {RESPONSES}, {RESPONSES}
            )
        elif old is None and new is not None:
            self.findings.add(where, f"body added ({new.text()})", "response-body-added", {RESPONSES}, ())
        elif old is not None and new is not None:
            self.types(where, old, new, {RESPONSES}, None)

    # -- schemas

    def schemas(self) -> JSONObject:
        old_scope, new_scope = self.old.scope, self.new.scope
        for name in sorted(old_scope & new_scope):
            old_views, new_views = self.old.views(name), self.new.views(name)
            for location in sorted(set(old_views) | set(new_views)):
                self.view(name, location, old_views.get(location), new_views.get(location))
        return {
            "added": sorted(name for name in new_scope - old_scope if self.new.importable(name)),
            "removed": sorted(name for name in old_scope - new_scope if self.old.importable(name)),
            "changed": sorted(self.findings.changed_schemas),
        }

    def view(self, component: str, location: str, old: View | None, new: View | None) -> None:
        affects = self.affects(component)
        if old is None or new is None:  # an inline object appeared or went: its property was retyped, said there
            return
        if isinstance(old, ObjectView) and isinstance(new, ObjectView):
            self.object(component, location, old, new, affects)
        elif isinstance(old, TypeInfo) and isinstance(new, TypeInfo):
            self.types(location, old, new, affects, component)
        else:
            old_text = "object" if isinstance(old, ObjectView) else old.text()
            new_text = "object" if isinstance(new, ObjectView) else new.text()
            self.touch(component)
            self.findings.add(location, f"type changed: {old_text} -> {new_text}", "retyped", affects, BOTH)

    def object(self, component: str, location: str, old: ObjectView, new: ObjectView, affects: set[str]) -> None:
        add = self.findings.add
        for prop in sorted(set(old.properties) | set(new.properties)):
            where = f"{location}.{prop}"
            if prop not in new.properties:
                self.touch(component)
                what = f"property removed (was {old.properties[prop].text()})"
                add(where, what, "property-removed", affects, BOTH)
            elif prop not in old.properties:
                self.touch(component)
                required = prop in new.required
                what = f"{'required' if required else 'optional'} property added ({new.properties[prop].text()})"
                add(where, what, "property-added", affects, {REQUESTS} if required else ())
            else:
                self.required_change(where, prop in old.required, prop in new.required, affects, component)
                self.types(where, old.properties[prop], new.properties[prop], affects, component)

    def required_change(
        self, where: str, was: bool, now: bool, affects: set[str], component: str | None = None
    ) -> None:
        if was == now:
            return
        self.touch(component)
        if now:  # writers must now send it; readers may now rely on it
            self.findings.add(where, "made required", "made-required", affects, {REQUESTS})
        else:  # readers relied on it; writers may now leave it out
            self.findings.add(where, "made optional", "made-optional", affects, {RESPONSES})

    def types(self, where: str, old: TypeInfo, new: TypeInfo, affects: set[str], component: str | None) -> None:
        """Compares two types at `where`; `component` owns `where` (None for operation bodies and parameters)."""
        add = self.findings.add
        if old.shape != new.shape:
            self.touch(component)
            if widened_to_string(old.shape, new.shape):  # a closed or open enum now any string: no one breaks
                add(where, f"enum made a plain string (was {old.text()})", "enum-opened", affects, ())
            elif closed(old.shape) != closed(new.shape):
                add(where, f"type changed: {old.text()} -> {new.text()}", "retyped", affects, BOTH)
                return
            elif "open enum" in new.shape:  # any string now: wider for writers, readers already keep unknown values
                add(where, f"enum made open ({new.text()})", "enum-opened", affects, ())
            else:  # strict validation now rejects strings outside the list
                add(where, f"enum made closed ({new.text()})", "enum-closed", affects, {REQUESTS})
        if old.nullable != new.nullable:
            self.touch(component)
            if new.nullable:  # readers now get None; writers may send it
                add(where, f"may now be null ({new.text()})", "made-nullable", affects, {RESPONSES})
            else:
                add(where, f"no longer accepts null ({new.text()})", "made-non-nullable", affects, {REQUESTS})
        if old.component is not None and old.component == new.component and old.component != component:
            return  # the same named enum or union on both sides: its own changes are reported once, under its name
        where += "[]" * new.depth
        self.set_change(where, "enum value", old.values, new.values, affects, component)
        self.set_change(where, "union member", old.members, new.members, affects, component)

    def set_change(
        self,
        where: str,
        noun: str,
        old: frozenset[str] | None,
        new: frozenset[str] | None,
        affects: set[str],
        component: str | None,
    ) -> None:
        """Enum values / union members: added break no one (open enums, Unknown variants); removed break writers."""
        if old is None or new is None:
            return
        kind = noun.replace(" ", "-") + "s"
        for verb, items, breaks in (("added", new - old, ()), ("removed", old - new, {REQUESTS})):
            if items:
                self.touch(component)
                listed = sorted(items)
                what = (
                    f"{len(listed)} {noun}{'s' if len(listed) > 1 else ''} {verb}: {listing(listed, MAX_LISTED_VALUES)}"
                )
                self.findings.add(where, what, f"{kind}-{verb}", affects, breaks, items=listed)

    def touch(self, component: str | None) -> None:
        if component is not None:
            self.findings.changed_schemas.add(component)


def compare(
    old: JSONObject,
    new: JSONObject,
    *,
    from_label: str,
    to_label: str,
    paths_prefix: str | None = None,
    read_schemas: Collection[str] = (),
    names: JSONObject | None = None,
    methods_lock: JSONObject | None = None,
) -> JSONObject:
    """The change report from `old` to `new` (see the module docstring).

    `paths_prefix` keeps only the operations whose path starts with it (e.g. "/call") and the schemas they reach;
    `read_schemas` names components the caller reads although no operation reaches them (a raw upstream document
    has no `webhooks`: pass ["ServerMessage"]). `names`: what changed in the names lock (`spec_names.update`),
    reported as `names`; `methods_lock`: the lock after the build, for the client methods of each operation.
    """
    comparison = Comparison(Document(old, paths_prefix, read_schemas), Document(new, paths_prefix, read_schemas))
    operations = comparison.operations()
    schemas = comparison.schemas()
    findings = comparison.findings
    python = PythonNames(comparison, methods_lock)
    for entry in [*findings.breaking, *findings.changes]:
        python.annotate(entry)
    report: JSONObject = {
        "from": from_label,
        "to": to_label,
        "operations": operations,
        "schemas": schemas,
        "breaking": sorted_entries(findings.breaking),
        "changes": sorted_entries(findings.changes),
    }
    if names is not None:
        report["names"] = names_section(names)
        # A name a rule made is reported once, with what it denoted, under `names`.
        listed = {item["name"] for items in report["names"].values() for item in items}
        for key in ("added", "removed"):
            schemas[key] = [name for name in schemas[key] if name not in listed]
    return report


def names_section(delta: JSONObject) -> JSONObject:
    """Public names a user imports that this build added, retired (what they denoted is gone, or is now
    served by another name) or brought back. Models are listed under `schemas` already."""
    out: JSONObject = {}
    for key in ("added", "retired", "revived"):
        out[key] = [
            {"name": item["name"], "kind": item["kind"], "denotes": denotes(item)}
            for item in delta.get(key, [])
            if item["kind"] != "models"
        ]
    return out


def denotes(entry: JSONObject) -> str:
    """What a lock entry stands for, in words."""
    kind = entry["kind"]
    if kind == "methods":
        return f"operation {entry['operation']}"
    if kind == "unknown":
        return f"an unknown variant of union {entry['union']}"
    noun = {"unions": "union", "enums": "enum"}.get(kind, "model")
    if "schema" in entry:
        text = f"upstream {noun} {entry['schema']}"
    else:
        text = f"{noun} at {listing(entry.get('places') or [entry['place']], 4)}"
    if "alias_of" in entry:
        text += f"; an alias of `{entry['alias_of']}`"
    elif "now" in entry:
        text += f"; that place now uses `{entry['now']}`"
    elif "replaced_by" in entry:
        text += f"; replaced by `{entry['replaced_by']}`"
    return text


class PythonNames:
    """What a caller touches in Python for a report entry: `models.Call.ended_reason`, `unions.Voice`,
    `client.calls.create(assistant=...)`, and the operations (and their methods) that reach it."""

    def __init__(self, comparison: Comparison, lock: JSONObject | None) -> None:
        self.old, self.new = comparison.old, comparison.new
        self.methods: dict[str, str] = {}
        for name, entry in sorted((lock or {}).get("methods", {}).items(), key=lambda item: "retired" in item[1]):
            self.methods.setdefault(entry["operation"], name)

    def annotate(self, entry: JSONObject) -> None:
        where = entry["where"]
        python: list[str] = []
        operations: set[str] = set()
        key, rest = self.operation_of(where)
        if key is not None:
            operations.add(key)
            method = f"client.{self.methods[key]}" if key in self.methods else None
            if method is None:
                pass  # an operation the client has no method for (a raw upstream document): its key says it
            elif rest.startswith("parameter "):
                python.append(f"{method}({py_name(rest.rsplit(' ', 1)[-1])}=...)")
            elif rest:
                python.append(f"{method}(...)" if rest.startswith("request body") else f"{method}() -> ...")
            else:
                python.append(method)
        else:
            component, *props = where.split(".")
            component = component.removesuffix("[]" * component.count("[]"))
            operations = self.old.reached_by(component) | self.new.reached_by(component)
            if props:
                attribute = ".".join(attribute_name(prop) for prop in props)
                python.append(f"models.{component}.{attribute}")
                if len(props) == 1:  # a property of a request body: a keyword argument too
                    for body_of in sorted(
                        self.old.bodies.get(component, set()) | self.new.bodies.get(component, set())
                    ):
                        python.append(f"{self.call(body_of)}({attribute}=...)")
            else:
                python.append(f"{self.module_of(component)}.{component}")
        entry["python"] = python
        entry["operations"] = sorted(operations)
        entry["methods"] = sorted({self.call(key) for key in operations if key in self.methods})

    def operation_of(self, where: str) -> tuple[str | None, str]:
        parts = where.split(" ", 2)
        if len(parts) >= 2 and parts[0] in {m.upper() for m in HTTP_METHODS} and parts[1].startswith("/"):
            return f"{parts[0]} {parts[1]}", parts[2] if len(parts) > 2 else ""
        return None, ""

    def call(self, operation: str) -> str:
        method = self.methods.get(operation)
        return f"client.{method}" if method else operation

    def module_of(self, component: str) -> str:
        for document in (self.new, self.old):
            if component in document.components:
                info = document.describer.named(component)
                return "unions" if info.shape == "union" else "models"
        return "models"


def attribute_name(prop: str) -> str:
    """The Python attribute of a property (`endedReason` -> `ended_reason`), `[]` markers kept."""
    bare = prop.rstrip("[]")
    return py_name(bare) + prop[len(bare) :]


def py_name(json_name: str) -> str:
    """The name openapi-python-client gives a property or argument (`type` -> `type_`)."""
    from .names import python_identifier

    return python_identifier(json_name, prefix="field")


def sorted_entries(entries: list[JSONObject]) -> list[JSONObject]:
    # The whole entry breaks ties: the order never depends on the order the comparison found them in.
    return sorted(
        entries, key=lambda e: (e.get("breaks", []), e["where"], e["kind"], e["what"], json.dumps(e, sort_keys=True))
    )


# ---------------------------------------------------------------------------------------
# changes.json: every report, one change per line

REPORT_KEYS = ("from", "to", "operations", "schemas", "names", "breaking", "changes")  # a report's keys, in order


def report_key(report: JSONObject) -> str:
    """`2024-05 -> 2026-08`: a report's key in changes.json, as its heading in the markdown."""
    return f"{report['from']} -> {report['to']}"


def load_reports(path: str | os.PathLike[str]) -> dict[str, JSONObject]:
    """The reports of changes.json, newest first; a file in the old form (one report) is that one report."""
    target = Path(path)
    if not target.exists():
        return {}
    data = json.loads(target.read_text(encoding="utf-8"))
    if "reports" not in data:
        return {report_key(data): data}
    return dict(data["reports"])


def with_report(reports: dict[str, JSONObject], report: JSONObject) -> dict[str, JSONObject]:
    """`report` added first; a report with the same key (a rerun of the same update, or a rebuild from the
    same sources) replaces that one where it stands. Every other report is kept as it was."""
    key = report_key(report)
    if key in reports:
        return {name: report if name == key else old for name, old in reports.items()}
    return {key: report, **reports}


def dump_reports(reports: dict[str, JSONObject]) -> str:
    """changes.json: `{"reports": {KEY: report}}`, newest first. Each change entry and each name is one line
    (keys sorted) and every list item its own line, so one change in the spec is a few lines of diff, and a
    new report never moves the lines of an older one."""
    lines = ["{", '  "reports": {']
    for index, (key, report) in enumerate(reports.items()):
        comma = "," if index < len(reports) - 1 else ""
        lines.append(f"    {json.dumps(key)}: {dump_value(report, 2, ordered=REPORT_KEYS)}{comma}")
    return "\n".join([*lines, "  }", "}"]) + "\n"


def dump_value(value: Any, depth: int, ordered: tuple[str, ...] = ()) -> str:
    """An object or list spread one member per line at `depth`; an object inside a list (an entry), or one
    whose lists are all empty (`"names": {"added": [], ...}`), on one line."""
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict) and value and any(item != [] for item in value.values()):
        rank = {key: index for index, key in enumerate(ordered)}
        keys = sorted(value, key=lambda key: (rank.get(key, len(rank)), key))
        members = [f"{inner}{json.dumps(key)}: {dump_value(value[key], depth + 1)}" for key in keys]
        return "{\n" + ",\n".join(members) + f"\n{pad}}}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"{inner}{json.dumps(item, sort_keys=True)}" for item in value) + f"\n{pad}]"
    return json.dumps(value, sort_keys=True)


# ---------------------------------------------------------------------------------------
# Markdown: one section per update, newest first in one file

KIND_TITLES = {
    "property-added": "Properties added",
    "enum-values-added": "Enum values added",
    "union-members-added": "Union members added",
    "enum-values-removed": "Enum values no longer sent",
    "union-members-removed": "Union members no longer sent",
    "made-optional": "Made optional in requests",
    "enum-opened": "Enums made open",
    "made-required": "Made required in responses",
    "made-nullable": "May now be null in requests",
    "made-non-nullable": "No longer null in responses",
    "parameter-added": "Optional parameters added",
    "request-body-added": "Optional request bodies added",
    "response-added": "Success responses added",
    "response-removed": "Success responses removed",
    "response-body-added": "Response bodies added",
}
SKIPPED_KINDS = {"operation-added", "operation-deprecated"}  # already listed under Operations


FULL_LIST = "spec/changes.json"  # where the markdown's folded lists are complete
FOLD_AFTER = 20  # a list longer than this is folded (`<details>`), never cut


def render_markdown(report: JSONObject) -> str:
    """One section of the changelog: verdict, operations, names, breaking changes by audience, the rest
    summarised. Long lists are folded, not cut; every entry is in the JSON report."""
    lines = [f"## {report['from']} -> {report['to']}", "", verdict(report), ""]
    lines += operations_lines(report["operations"])
    schemas = report["schemas"]
    lines += [
        f"**Schemas:** {len(schemas['added'])} added, {len(schemas['removed'])} removed, "
        f"{len(schemas['changed'])} changed.",
        "",
    ]
    if schemas["removed"]:
        lines += [*folded("Removed", [f"`{name}`" for name in schemas["removed"]]), ""]
    lines += names_lines(report.get("names"))
    groups: dict[tuple[str, ...], list[JSONObject]] = defaultdict(list)
    for entry in report["breaking"]:
        groups[tuple(entry["breaks"])].append(entry)
    for breaks in sorted(groups, key=lambda b: (len(b), b)):
        entries = groups[breaks]
        audience = " and ".join(AUDIENCES[b] for b in breaks)
        lines += [f"### Breaking for {' and '.join(breaks)} ({audience}): {len(entries)}", ""]
        lines += [*folded(None, [breaking_line(e) for e in entries]), ""]
    lines += non_breaking_lines(report["changes"])
    lines += rules_lines(report.get("rules"))
    return "\n".join(lines).rstrip() + "\n"


def rules_lines(effects: list[JSONObject] | None) -> list[str]:
    """Where a rule widened a type the spec contradicts (its examples, descriptions or sibling unions)."""
    if not effects:
        return []
    items = [f"- `{e['where']}`: {e['was']} -> {e['now']} ({e['rule']})" for e in effects]
    return [f"### Contradictions resolved by rules: {len(effects)}", "", *folded(None, items), ""]


AUDIENCES = {REQUESTS: "code that sends", RESPONSES: "code that reads"}


def breaking_line(entry: JSONObject) -> str:
    """`models.Call.ended_reason` (`Call.endedReason`): what; via the methods that reach it."""
    python = entry.get("python") or [entry["where"]]
    line = f"- `{python[0]}`"
    if python[0] != entry["where"]:
        line += f" (`{entry['where']}`)"
    line += f": {entry['what']}"
    if len(python) > 1:
        line += "; also " + ", ".join(f"`{name}`" for name in python[1:])
    reached = entry.get("methods") or entry.get("operations") or []
    if reached and not python[0].startswith("client."):
        line += f"; via {code_list(reached, 8)}"
    return line


def folded(title: str | None, items: list[str]) -> list[str]:
    """A bullet list, or `- Title: a, b` for a short inline one; folded in `<details>` beyond FOLD_AFTER
    items, complete either way."""
    if title is not None and len(items) <= FOLD_AFTER:
        return [f"- {title}: {', '.join(items)}"]
    bullets = items if title is None else [f"- {item}" for item in items]
    if len(items) <= FOLD_AFTER:
        return bullets
    summary = f"{title or 'All'} ({len(items)}; also in {FULL_LIST})"
    return ["<details>", f"<summary>{summary}</summary>", "", *bullets, "", "</details>"]


def names_lines(names: JSONObject | None) -> list[str]:
    if not names or not any(names.values()):
        return []
    added, retired, revived = names["added"], names["retired"], names["revived"]
    lines = [f"**Names:** {len(added)} added, {len(retired)} retired, {len(revived)} back in use.", ""]
    for title, items in (("Retired", retired), ("Back in use", revived), ("Added", added)):
        if items:
            lines += folded(title, [f"`{item['name']}` ({item['denotes']})" for item in items])
    return [*lines, ""]


def verdict(report: JSONObject) -> str:
    counts = Counter(direction for e in report["breaking"] for direction in e["breaks"])
    retired = len((report.get("names") or {}).get("retired", ()))
    others = len(report["changes"])
    total = len(report["breaking"]) + retired
    if not total:
        return f"**Nothing breaks**: re-vendoring is safe. {others} non-breaking changes."
    return (
        f"**{total} breaking change{'s' if total != 1 else ''}**: {counts[REQUESTS]} for requests (code that builds"
        f" request bodies or passes parameters), {counts[RESPONSES]} for responses (code that reads responses or"
        f" webhook messages), {retired} public names retired (code that imports them). Review them before"
        f" re-vendoring; {others} other changes break no one. Each names the Python class and attribute or the"
        " method and argument it touches."
    )


def operations_lines(operations: JSONObject) -> list[str]:
    added, removed, deprecated = operations["added"], operations["removed"], operations["deprecated"]
    lines = [f"**Operations:** {len(added)} added, {len(removed)} removed, {len(deprecated)} deprecated.", ""]
    for title, keys in (("Added", added), ("Removed", removed), ("Deprecated", deprecated)):
        if keys:
            lines += folded(title, [f"`{key}`" for key in keys])
    return [*lines, ""] if len(lines) > 2 else lines


def non_breaking_lines(changes: list[JSONObject]) -> list[str]:
    by_kind: dict[str, dict[str, JSONObject]] = defaultdict(dict)
    for entry in changes:
        if entry["kind"] not in SKIPPED_KINDS:
            by_kind[entry["kind"]].setdefault(entry["where"], entry)  # one line per place, whoever it affects
    if not by_kind:
        return []
    lines = ["### Non-breaking", ""]
    for kind in sorted(by_kind, key=lambda k: (list(KIND_TITLES).index(k) if k in KIND_TITLES else 99, k)):
        entries = by_kind[kind]
        title = KIND_TITLES.get(kind, kind.replace("-", " ").capitalize())
        lines.append(f"- {title}: {summary(kind, entries)}")
    return [*lines, ""]


def summary(kind: str, entries: dict[str, JSONObject]) -> str:
    """One line for one kind of change: counts, then the biggest places first."""
    if kind == "property-added":
        per_schema = Counter(where.rsplit(".", 1)[0] for where in entries)
        return f"{len(entries)} in {len(per_schema)} schemas: " + ranked_counts(per_schema)
    if kind.endswith("-added") and kind.startswith(("enum", "union")):
        per_place = Counter({where: len(entry["items"]) for where, entry in entries.items()})
        return f"{sum(per_place.values())} in {len(per_place)} places: " + ranked_counts(per_place)
    return f"{len(entries)}: " + code_list(sorted(entries), MAX_SUMMARY_ITEMS)


def ranked_counts(counts: Counter[str]) -> str:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return more([f"`{name}` (+{count})" for name, count in ranked[:MAX_SUMMARY_ITEMS]], len(ranked))


def code_list(items: list[str], limit: int) -> str:
    return more([f"`{item}`" for item in items[:limit]], len(items))


def more(shown: list[str], total: int) -> str:
    return ", ".join(shown) + (f" and {total - len(shown)} more ({FULL_LIST})" if total > len(shown) else "")


def prepend_markdown(path: str | os.PathLike[str], section: str) -> None:
    """Writes `section` first under the file's title, keeping older sections; a section for the same update
    (same heading) replaces that one where it stands, so a rerun does not repeat itself. Atomic: temp file +
    rename."""
    target = Path(path)
    older = existing_sections(target.read_text(encoding="utf-8")) if target.exists() else ""
    heading = section.split("\n", 1)[0]
    sections = ["## " + part for part in ("\n" + older).split("\n## ") if part.strip()]
    if any(part.split("\n", 1)[0] == heading for part in sections):
        sections = [section.strip() if part.split("\n", 1)[0] == heading else part for part in sections]
    else:
        sections.insert(0, section)
    body = "\n\n".join(part.strip() for part in sections)
    write_atomically(target, f"{MARKDOWN_TITLE}\n\n{MARKDOWN_INTRO}\n\n{body}\n")


def existing_sections(text: str) -> str:
    """Everything from the first `## ` section on (the title and intro are rewritten)."""
    if text.startswith("## "):
        return text
    index = text.find("\n## ")
    return text[index + 1 :] if index >= 0 else ""


def write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
