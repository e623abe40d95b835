"""Golden (b): the generated code says what openapi.yaml says.

Models: exactly the spec's properties (through `_json_fields`), required flags, defaults and
annotated types. Enums: exactly the spec's values, in order. Unions: every discriminator mapping
entry resolves to a class whose tag is the right const. Operations: an endpoint module per
operationId with the right method, path, parameters, body and success type. The runtime tables
in `_spec.py` agree with the spec too (the engine parses with them, not with the annotations).
"""

from __future__ import annotations

import datetime
import sys
import types
import typing
from typing import Any, Literal
from urllib.parse import quote

import attrs
import httpx
import pytest
import vapi_client
import yaml  # type: ignore[import-untyped]
from vapi_client import OpenEnum, UnknownVariant, Unset, models
from vapi_client import _spec as tables
from vapi_client.models import unknown_variants
from vapi_client.types import UNSET

from tests._warnings import strict_parse_of
from tests.generation._spec_data import (
    ROOT,
    SCHEMAS,
    SPEC,
    example_schema,
    is_enum,
    is_object_model,
    is_union,
    json_content,
    minimal,
    names,
    operations,
    ref_name,
    resolve,
    snake_case,
    success_status,
    union_mapping,
    union_tag,
)

SELECTION = yaml.safe_load((ROOT / "spec" / "selection.yaml").read_text(encoding="utf-8"))

OBJECTS = names(is_object_model)
ENUMS = names(is_enum)
UNIONS = names(is_union)
OPERATIONS = {
    operation["operationId"]: (method, path, operation, params) for method, path, operation, params in operations()
}

# Canonical form of a type: a frozenset of members; a member is a class, None, ANY,
# ("literal", value), ("list", members) or ("dict", members). A union field names its own
# family's Unknown<Family> class.
ANY = "Any"
Canon = frozenset[Any]


def canon(tp: Any) -> Canon:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return frozenset().union(*(canon(arg) for arg in typing.get_args(tp)))
    if tp is None or tp is type(None):
        return frozenset({None})
    if tp is Any:
        return frozenset({ANY})
    if origin is Literal:
        return frozenset(("literal", value) for value in typing.get_args(tp))
    if origin is list:
        (item,) = typing.get_args(tp)
        return frozenset({("list", canon(item))})
    if origin is dict:
        key, value = typing.get_args(tp)
        assert key is str, f"dict keys must be str: {tp}"
        return frozenset({("dict", canon(value))})
    if isinstance(tp, type):
        return frozenset({tp})
    raise AssertionError(f"unexpected annotation {tp!r}")


def expected(schema: dict[str, Any]) -> Canon:
    """The canonical Python type the spec asks for."""
    if "$ref" in schema:
        name = ref_name(schema)
        target = SCHEMAS[name]
        if is_union(target):
            return frozenset(getattr(models, v) for v in union_mapping(name).values()) | {
                getattr(models, f"Unknown{name}")
            }
        if target.get("type") == "object" and not target.get("properties"):
            return frozenset({("dict", frozenset({ANY}))})
        # An enum's field takes its values as string literals too (a value added never breaks a caller).
        literals = {("literal", value) for value in target.get("enum", ()) if isinstance(value, str)}
        return frozenset({getattr(models, name), *literals})
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return frozenset().union(*(expected(option) for option in schema[combinator]))
    if "const" in schema:
        return frozenset({("literal", schema["const"])})
    kind = schema.get("type")
    if isinstance(kind, list):
        return frozenset().union(*(expected({**schema, "type": k}) for k in kind))
    simple: dict[Any, Any] = {"null": None, "number": float, "integer": int, "boolean": bool}
    if kind in simple:
        return frozenset({simple[kind]})
    if kind == "string":
        return frozenset({datetime.datetime if schema.get("format") == "date-time" else str})
    if kind == "array":
        return frozenset({("list", expected(schema["items"]))})
    if kind == "object":
        extra = schema.get("additionalProperties", True)
        value = expected(extra) if isinstance(extra, dict) and extra else frozenset({ANY})
        return frozenset({("dict", value)})
    return frozenset({ANY})


def _namespace(module: types.ModuleType) -> dict[str, Any]:
    # Annotations are strings naming TYPE_CHECKING-only imports: resolve them in the models namespace.
    namespace = {name: getattr(models, name) for name in models._MODULES}
    namespace.update({name: getattr(models, name) for name in unknown_variants.__all__})
    namespace.update(  # each enum's literal values, under its class's name (a locked alias shares its class)
        (f"_{cls.__name__}Values", vars(sys.modules[cls.__module__])[f"_{cls.__name__}Values"])
        for name in models._MODULES
        if isinstance(cls := getattr(models, name), type) and issubclass(cls, OpenEnum)
    )
    namespace.update(vars(module))
    namespace.update({"UnknownVariant": UnknownVariant, "Unset": Unset, "datetime": datetime, "Any": Any})
    return namespace


def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=_namespace(sys.modules[cls.__module__]))


def _describe(members: Canon) -> str:
    def one(member: Any) -> str:
        if isinstance(member, type):
            return member.__name__
        if isinstance(member, tuple):
            return f"{member[0]}[{_describe(member[1])}]" if member[0] != "literal" else f"Literal[{member[1]!r}]"
        return str(member)

    return " | ".join(sorted(one(m) for m in members))


# ---------------------------------------------------------------------------------------
# models


def test_every_object_schema_has_a_model_and_every_model_a_schema() -> None:
    generated = {
        name
        for name in models._MODULES
        if isinstance(cls := getattr(models, name), type) and issubclass(cls, vapi_client.Model)
    }
    assert generated == set(OBJECTS)


_ANNOTATION_BUGS: dict[str, str] = {}


def _with_known_bugs(names: list[str], bugs: dict[str, str]) -> list[Any]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=bugs[name])) if name in bugs else name
        for name in names
    ]


@pytest.mark.parametrize("name", _with_known_bugs(OBJECTS, _ANNOTATION_BUGS))
def test_model_fields_match_the_schema(name: str) -> None:
    schema = SCHEMAS[name]
    cls: Any = getattr(models, name)
    assert issubclass(cls, vapi_client.Model)
    assert attrs.has(getattr(models, name))
    assert cls._schema == name
    table = dict(cls._json_fields)
    assert len(table) == len(cls._json_fields), "duplicate JSON name in _json_fields"
    assert set(table) == set(schema["properties"]), "JSON names differ from the spec's properties"
    fields = {f.name: f for f in attrs.fields(cls) if f.name != "additional_properties"}
    assert set(fields) == set(table.values()), "attrs fields differ from _json_fields"
    assert len(set(table.values())) == len(table), "two properties share a Python name"

    required = set(schema.get("required", ()))
    annotations = hints(cls)
    problems = []
    for json_name, py_name in table.items():
        field = fields[py_name]
        actual = canon(annotations[py_name])
        if json_name in required:
            if field.default is not attrs.NOTHING:
                problems.append(f"{json_name}: required but has a default")
            if Unset in actual:
                problems.append(f"{json_name}: required but annotated as possibly Unset")
        else:
            if field.default is not UNSET:
                problems.append(f"{json_name}: optional but its default is {field.default!r}, not UNSET")
            if Unset not in actual:
                problems.append(f"{json_name}: optional but not annotated `| Unset`")
        want = expected(schema["properties"][json_name])
        got = actual - {Unset}
        if got != want:
            problems.append(f"{json_name}: annotated {_describe(got)}, the spec says {_describe(want)}")
    assert not problems, "\n".join(problems)


def test_extra_properties_go_to_additional_properties() -> None:
    for name in OBJECTS:
        field = attrs.fields_dict(getattr(models, name))["additional_properties"]
        default: Any = field.default
        # Keyword-only in __init__ (so attrs.evolve carries it over), copied there: each object owns its dict.
        assert field.init and field.kw_only and default.factory is dict and field.converter is dict, name


@pytest.mark.parametrize("name", OBJECTS)
def test_runtime_table_matches_the_schema(name: str) -> None:
    schema = SCHEMAS[name]
    table = tables.SCHEMAS[name]
    assert list(table["properties"]) == list(schema["properties"])
    assert tuple(table["required"]) == tuple(schema.get("required", ()))


def test_sensitive_table_is_every_password_property() -> None:
    want = {
        name: tuple(p for p, sub in SCHEMAS[name]["properties"].items() if sub.get("format") == "password")
        for name in OBJECTS
    }
    assert tables.SENSITIVE == {name: props for name, props in want.items() if props}


# ---------------------------------------------------------------------------------------
# enums


@pytest.mark.parametrize("name", ENUMS)
def test_enum_has_exactly_the_spec_values_in_order(name: str) -> None:
    cls = getattr(models, name)
    assert issubclass(cls, OpenEnum)
    assert [member.value for member in cls] == SCHEMAS[name]["enum"]
    assert all(type(member.value) is str for member in cls)
    assert tables.ENUMS[name] == {
        "values": tuple(SCHEMAS[name]["enum"]),
        "extensible": bool(SCHEMAS[name].get("x-vapi-extensible")),
    }


def test_every_enum_class_is_a_spec_enum() -> None:
    generated = {
        c.__name__
        for name in models._MODULES
        if isinstance(c := getattr(models, name), type) and issubclass(c, OpenEnum)
    }
    assert generated == set(ENUMS)  # a locked name of a merged enum is an alias: the class is counted once


# ---------------------------------------------------------------------------------------
# discriminated unions


@pytest.mark.parametrize("family", UNIONS)
def test_runtime_union_table_is_the_spec_mapping(family: str) -> None:
    assert tables.UNIONS[family] == {"tag": union_tag(family), "mapping": union_mapping(family)}
    one_of = [ref_name(option) for option in SCHEMAS[family]["oneOf"]]
    # A variant may answer to several tags (ServerMessageTranscript: two), so compare the sets.
    assert set(one_of) == set(union_mapping(family).values()), "oneOf and mapping list different variants"


@pytest.mark.parametrize(
    ("family", "tag", "variant"),
    [(family, tag, variant) for family in UNIONS for tag, variant in union_mapping(family).items()],
)
def test_mapping_entry_resolves_to_a_class_with_that_const_tag(family: str, tag: str, variant: str) -> None:
    cls = getattr(models, variant)
    tag_property = union_tag(family)
    prop = SCHEMAS[variant]["properties"][tag_property]
    assert tag_property in SCHEMAS[variant].get("required", ()), f"{variant}.{tag_property} is not required"
    py_name = dict(cls._json_fields)[tag_property]
    if "$ref" in prop:  # several tags for one variant: an enum of them
        assert tag in SCHEMAS[ref_name(prop)]["enum"], f"{variant}.{tag_property} does not allow {tag!r}"
        assert tables.SCHEMAS[variant]["properties"][tag_property][:2] == ("enum", ref_name(prop))
        return
    assert prop.get("const") == tag, f"{variant}.{tag_property} is not const {tag!r} in the spec"
    assert canon(hints(cls)[py_name]) == {("literal", tag)}
    assert tables.SCHEMAS[variant]["properties"][tag_property] == ("const", tag)


@pytest.mark.parametrize("family", UNIONS)
def test_every_union_has_an_unknown_class(family: str) -> None:
    unknown = getattr(models, f"Unknown{family}")
    assert issubclass(unknown, UnknownVariant)
    assert unknown.family == family and unknown.tag_property == union_tag(family)


# ---------------------------------------------------------------------------------------
# operations


def _method_of(operation_id: str) -> str:
    """The key of an operation in `_spec.OPERATIONS`: `resource.method`, as openapi.yaml names them."""
    operation = OPERATIONS[operation_id][2]
    return f"{operation['x-vapi-resource']}.{operation['x-vapi-method']}"


def test_a_resource_method_per_operation_and_no_other() -> None:
    from vapi_client._resources import AsyncCallsResource, CallsResource

    keys = {_method_of(operation_id) for operation_id in OPERATIONS}
    assert set(tables.OPERATIONS) == keys
    methods = {key.removeprefix("calls.") for key in keys} | {"list_all", "with_raw_response"}
    for resource in (CallsResource, AsyncCallsResource):
        public = {name for name in vars(resource) if not name.startswith("_")}
        assert public == methods, public ^ methods


def _dummy(schema: dict[str, Any]) -> Any:
    if schema.get("format") == "date-time":
        return datetime.datetime(2024, 5, 20, 14, 3, 11, 512000, tzinfo=datetime.UTC)
    return {"number": 25, "integer": 25, "boolean": True}.get(schema.get("type", "string"), "abc")


def _first_example(content: dict[str, Any]) -> Any:
    return next(iter(content["examples"].values()))["value"]


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_the_method_builds_the_documented_request(operation_id: str) -> None:
    from vapi_client._operations import _request

    method, path, operation, params = OPERATIONS[operation_id]
    name = _method_of(operation_id)
    table = tables.OPERATIONS[name]
    assert (table["method"], table["path"]) == (method.upper(), path)
    args: dict[str, Any] = {"timeout": None, "max_retries": None, "extra_headers": None}
    url = path
    for param in params:
        py_name = snake_case(param["name"])
        if param["in"] == "path":
            args[py_name] = "../phone x"  # must be escaped, never interpreted as a path
            url = url.replace("{" + param["name"] + "}", quote(args[py_name], safe=""))
        else:
            assert py_name in table["query"], f"query parameter {param['name']} missing"
            args[py_name] = _dummy(param["schema"])
    body = operation.get("requestBody")
    if body is not None:
        content = json_content(body)
        assert content is not None and table["body"] == ref_name(content["schema"])
        # DELETE /call/{id} takes a DeleteCallDTO (bulk delete) that upstream gives no example.
        example = _first_example(content) if "examples" in content else minimal(content["schema"])
        args["body"] = example
    else:
        assert table["body"] is None
    with strict_parse_of(args.get("body")):
        built, _options = _request.build(name, args)  # without request ids: the body as given
    assert built.kwargs["method"] == method.upper()
    assert built.kwargs["url"] == url
    if body is not None:
        assert built.kwargs["json"] == example
    query = {p["name"] for p in params if p["in"] == "query"}
    assert set(built.kwargs.get("params", {})) == query
    assert built.creates_call == bool(SELECTION["operations"].get(f"{method.upper()} {path}", {}).get("creates_call"))


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_the_method_parses_the_success_status_into_the_documented_type(operation_id: str) -> None:
    from vapi_client._operations import _request

    method, _path, operation, params = OPERATIONS[operation_id]
    name = _method_of(operation_id)
    status = success_status(operation)
    request = httpx.Request(method.upper(), "http://127.0.0.1")
    args: dict[str, Any] = {"timeout": None, "max_retries": None, "extra_headers": None}
    args.update({snake_case(p["name"]): "x" for p in params if p["in"] == "path"})
    if operation.get("requestBody"):
        args["body"] = {}
    built, _ = _request.build(name, args)
    content = json_content(operation["responses"][status])
    if content is None:  # a download: streamed to a file by the resource, nothing to parse here
        assert _binary(operation["responses"][status]), operation["responses"][status]
        assert tables.OPERATIONS[name]["shape"] == ("binary",)
        return
    schema = content["schema"]
    example = _first_example(content)
    parsed = built.parse(httpx.Response(int(status), json=example, request=request))
    if schema.get("type") == "array":
        cls = getattr(models, ref_name(schema["items"]))
        assert isinstance(parsed, list) and all(type(item) is cls for item in parsed)
        assert [item.to_dict() for item in parsed] == example
    elif "oneOf" in schema:  # POST /call: a Call, or a CallBatchResponse for `customers`
        cls = getattr(models, example_schema(schema, example))
        assert type(parsed) is cls and parsed.to_dict() == example
        for option in schema["oneOf"]:  # each option's own body parses into its own class
            one_body = minimal(option)
            one = built.parse(httpx.Response(int(status), json=one_body, request=request))
            assert type(one) is getattr(models, ref_name(option)) and one.to_dict() == one_body
            assert one.validation_issues == ()
    else:
        cls = getattr(models, ref_name(schema))
        assert type(parsed) is cls
        assert parsed.to_dict() == example


def _binary(response: dict[str, Any]) -> bool:
    content = resolve(response).get("content", {})
    return set(content) == {"application/octet-stream"} and content["application/octet-stream"]["schema"] == {
        "type": "string",
        "format": "binary",
    }


def test_spec_declares_only_json_bodies_and_binary_downloads() -> None:
    # The endpoint checks above read application/json, and binary downloads (2026-08: recordings,
    # pcap, logs): make sure nothing else hides in the spec.
    for _method, _path, operation, _ in operations():
        media_types = set(resolve(operation.get("requestBody", {})).get("content", {}))
        assert media_types <= {"application/json"}, (operation["operationId"], media_types)
        for response in operation["responses"].values():
            media_types = set(resolve(response).get("content", {}))
            assert media_types <= {"application/json"} or _binary(response), (operation["operationId"], media_types)


def test_spec_is_openapi_31() -> None:
    assert str(SPEC["openapi"]).startswith("3.1")
