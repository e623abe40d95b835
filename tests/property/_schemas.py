"""openapi.yaml's component schemas as self-contained JSON Schemas, and hypothesis strategies for them.

hypothesis-jsonschema does not follow `#/components/schemas/...` references, so every $ref is
inlined (with a recursion limit, should the spec ever become recursive). OpenAPI-only keywords
are dropped: `discriminator` is redundant for generation because every variant pins its tag
with `const`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning
from hypothesis_jsonschema import from_schema

JSON = Any
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
_REF_PREFIX = "#/components/schemas/"
_ANNOTATIONS = frozenset({"description", "title", "examples", "example", "default", "discriminator", "deprecated"})
_MAX_REF_DEPTH = 3  # how often one component may appear on a single path before it is cut off
_TOO_DEEP = object()


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return document


def components() -> dict[str, Any]:
    schemas: dict[str, Any] = spec()["components"]["schemas"]
    return schemas


# The default run covers a stable sample of the schemas whose documents stay small (at most
# `_SMALL` components reachable): generating a Call, a ServerMessage or a CreateCallDTO, each reaching
# hundreds of schemas, takes minutes per test. `nox -s fuzz` (VAPI_HYPOTHESIS_PROFILE=long) covers every
# schema; the big ones are also covered by the realistic payloads and golden tests.
_SMALL = 20
_SAMPLE_EVERY = 8


def object_schema_names() -> list[str]:
    """The component schemas that become model classes (plain objects, not unions or enums)."""
    names = sorted(name for name, schema in components().items() if schema.get("type") == "object")
    if os.environ.get("VAPI_HYPOTHESIS_PROFILE") == "long":
        return names
    small = [name for name in names if len(_reachable(name)) <= _SMALL]
    return small[::_SAMPLE_EVERY]


def _reachable(name: str) -> set[str]:
    seen: set[str] = set()
    stack = [name]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        text = json.dumps(components()[current])
        stack.extend(part.split('"')[0] for part in text.split(f'"{_REF_PREFIX}')[1:])
    return seen


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(_REF_PREFIX):
        return str(node["$ref"][len(_REF_PREFIX) :])
    return None


def resolve(node: Any) -> Any:
    """Follow $refs (OpenAPI 3.1 allows annotation siblings next to them; those do not matter here)."""
    while (name := ref_name(node)) is not None:
        node = components()[name]
    return node


# ---------------------------------------------------------------------------------------
# self-contained schemas


@cache
def self_contained(name: str, *, closed: bool = True) -> dict[str, Any]:
    """Component `name` with every $ref inlined.

    closed=True adds `additionalProperties: false` where the spec leaves objects open, so that
    generated valid instances only use declared properties; unknown ones are added on purpose by
    the mutation tests instead.
    """
    inlined = _inline(components()[name], (name,), closed)
    assert inlined is not _TOO_DEEP
    result: dict[str, Any] = inlined
    return result


def _inline(node: Any, stack: tuple[str, ...], closed: bool) -> Any:
    if isinstance(node, list):
        return [_inline(item, stack, closed) for item in node]
    if not isinstance(node, dict):
        return node
    name = ref_name(node)
    if name is not None:
        if stack.count(name) >= _MAX_REF_DEPTH:
            return _TOO_DEEP
        target = _inline(components()[name], (*stack, name), closed)
        siblings = {k: v for k, v in node.items() if k != "$ref" and k not in _ANNOTATIONS}
        return {"allOf": [target, _inline(siblings, stack, closed)]} if siblings and target is not _TOO_DEEP else target
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "properties" and isinstance(value, dict):
            props = {prop: _inline(schema, stack, closed) for prop, schema in value.items()}
            cut = {prop for prop, schema in props.items() if schema is _TOO_DEEP}
            if cut & set(node.get("required", ())):
                return _TOO_DEEP
            out[key] = {prop: schema for prop, schema in props.items() if prop not in cut}
        elif key in ("items", "additionalProperties"):
            inner = _inline(value, stack, closed)
            if inner is _TOO_DEEP:  # no room left: only empty arrays / maps
                out.update({"maxItems": 0} if key == "items" else {"additionalProperties": False})
            else:
                out[key] = inner
        elif key in ("oneOf", "anyOf", "allOf"):
            branches = [branch for branch in _inline(value, stack, closed) if branch is not _TOO_DEEP]
            if not branches:
                return _TOO_DEEP
            # With a discriminator every branch pins a distinct tag, so the branches are mutually
            # exclusive and anyOf means the same as oneOf, but spares hypothesis-jsonschema from
            # checking each generated value against all the other branches.
            out["anyOf" if key == "oneOf" and "discriminator" in node else key] = branches
        else:
            out[key] = value
    if closed and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


# ---------------------------------------------------------------------------------------
# strategies

_OFFSETS = st.sampled_from(["Z", "+00:00", "+02:00", "-05:00", "+05:30"])


@st.composite
def iso_datetimes(draw: st.DrawFn) -> str:
    """RFC 3339 date-times in the shapes servers send, all accepted by `datetime.fromisoformat`."""
    moment = draw(st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2100, 1, 1)))
    timespec = draw(st.sampled_from(["seconds", "milliseconds", "microseconds"]))
    text = moment.isoformat(timespec=timespec) + draw(_OFFSETS)
    dt.datetime.fromisoformat(text)  # the premise of the format: fail loudly if it does not hold
    return text


FORMATS: dict[str, st.SearchStrategy[str]] = {"date-time": iso_datetimes()}


@cache
def valid_instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Instances of component `name` that are valid against the spec, declared properties only."""
    strategy: st.SearchStrategy[dict[str, Any]] = st.deferred(lambda: _strategy(components()[name]))
    return strategy


def _strategy(node: dict[str, Any]) -> st.SearchStrategy[JSON]:
    """Values valid against one spec node; $refs become the (cached) strategy of their component.

    Objects are built here; everything without an object inside goes to hypothesis-jsonschema's
    `from_schema` (patterns, formats, bounds, enums). Its own object strategy is not used:
    version 0.23.1 drives a Hypothesis internal (`many.more()`) that Hypothesis 6.170 removed.
    """
    name = ref_name(node)
    if name is not None:
        return valid_instances(name)
    if not _has_object(node):
        return _leaf(json.dumps(_inline(node, (), True), sort_keys=True))
    for key in ("anyOf", "oneOf"):
        if key in node:
            rest = {k: v for k, v in node.items() if k != key and k not in _ANNOTATIONS and not k.startswith("x-")}
            # The spec's unions carry no constraint next to oneOf/anyOf; the branches' const tags
            # (or, for ErrorResponse.message, their types) keep them mutually exclusive.
            assert not set(rest) - {"type"}, f"unsupported keywords next to {key}: {sorted(rest)}"
            return st.one_of([_strategy({**rest, **branch}) for branch in node[key]])
    if "allOf" in node:
        raise NotImplementedError("allOf: teach _strategy about it before using it in the spec")
    kind = node.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1 nullable: `type: [array, null]`, `type: [object, null]`
        options = [_strategy({**node, "type": other}) for other in kind if other != "null"]
        return st.one_of([*options, st.none()] if "null" in kind else options)
    if node.get("type") == "array":
        return st.lists(_strategy(node["items"]), min_size=node.get("minItems", 0), max_size=node.get("maxItems", 3))
    assert node.get("type") == "object", node
    return _objects(node)


def _objects(node: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = node.get("properties", {})
    if not properties:
        additional = node.get("additionalProperties", True)
        if additional is False:
            return st.just({})
        values = _strategy(additional) if isinstance(additional, dict) else json_values()
        return st.dictionaries(st.text(max_size=10), values, max_size=3)
    # Declared properties only: unknown ones are added deliberately by the mutation tests.
    required = set(node.get("required", ()))
    return st.fixed_dictionaries(
        {prop: _strategy(sub) for prop, sub in properties.items() if prop in required},
        optional={prop: _strategy(sub) for prop, sub in properties.items() if prop not in required},
    )


@cache
def _leaf(schema_json: str) -> st.SearchStrategy[JSON]:
    with warnings.catch_warnings():
        # Replacing the built-in date-time format is the point of FORMATS, not an accident.
        warnings.filterwarnings("ignore", "Overriding standard format", HypothesisWarning)
        strategy: st.SearchStrategy[JSON] = from_schema(json.loads(schema_json), custom_formats=FORMATS)
    return strategy


def _has_object(node: Any, seen: frozenset[str] = frozenset()) -> bool:
    name = ref_name(node)
    if name is not None:
        return name not in seen and _has_object(components()[name], seen | {name})
    if isinstance(node, dict):
        return node.get("type") == "object" or any(_has_object(value, seen) for value in node.values())
    if isinstance(node, list):
        return any(_has_object(item, seen) for item in node)
    return False


def json_values(max_leaves: int = 6) -> st.SearchStrategy[JSON]:
    """Arbitrary small JSON values (what an unknown property of a newer API version might hold)."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=12)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=max_leaves,
    )
