"""Mutations of valid instances, and what each one must do to a lenient and to a strict parse.

The places a document can be mutated ("sites") are found by walking it alongside openapi.yaml
(not alongside the client's own tables), so the expectations come from the spec:

* extra     - an unknown property on an object with declared properties: fine in both modes.
* enum      - an unknown string where an enum is expected: fine leniently (an open-enum value
              with `is_known == False`); strict rejects it unless the enum is open
              (`x-vapi-extensible`, or `anyOf` with a plain string).
* tag       - an unknown discriminator tag: leniently an `Unknown<Family>`; strict rejects it at the
              union's path.
* swap      - a value of a JSON type the schema does not accept: leniently kept and reported as one
              validation issue at its path; strict rejects it at that path. A variant's tag swapped
              to a non-string makes the whole union member unknown: strict rejects it at the union's
              path, a lenient parse keeps it as an `Unknown<Family>` and reports it there.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from tests.property._schemas import components, json_values, resolve

Path = tuple[str | int, ...]

# One value of each JSON type; a swap picks one whose type the schema does not accept.
_SAMPLES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 2.5,
    "string": "swapped",
    "array": ["swapped"],
    "object": {"swapped": True},
}


@dataclass(frozen=True)
class Site:
    path: Path
    kind: str  # "model" | "enum" | "union" | "value"
    accepted: frozenset[str] = frozenset()  # value: JSON types the schema accepts
    known: tuple[str, ...] = ()  # enum: values; union: tags; model: declared properties
    open: bool = False  # enum: strict parsing accepts unknown values
    tag: str = ""  # union: discriminator property
    union_tag: bool = False  # value: this is a variant's tag inside a union


@dataclass(frozen=True)
class Mutation:
    kind: str  # "extra" | "enum" | "tag" | "swap"
    path: Path  # where the value changed (for extra: the object that got the property)
    value: Any
    key: str = ""  # extra: the new property's name
    strict_error: Path | None = None  # where a strict parse must fail; None: it must succeed
    lenient_issue_at: Path | None = None  # a lenient parse reports exactly one issue, there
    unknown_variant_at: Path | None = None  # a lenient parse yields an UnknownVariant there
    unknown_enum: bool = False  # a lenient parse yields an unknown open-enum value at `path`


def render(path: Path) -> str:
    """A path as the client writes it: `assistant.model.tools[2].destinations[0]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}[type(value)]


# ---------------------------------------------------------------------------------------
# sites


def sites(schema: dict[str, Any], document: Any) -> list[Site]:
    found: list[Site] = []
    _walk(schema, document, (), found, None)
    return found


def _accepted(node: Any) -> frozenset[str] | None:
    """JSON types a node accepts; None when it accepts anything."""
    node = resolve(node)
    for key in ("anyOf", "oneOf"):
        if key in node:
            parts = [_accepted(branch) for branch in node[key]]
            if any(part is None for part in parts):
                return None
            return frozenset().union(*[part for part in parts if part is not None])
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        return frozenset(types) | ({"integer"} if "number" in types else frozenset())
    if "const" in node:
        return frozenset({json_type(node["const"])})
    if "enum" in node:
        return frozenset(json_type(value) for value in node["enum"])
    return None


def _walk(node: Any, value: Any, path: Path, found: list[Site], variant_tag: str | None) -> None:
    accepted = _accepted(node)
    if path and accepted is not None:
        found.append(
            Site(path, "value", accepted=accepted, union_tag=variant_tag is not None and path[-1] == variant_tag)
        )
    node = resolve(node)
    for key in ("anyOf", "oneOf"):
        if key in node:
            _walk_union(node, node[key], value, path, found)
            return
    if "enum" in node and isinstance(value, str):
        found.append(Site(path, "enum", known=tuple(node["enum"]), open=bool(node.get("x-vapi-extensible"))))
    if node.get("type") == "object" and isinstance(value, dict):
        properties: dict[str, Any] = node.get("properties", {})
        if properties:
            found.append(Site(path, "model", known=tuple(properties)))
            for prop, item in value.items():
                if prop in properties:
                    _walk(properties[prop], item, (*path, prop), found, None)
        elif isinstance(node.get("additionalProperties"), dict):
            for key_, item in value.items():
                _walk(node["additionalProperties"], item, (*path, key_), found, None)
    elif node.get("type") == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            _walk(node["items"], item, (*path, index), found, None)


def _walk_union(node: dict[str, Any], branches: list[Any], value: Any, path: Path, found: list[Site]) -> None:
    discriminator = node.get("discriminator")
    if discriminator is not None:
        tag = discriminator["propertyName"]
        mapping: dict[str, str] = discriminator["mapping"]
        if not isinstance(value, dict):
            return
        found.append(Site(path, "union", known=tuple(mapping), tag=tag))
        if isinstance(value.get(tag), str) and value[tag] in mapping:
            _walk_variant({"$ref": mapping[value[tag]]}, value, path, found, tag)
        return
    # anyOf [enum, string]: an enum that also accepts any string
    resolved = [resolve(branch) for branch in branches]
    enums = [branch for branch in resolved if "enum" in branch]
    if enums and isinstance(value, str):
        extra_strings = any(_any_string(branch) for branch in resolved if "enum" not in branch)
        values = tuple(v for branch in enums for v in branch["enum"])
        found.append(
            Site(path, "enum", known=values, open=extra_strings or any(b.get("x-vapi-extensible") for b in enums))
        )


def _any_string(node: dict[str, Any]) -> bool:
    constraints = {key for key in node if key not in ("type", "description", "examples", "title")}
    return node.get("type") == "string" and not constraints


def _walk_variant(ref: dict[str, Any], value: dict[str, Any], path: Path, found: list[Site], tag: str) -> None:
    properties: dict[str, Any] = resolve(ref).get("properties", {})
    found.append(Site(path, "model", known=tuple(properties)))
    for prop, item in value.items():
        if prop in properties:
            _walk(properties[prop], item, (*path, prop), found, tag if prop == tag else None)


# ---------------------------------------------------------------------------------------
# applying mutations


def _get(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def _set(document: Any, path: Path, value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value


def _unknown_strings(known: tuple[str, ...]) -> st.SearchStrategy[str]:
    # Mostly plausible "newer API" values, sometimes arbitrary text.
    plausible = st.sampled_from(["scheduled", "gpt-5", "new-provider", "x-unknown", ""]) | st.text(max_size=12)
    return plausible.filter(lambda text: text not in known)


@st.composite
def mutation(draw: st.DrawFn, name: str, document: dict[str, Any], kinds: tuple[str, ...]) -> Mutation | None:
    """Pick one mutation of `document`, an instance of component `name` (changed in place).

    None when the document has no site for these kinds of mutation.
    """
    candidates = [site for site in sites(components()[name], document) if _mutation_kind(site) in kinds]
    candidates = [site for site in candidates if site.kind != "value" or _swap_types(site)]
    if not candidates:
        return None
    site = draw(st.sampled_from(candidates))
    kind = _mutation_kind(site)
    if kind == "extra":
        target = _get(document, site.path)
        key = draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in site.known and k not in target))
        value = draw(json_values())
        target[key] = value
        return Mutation("extra", site.path, value, key=key)
    if kind == "enum":
        value = draw(_unknown_strings(site.known))
        _set(document, site.path, value)
        return Mutation("enum", site.path, value, strict_error=None if site.open else site.path, unknown_enum=True)
    if kind == "tag":
        value = draw(_unknown_strings(site.known))
        _get(document, site.path)[site.tag] = value
        return Mutation("tag", site.path, value, strict_error=site.path, unknown_variant_at=site.path)
    value = copy.deepcopy(_SAMPLES[draw(st.sampled_from(_swap_types(site)))])
    _set(document, site.path, value)
    if site.union_tag:
        union_path = site.path[:-1]
        return Mutation(
            "swap",
            site.path,
            value,
            strict_error=union_path,
            lenient_issue_at=union_path,
            unknown_variant_at=union_path,
        )
    return Mutation("swap", site.path, value, strict_error=site.path, lenient_issue_at=site.path)


def _mutation_kind(site: Site) -> str:
    return {"model": "extra", "enum": "enum", "union": "tag", "value": "swap"}[site.kind]


def _swap_types(site: Site) -> list[str]:
    return sorted(set(_SAMPLES) - site.accepted)
