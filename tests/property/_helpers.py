"""Small helpers shared by the property tests: model lookup, JSON checks, navigation by path."""

from __future__ import annotations

from functools import cache
from typing import Any

import vapi_client.models
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from vapi_client import Model, UnknownVariant

from tests.property._mutations import Path
from tests.property._schemas import spec

_SPEC_URI = "urn:openapi"


def model_class(name: str) -> type[Model]:
    cls: type[Model] = getattr(vapi_client.models, name)
    return cls


@cache
def spec_validator(name: str) -> Draft202012Validator:
    """A JSON Schema validator for component `name`, resolving $refs inside openapi.yaml.

    Untagged `oneOf`s are read as `anyOf`: upstream (2026-08) has some whose options overlap
    (Call.messages: a BotMessage is also a valid UserMessage), so no instance satisfies "exactly
    one"; the engine takes the first option that fits, and the generator draws from one option.
    """
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(_any_of(spec())))
    return Draft202012Validator({"$ref": f"{_SPEC_URI}#/components/schemas/{name}"}, registry=registry)


def _any_of(node: Any) -> Any:
    if isinstance(node, list):
        return [_any_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _any_of(value) for key, value in node.items()}
    if "oneOf" in out and "discriminator" not in out:
        out["anyOf"] = out.pop("oneOf")
    return out


def is_plain_json(value: Any) -> bool:
    """Only the built-in JSON types, no subclasses (enums, datetimes) leaking out of to_dict()."""
    if type(value) is dict:
        return all(type(key) is str and is_plain_json(item) for key, item in value.items())
    if type(value) is list:
        return all(is_plain_json(item) for item in value)
    return value is None or type(value) in (str, int, float, bool)


def value_at(obj: Any, path: Path) -> Any:
    """The parsed Python value at a JSON path of a model (declared property, extra, item or raw)."""
    for part in path:
        if isinstance(obj, Model):
            # _json_fields maps JSON names to attribute names; undeclared names live in the extras.
            names = dict(type(obj)._json_fields)
            key = str(part)
            obj = getattr(obj, names[key]) if key in names else obj.additional_properties[key]
        elif isinstance(obj, UnknownVariant):
            obj = obj.raw[str(part)]
        else:
            obj = obj[part]
    return obj
