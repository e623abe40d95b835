"""The named rules that turn Vapi's published OpenAPI 3.0 document into our conventions.

Each rule fixes one *pattern* of the upstream document, wherever it occurs, so a spec update is
absorbed without a hand edit. Rules read their parameters from `spec/rules.yaml` and append what they
did to a log of `(rule, location)` pairs; the fidelity test uses it to explain every difference
between upstream and `openapi.yaml`. Targeted, one-off fixes are not rules: they live in
`spec/overlay.yaml`.

The conventions the generator and the runtime rely on (see README, "Updating the spec"):
  * OpenAPI 3.1: `type: [x, "null"]` instead of `nullable`, `examples` lists instead of `example`;
  * a described reference is `$ref` with siblings, never a one-element `allOf`;
  * every multi-value enum is a named component; a one-value enum is a `const` (union tags);
  * an open enum is `anyOf: [{$ref: TheEnum}, {type: string}]`;
  * a `oneOf` whose `$ref` alternatives each carry a distinct constant tag is a named component with a
    `discriminator` and a complete `mapping`;
  * every credential is `format: password`; every `pattern` compiles in Python.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from . import names as spec_names

JSONObject = dict[str, Any]
Log = list[tuple[str, str]]
Rule = Callable[[JSONObject, JSONObject, Log], None]

# Keywords whose values are a subschema, a list of subschemas, or a name -> subschema map.
_ONE = ("items", "additionalProperties", "not")
_LIST = ("allOf", "anyOf", "oneOf")
_MAP = ("properties",)
HOISTED = "x-vapi-hoisted-from"  # on components a rule created: where the schema was inline upstream
REF_PREFIX = "#/components/schemas/"
WIDENED = "x-vapi-widened-by"  # on a schema a contradiction rule widened or corrected: {rule, was}


# ---------------------------------------------------------------------------------------------------
# walking


def walk(node: Any, where: str) -> Iterator[tuple[JSONObject, str]]:
    """Every schema object under `node` (itself included), depth first, with a readable location:
    `Call.endedReason`, `Call.messages[]`, `Call.voice|2` (the third alternative of a union)."""
    if not isinstance(node, dict):
        return
    yield node, where
    for key in _ONE:
        sub = node.get(key)
        if isinstance(sub, dict):
            yield from walk(sub, where + ("[]" if key == "items" else "{}" if key == "additionalProperties" else "!"))
    for key in _LIST:
        for index, sub in enumerate(node.get(key) or ()):
            yield from walk(sub, f"{where}|{index}")
    for key in _MAP:
        for name, sub in (node.get(key) or {}).items():
            yield from walk(sub, f"{where}.{name}")


def all_schemas(doc: JSONObject) -> Iterator[tuple[JSONObject, str]]:
    """Every schema object of the document: components first, then operations and their parameters."""
    for name in sorted(doc.get("components", {}).get("schemas", {})):
        yield from walk(doc["components"]["schemas"][name], name)
    for path, item in sorted(doc.get("paths", {}).items()):
        for method, operation in sorted(item.items()):
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", ()):
                if "schema" in parameter:
                    yield from walk(parameter["schema"], f"{label} ?{parameter.get('name')}")
            for media in operation.get("requestBody", {}).get("content", {}).values():
                if "schema" in media:
                    yield from walk(media["schema"], f"{label} body")
            for status, response in sorted(operation.get("responses", {}).items()):
                for media in response.get("content", {}).values():
                    if "schema" in media:
                        yield from walk(media["schema"], f"{label} {status}")


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(REF_PREFIX):
        return node["$ref"][len(REF_PREFIX) :]
    return None


def pascal(text: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


place = spec_names.place  # `Call.messages[]|2` -> `Call.messages`: where a schema sits, as names record it


def unique_name(base: str, taken: set[str]) -> str:
    name, counter = base, 2
    while name in taken:
        name, counter = f"{base}{counter}", counter + 1
    taken.add(name)
    return name


# ---------------------------------------------------------------------------------------------------
# rules, in the order they run


def openapi_3_1(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """OpenAPI 3.0 -> 3.1: `nullable: true` becomes a type list with "null"; `example` becomes `examples`."""
    doc["openapi"] = "3.1.0"
    for node, where in list(all_schemas(doc)):
        if node.pop("nullable", False):
            kind = node.get("type")
            if isinstance(kind, str):
                node["type"] = [kind, "null"]
            elif "$ref" in node or "allOf" in node or "oneOf" in node or "anyOf" in node:
                node["x-vapi-nullable"] = True  # resolved by `allof_single_ref` / left as documentation
            log.append(("openapi_3_1", where))
        if "example" in node:
            node["examples"] = [node.pop("example")]
            log.append(("openapi_3_1", where))
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            if node.get(key) is True:
                node[key] = node.pop(key.replace("exclusiveM", "m"))
                log.append(("openapi_3_1", where))
            elif node.get(key) is False:
                del node[key]


def duplicate_parameters(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A parameter an operation declares twice (same `name` and `in`, which OpenAPI forbids) is kept
    once, as first declared: upstream flattens nested filters into query parameters, so `GET /session`
    lists `name` for the session and again for its customer, and a server sees one `?name=` anyway."""
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "parameters" not in operation:
                continue
            seen: set[tuple[Any, Any]] = set()
            kept = []
            for parameter in operation["parameters"]:
                key = (parameter.get("name"), parameter.get("in"))
                if key in seen and "$ref" not in parameter:
                    log.append(("duplicate_parameters", f"{method.upper()} {path} ?{key[0]}"))
                    continue
                seen.add(key)
                kept.append(parameter)
            operation["parameters"] = kept


def allof_single_ref(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """`allOf: [{$ref: X}]` (upstream's way to describe or null a reference) becomes `$ref: X` with siblings."""
    for node, where in list(all_schemas(doc)):
        parts = node.get("allOf")
        if isinstance(parts, list) and len(parts) == 1 and ref_name(parts[0]) and set(parts[0]) == {"$ref"}:
            node["$ref"] = node.pop("allOf")[0]["$ref"]
            if node.pop("x-vapi-nullable", False):
                # A nullable reference: the only 3.1 spelling that keeps the $ref is a oneOf with null.
                ref = node.pop("$ref")
                node["oneOf"] = [{"$ref": ref}, {"type": "null"}]
            log.append(("allof_single_ref", where))


def refined_refs(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """An inline `allOf` of one `$ref` and parts that only type extra properties (`additionalProperties`) is
    that reference: the client keeps extra properties anyway, and the generator would otherwise make a class
    no one can name (`StructuredOutputControllerRunResponse200Type0`)."""
    schemas = doc["components"]["schemas"]
    for node, where in list(all_schemas(doc)):
        parts = node.get("allOf")
        if where in schemas or not isinstance(parts, list):
            continue
        refs = [part for part in parts if ref_name(part) and set(part) == {"$ref"}]
        others = [part for part in parts if part not in refs]
        if len(refs) == 1 and others and all(set(part) <= {"additionalProperties", "description"} for part in others):
            del node["allOf"]
            node["$ref"] = refs[0]["$ref"]
            log.append(("refined_refs", where))


def dangling_refs(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A union alternative referring to a schema the document does not have (upstream lists variants it
    has not published yet: `BashToolWithToolCall` in 2024-12) is dropped, with its discriminator mapping
    entry; a union left with one alternative becomes a reference to it. Such a value still parses: as an
    unknown variant, kept exactly."""
    schemas = doc["components"]["schemas"]

    def missing(node: Any) -> bool:
        name = ref_name(node)
        return name is not None and name not in schemas

    for node, where in list(all_schemas(doc)):
        mapping = (node.get("discriminator") or {}).get("mapping")
        if isinstance(mapping, dict) and any(missing({"$ref": target}) for target in mapping.values()):
            node["discriminator"]["mapping"] = {k: v for k, v in mapping.items() if not missing({"$ref": v})}
            log.append(("dangling_refs", where))
        for key in ("oneOf", "anyOf"):
            alternatives = node.get(key)
            if not isinstance(alternatives, list) or not any(missing(alt) for alt in alternatives):
                continue
            kept = [alt for alt in alternatives if not missing(alt)]
            if len(kept) == 1 and ref_name(kept[0]) and set(kept[0]) == {"$ref"}:
                del node[key]
                node.pop("discriminator", None)
                node["$ref"] = kept[0]["$ref"]
            else:
                node[key] = kept
            log.append(("dangling_refs", where))


def strip_titles(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Titles on inline schemas name generated classes (`DeepgramVoiceThisIsTheDeepgramVoiceID`): drop them."""
    for node, where in list(all_schemas(doc)):
        if "title" in node:
            del node["title"]
            log.append(("strip_titles", where))


def array_fixes(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """An `enum` on an array schema belongs to its items; an array without `items` holds anything."""
    for node, where in list(all_schemas(doc)):
        if node.get("type") != "array" and node.get("type") != ["array", "null"]:
            continue
        if "items" not in node:
            node["items"] = {}
            log.append(("array_fixes", where))
        if "enum" in node:
            items = node["items"]
            values = node.pop("enum")
            if isinstance(items, dict) and "$ref" not in items and "enum" not in items:
                items["enum"] = values
                items.setdefault("type", "string")
            log.append(("array_fixes", where))


def enum_cleanup(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Values listed twice are listed once; `enum: []` (nothing allowed) means "not constrained";
    a list `default` on a scalar enum is dropped; `type: enum` (not a JSON type) is `type: string`
    when every value is a string."""
    for node, where in list(all_schemas(doc)):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        if node.get("type") == "enum" and all(isinstance(value, str) for value in values):
            node["type"] = "string"
            log.append(("enum_cleanup", where))
        unique = list(dict.fromkeys(values))
        if len(unique) != len(values):
            node["enum"] = unique
            log.append(("enum_cleanup", where))
        if not unique:
            del node["enum"]
            log.append(("enum_cleanup", where))
        if isinstance(node.get("default"), list):
            del node["default"]
            log.append(("enum_cleanup", where))
        if unique and all(isinstance(value, str) for value in unique) and node.get("type") not in ("string", None):
            node["type"] = "string"  # upstream declares some string enums `type: object`
            log.append(("enum_cleanup", where))


def ecma_patterns(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Patterns written as ECMAScript literals (`/^...$/u`) lose their slashes; a pattern Python's `re`
    cannot compile (`\\p{L}`) moves to `x-vapi-ecma-pattern`, documented but not enforced."""
    for node, where in list(all_schemas(doc)):
        pattern = node.get("pattern")
        if not isinstance(pattern, str):
            continue
        literal = re.fullmatch(r"/(.*)/([a-z]*)", pattern, re.S)
        if literal:
            pattern = node["pattern"] = literal.group(1)
            log.append(("ecma_patterns", where))
        try:
            re.compile(pattern)
        except re.error:
            node["x-vapi-ecma-pattern"] = node.pop("pattern")
            log.append(("ecma_patterns", where))


def duplicate_alternatives(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A `oneOf` listing the same alternative twice (`voiceId: oneOf [string, string]`) matches nothing
    under JSON Schema's "exactly one": each alternative is listed once, and a single one left replaces
    the `oneOf`."""
    for node, where in list(all_schemas(doc)):
        alternatives = node.get("oneOf")
        if not isinstance(alternatives, list) or "discriminator" in node:
            continue
        unique: list[Any] = []
        for alternative in alternatives:
            if alternative not in unique:
                unique.append(alternative)
        if len(unique) == len(alternatives):
            continue
        if len(unique) == 1 and isinstance(unique[0], dict) and not set(unique[0]) & set(node) - {"description"}:
            del node["oneOf"]
            node.update({key: value for key, value in unique[0].items() if key != "description"})
        else:
            node["oneOf"] = unique
        log.append(("duplicate_alternatives", where))


def single_value_enums(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A one-value enum is a constant: a union tag (`provider: deepgram`) or a fixed value."""
    for node, where in list(all_schemas(doc)):
        values = node.get("enum")
        if isinstance(values, list) and len(values) == 1:
            node["const"] = node.pop("enum")[0]
            log.append(("single_value_enums", where))


def _constant_tags(doc: JSONObject, target: str, tag_names: list[str]) -> dict[str, tuple[str, ...]]:
    """The values each of `tag_names` may take in component `target`: one for a `const`, several for an
    enum (`transcript`, `transcript[transcriptType="final"]`). Upstream does not always list the tag as
    required (`ServerMessageToolCalls.type`); a discriminator makes it required."""
    schema = doc["components"]["schemas"].get(target, {})
    found: dict[str, tuple[str, ...]] = {}
    for name in tag_names:
        prop = schema.get("properties", {}).get(name)
        if not isinstance(prop, dict):
            continue
        if "$ref" in prop:
            prop = doc["components"]["schemas"].get(ref_name(prop) or "", {})
        if isinstance(prop.get("const"), str):
            found[name] = (prop["const"],)
        elif isinstance(prop.get("enum"), list) and prop["enum"] and all(isinstance(v, str) for v in prop["enum"]):
            found[name] = tuple(prop["enum"])
    return found


def _tag_for(doc: JSONObject, refs: list[str], tag_names: list[str], declared: str | None = None) -> str | None:
    """The first tag property every alternative carries, with values no two alternatives share."""
    if declared:
        tag_names = [declared]
    tags = [_constant_tags(doc, ref, tag_names) for ref in refs]
    for name in tag_names:
        values = [found.get(name) for found in tags]
        flat = [value for group in values if group for value in group]
        # One alternative with an enum tag is no union (JsonSchema's `type`): a lone variant needs a const.
        lone_enum = len(refs) == 1 and len(flat) > 1
        if all(values) and len(set(flat)) == len(flat) and not lone_enum:
            return name
    return None


def discriminated_unions(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Give every `oneOf` whose `$ref` alternatives carry distinct constant tags a discriminator and a
    complete mapping, as a named component (identical unions share one). Alternatives that are not
    references (`"off"`, a plain string) stay beside the union: `oneOf: [{$ref: Union}, {const: off}]`."""
    schemas = doc["components"]["schemas"]
    tag_names: list[str] = config["union_tags"]
    pinned: dict[str, str] = config.get("union_names", {})
    # 1. Components that are unions themselves get their discriminator in place.
    for name in sorted(schemas):
        schema = schemas[name]
        refs = [ref_name(alt) for alt in schema.get("oneOf", ())]
        if len(refs) >= 1 and all(refs) and set(schema) - {"oneOf", "discriminator", "description"} == set():
            tag = _tag_for(doc, refs, tag_names)  # type: ignore[arg-type]
            if tag:
                _set_discriminator(doc, schema, refs, tag, log)  # type: ignore[arg-type]
                log.append(("discriminated_unions", name))
    # 2. Inline unions, grouped by their set of alternatives.
    groups: dict[tuple[str, ...], list[tuple[JSONObject, str, list[str], str]]] = defaultdict(list)
    for node, where in list(all_schemas(doc)):
        if "." not in where and "|" not in where and where in schemas:
            continue  # a component itself: done above
        alternatives = node.get("oneOf")
        if not isinstance(alternatives, list):
            continue
        refs = [ref_name(alt) for alt in alternatives if ref_name(alt)]
        if not refs:
            continue
        declared = (node.get("discriminator") or {}).get("propertyName")
        tag = _tag_for(doc, refs, tag_names, declared)  # type: ignore[arg-type]
        if tag:
            groups[tuple(sorted(refs))].append((node, where, refs, tag))  # type: ignore[arg-type]
    lock = config.get("names") or {}
    taken = set(schemas) | spec_names.reserved(lock)
    namer = PlaceNamer(_available(spec_names.locked_places(lock, "unions"), schemas), pinned, taken, "Union")
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    chosen = namer.assign([[place(where) for _, where, _, _ in sites] for _, sites in ordered])
    for (_, sites), name in zip(ordered, chosen, strict=True):
        node0, where0, refs0, tag0 = sites[0]
        union: JSONObject = {"oneOf": [{"$ref": REF_PREFIX + ref} for ref in refs0]}
        _set_discriminator(doc, union, refs0, tag0, log)
        union[HOISTED] = sorted(where for _, where, _, _ in sites)
        schemas[name] = union
        for node, where, _refs, _tag in sites:
            others = [alt for alt in node["oneOf"] if not ref_name(alt)]
            node.pop("discriminator", None)
            if others:
                node["oneOf"] = [{"$ref": REF_PREFIX + name}, *others]
            else:
                del node["oneOf"]
                node["$ref"] = REF_PREFIX + name
            log.append(("discriminated_unions", where))


class PlaceNamer:
    """Names unions or enums a rule hoists, by the places (`Schema.property`) that use them.

    A group of places keeps the locked name whose place is among them (`spec/names.lock.json`: a name never
    changes meaning); a new group takes the name pinned for one of its places (`spec/rules.yaml`), else one
    made from its first place: `Chat.costs[]` -> `ChatCost`, `PATCH /phone-number/{id} body` ->
    `UpdatePhoneNumber`, `GET /tool/{id} 200` -> `Tool` (`ToolUnion` when `Tool` is taken). Names held by the lock, active or retired, are never
    given to a new group."""

    def __init__(self, locked: dict[str, str], pinned: dict[str, str], taken: set[str], noun: str) -> None:
        self.locked, self.pinned, self.taken = locked, pinned, taken
        self.noun = noun  # `Union` or `Enum`: added when the name made from the place is taken

    def assign(self, groups: list[list[str]]) -> list[str]:
        names: list[str | None] = [None] * len(groups)
        used: set[str] = set()
        # Locked names first, whatever the order of the groups: each keeps the group holding its place.
        for index, places in enumerate(groups):
            here = set(places)
            candidates = sorted((min(places) != origin, name) for name, origin in self.locked.items() if origin in here)
            for _, name in candidates:
                if name not in used:
                    names[index] = name
                    used.add(name)
                    break
        for index, places in enumerate(groups):
            if names[index] is None:
                ordered = sorted(set(places), key=lambda p: (" " in p, p))  # schema places before operations
                pin = next((self.pinned[p] for p in ordered if p in self.pinned), None)
                # A shared enum is named from its role; a union keeps its first place (pins name the shared ones).
                role = role_name(ordered) if self.noun == "Enum" else None
                base = pin if pin and pin not in self.taken else (role or derived_name(ordered[0]))
                if base in self.taken:  # an upstream schema or a locked name: `ToolCallResultMessageUnion`
                    base += self.noun
                names[index] = unique_name(base, self.taken)
        return [name for name in names if name is not None]


def _available(locked: dict[str, str], schemas: JSONObject) -> dict[str, str]:
    """Locked names upstream has not taken for a schema of its own: that is a conflict update-spec reports
    (`spec_names.NameConflict`), never a schema silently replaced."""
    return {name: origin for name, origin in locked.items() if name not in schemas}


_BODY_VERBS = {"POST": "Create", "PUT": "Update", "PATCH": "Update"}


def derived_name(where: str) -> str:
    """A readable name for what sits at one place: `Owner.items` -> `OwnerItem` (the last property
    singular); in an operation, from its resource (the last path segment not a parameter): a body is `Create<Resource>`
    or `Update<Resource>`, a response `<Resource>`, a parameter `<Resource><Parameter>`."""
    where = place(where)
    if " " not in where:
        owner, _, prop = where.rpartition(".")
        return pascal(owner.replace(".", " ")) + pascal(_singular(prop)) if owner else pascal(where)
    verb, path, *rest = where.split(" ")
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    resource = pascal(_singular(segments[-1] if segments else "root"))  # /reporting/insight/{id}: Insight
    what = rest[0] if rest else ""
    if what == "body":
        return _BODY_VERBS.get(verb, pascal(verb.lower())) + resource
    if what.startswith("?"):
        return resource + pascal(what[1:])
    return resource


def role_name(places: list[str]) -> str | None:
    """A neutral name for a class several schemas share, from its role: the property they all hold it in,
    after the words their names end with in common (`CartesiaTranscriber.language` and
    `DeepgramTranscriber.language` -> `TranscriberLanguage`). None for one owner, operations or mixed properties:
    a name after one of several owners would mislead users of the others."""
    if any(" " in where for where in places):
        return None
    owners = {where.rpartition(".")[0] for where in places}
    props = {where.rpartition(".")[2] for where in places}
    if len(owners) < 2 or len(props) != 1 or "" in owners:
        return None
    words = [re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", owner.split(".")[-1]) for owner in owners]
    common: list[str] = []
    while all(len(w) > len(common) for w in words) and len({w[-1 - len(common)] for w in words}) == 1:
        common.insert(0, words[0][-1 - len(common)])
    return "".join(common) + pascal(_singular(props.pop()))


def _set_discriminator(doc: JSONObject, union: JSONObject, refs: list[str], tag: str, log: Log) -> None:
    union["discriminator"] = {
        "propertyName": tag,
        "mapping": {value: REF_PREFIX + ref for ref in refs for value in _constant_tags(doc, ref, [tag])[tag]},
    }
    for ref in refs:  # a discriminator's tag is required in every variant
        variant = doc["components"]["schemas"][ref]
        tag_schema = variant.get("properties", {}).get(tag)
        if isinstance(tag_schema, dict) and isinstance(tag_schema.get("enum"), list):
            # A variant answering to several tags: its enum is the union's to grow, not the variant's
            # (`named_enums` does not mark it extensible, so strict parsing rejects another tag).
            tag_schema["x-vapi-union-tag"] = True
        if tag not in variant.setdefault("required", []):
            variant["required"].append(tag)
            log.append(("discriminated_unions", f"{ref}.{tag}"))


def _prop_of(where: str) -> str:
    return place(where).split(".")[-1]


# Words ending in "s" that are singular already (`status`, `alias`): the suffix rules below cover most
# (-ss, -us, -is); these are the rest.
_SINGULAR_IN_S = ("alias", "canvas", "atlas", "bias", "gas", "series", "species", "news", "lens")


def _singular(word: str) -> str:
    """The singular of a property's last word, for a name made from it (`costs` -> `cost`, `statuses` ->
    `status`); a singular word stays as it is (`status`, not `statu`; `analysis`, `address`, `alias`, `bus`)."""
    lower = word.lower()
    if lower.endswith(("ss", "us", "is", *_SINGULAR_IN_S)):
        return word
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith("yses"):  # analyses -> analysis
        return word[:-2] + "is"
    if lower.endswith("es"):
        stem = word[:-2]
        if stem.lower().endswith(("ss", "us", "sh", "ch", "x", "z", *_SINGULAR_IN_S)):
            return stem  # statuses, addresses, aliases, boxes, matches
    if lower.endswith("s"):
        return word[:-1]
    return word


def named_enums(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Every inline multi-value enum becomes a named component (`Call.endedReason` -> `CallEndedReason`);
    the open-enum pattern `oneOf: [{enum: [...]}, {type: string}]` becomes `anyOf: [{$ref}, {type: string}]`
    (values listed in an `enum` beside that `oneOf` join the named enum). Places listing the same set of
    values share one component, named by its place (`PlaceNamer`: the lock first).
    Enums that grow (by property name, `spec/rules.yaml`) are marked `x-vapi-extensible`."""
    schemas = doc["components"]["schemas"]
    extensible = re.compile(config["extensible_enums"])
    for name in sorted(schemas):
        schema = schemas[name]
        if isinstance(schema.get("enum"), list) and extensible.search(name):
            schema["x-vapi-extensible"] = True
    sites: list[_EnumSite] = []
    for node, where in list(all_schemas(doc)):
        if where in schemas:
            continue
        options = node.get("oneOf")
        if isinstance(options, list) and len(options) == 2:
            enums = [o for o in options if isinstance(o.get("enum"), list)]
            strings = [o for o in options if o.get("type") == "string" and "enum" not in o and "$ref" not in o]
            if len(enums) == 1 and len(strings) == 1 and not set(strings[0]) - {"type", "description"}:
                if isinstance(node.get("enum"), list):  # a second list beside the oneOf (2024-12): one enum
                    enums[0]["enum"] = list(dict.fromkeys([*enums[0]["enum"], *node.pop("enum")]))
                holder: JSONObject = {}
                sites.append(_EnumSite.of(enums[0], where, holder))
                node.pop("oneOf")
                node["anyOf"] = [holder, {"type": "string"}]
                log.append(("named_enums", where))
                continue
        if isinstance(node.get("enum"), list) and (node.get("oneOf") or node.get("anyOf")):
            # An enum beside alternatives that list the values themselves (`VapiVoice.version`: strings
            # "1", "2", "latest" or numbers 1, 2): the alternatives say it all, with each value's type.
            del node["enum"]
            log.append(("named_enums", where))
            continue
        values = node.get("enum")
        # Only string enums become OpenEnum classes; a number enum stays inline (a plain number).
        if isinstance(values, list) and len(values) > 1 and all(isinstance(v, str) for v in values):
            site = _EnumSite.of(node, where, {})
            kept = {k: node.pop(k) for k in ("description", "default", "examples", WIDENED) if k in node}
            nullable = isinstance(node.get("type"), list) and "null" in node["type"]
            node.clear()
            if nullable:
                node["oneOf"] = [site.holder, {"type": "null"}]
            else:
                site.holder = node
            node.update(kept)
            sites.append(site)
            log.append(("named_enums", where))
    _name_enums(schemas, sites, config, extensible)


class _EnumSite:
    """One inline enum found at `where`; `holder` receives the `$ref` to the component that names it."""

    def __init__(self, values: list[str], kind: str, union_tag: bool, where: str, holder: JSONObject) -> None:
        self.values, self.kind, self.union_tag, self.where, self.holder = values, kind, union_tag, where, holder

    @classmethod
    def of(cls, node: JSONObject, where: str, holder: JSONObject) -> _EnumSite:
        kind = node.get("type", "string")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        return cls(list(node["enum"]), kind, bool(node.pop("x-vapi-union-tag", False)), where, holder)

    def key(self) -> tuple[Any, ...]:
        return (frozenset(self.values), self.kind, self.union_tag)


def _name_enums(schemas: JSONObject, sites: list[_EnumSite], config: JSONObject, extensible: re.Pattern[str]) -> None:
    groups: dict[tuple[Any, ...], list[_EnumSite]] = defaultdict(list)
    for site in sites:
        groups[site.key()].append(site)
    ordered = sorted(groups.values(), key=lambda group: sorted(place(site.where) for site in group))
    lock = config.get("names") or {}
    namer = PlaceNamer(
        _available(spec_names.locked_places(lock, "enums"), schemas),
        config.get("enum_names", {}),
        set(schemas) | spec_names.reserved(lock),
        "Enum",
    )
    chosen = namer.assign([[place(site.where) for site in group] for group in ordered])
    for group, name in zip(ordered, chosen, strict=True):
        group.sort(key=lambda site: site.where)
        first = group[0]
        component: JSONObject = {"type": first.kind, "enum": first.values}
        wheres = [site.where for site in group]
        component[HOISTED] = wheres[0] if len(wheres) == 1 else wheres
        if first.union_tag:
            component["x-vapi-union-tag"] = True
        elif extensible.search(name) or any(extensible.search(_prop_of(where)) for where in wheres):
            component["x-vapi-extensible"] = True
        schemas[name] = component
        for site in group:
            rest = dict(site.holder)
            site.holder.clear()
            site.holder.update({"$ref": REF_PREFIX + name, **rest})


FREE_FORM = "JsonObject"


def free_form_objects(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """An inline free-form object (`metadata: {type: object}`) refers to one shared `JsonObject`
    component: the generator would otherwise make a placeholder class per occurrence, and twice for
    one inside a union variant (a duplicate-name failure)."""
    schemas = doc["components"]["schemas"]
    used = False
    for node, where in list(all_schemas(doc)):
        if where in schemas:
            continue
        kind = node.get("type")
        nullable = isinstance(kind, list) and sorted(kind) == ["null", "object"]
        if (
            (kind == "object" or nullable)
            and not node.get("properties")
            and not isinstance(node.get("additionalProperties"), dict)
        ):
            kept = {k: v for k, v in node.items() if k in ("description", "examples", "default", WIDENED)}
            node.clear()
            if nullable:
                node["oneOf"] = [{"$ref": REF_PREFIX + FREE_FORM}, {"type": "null"}]
            else:
                node["$ref"] = REF_PREFIX + FREE_FORM
            node.update(kept)
            used = True
            log.append(("free_form_objects", where))
    if used and FREE_FORM not in schemas:
        schemas[FREE_FORM] = {
            "type": "object",
            "description": "Any JSON object: free-form data the API stores and returns as given.",
            HOISTED: "free-form objects",
        }


def sensitive_properties(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Every string property named like a credential (`spec/rules.yaml`: `sensitive`) is `format: password`,
    so the client redacts it wherever it appears; the name pattern itself goes to `info.x-vapi-sensitive-names`."""
    pattern = re.compile(config["sensitive"]["names"])
    excluded = set(config["sensitive"].get("except", ()))
    # Recorded in the spec too: clients redact unknown properties with such names (a field a newer or
    # older API version has, or one a caller adds) as well as the ones marked here.
    doc["info"]["x-vapi-sensitive-names"] = {"pattern": pattern.pattern, "except": sorted(excluded)}
    for node, where in list(all_schemas(doc)):
        for prop, sub in (node.get("properties") or {}).items():
            kind = sub.get("type")
            is_string = kind == "string" or (isinstance(kind, list) and "string" in kind)
            if is_string and pattern.search(prop) and prop not in excluded and sub.get("format") != "password":
                sub["format"] = "password"
                log.append(("sensitive_properties", f"{where}.{prop}"))


def operation_names(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """operationIds from the naming table (`spec/selection.yaml`), so the generated modules keep the
    names users know (`listCalls`, `getCall`) instead of `CallController_findAll`."""
    table: dict[str, dict[str, str]] = config.get("operations", {})
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            entry = table.get(f"{method.upper()} {path}")
            if entry and operation.get("operationId") != entry["operationId"]:
                operation["operationId"] = entry["operationId"]
                log.append(("operation_names", f"{method.upper()} {path}"))


def invalid_examples(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """Schema examples and defaults that fail their own schema (a JSON array written as a string, a
    null for a number) move to `x-vapi-invalid-examples` / `x-vapi-invalid-default`: mocks and docs
    must not serve them, and the record of what upstream wrote is kept."""
    from . import lint as spec_lint  # jsonschema is only needed by this rule

    problems = [pointer for pointer, _ in [*spec_lint.check_examples(doc), *spec_lint.check_defaults(doc)]]
    for pointer in sorted(problems, key=_pointer_sort_key, reverse=True):
        *parent_tokens, last = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        node: Any = doc
        for token in parent_tokens:
            node = node[int(token)] if isinstance(node, list) else node[token]
        if isinstance(node, list):  # .../examples/<index>
            owner = spec_lint.lookup(doc, "#/" + "/".join(pointer.split("/")[1:-2]))
            owner.setdefault("x-vapi-invalid-examples", []).insert(0, node.pop(int(last)))
            if not node:
                del owner["examples"]
        elif last == "default":
            node["x-vapi-invalid-default"] = node.pop("default")
        else:
            continue  # media-type examples are ours (overlay): the lint reports them
        log.append(("invalid_examples", pointer))


# ---------------------------------------------------------------------------------------------------
# contradictions: where the spec says two things about a value, the type admits both (issue 26)

_KEEP = ("description", "examples", "default", "deprecated", "readOnly", "writeOnly", WIDENED)


def json_type(value: Any) -> str:
    """The JSON Schema type of a JSON value (`integer` for whole numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}.get(type(value), "object")


def _kinds(node: JSONObject) -> list[str] | None:
    """The node's declared types as a list; None when it declares none (a `$ref`, a union)."""
    kind = node.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list) and all(isinstance(k, str) for k in kind):
        return list(kind)
    return None


def _fits(value: Any, node: JSONObject) -> bool:
    """`value` has one of the node's types and, if it lists values, is one of them (nothing deeper)."""
    kinds = _kinds(node) or []
    found = json_type(value)
    typed = found in kinds or (found == "integer" and "number" in kinds)
    return typed and (not isinstance(node.get("enum"), list) or value in node["enum"])


def _placeholder(node: Any) -> bool:
    """`{type: object}` and nothing more: upstream's way of not saying what a value is."""
    return (
        isinstance(node, dict)
        and _kinds(node) in (["object"], ["object", "null"])
        and not node.get("properties")
        and not isinstance(node.get("additionalProperties"), dict)
        and not any(key in node for key in ("$ref", "oneOf", "anyOf", "allOf", "enum", "const"))
    )


def type_text(node: Any) -> str:
    """A short text of what a schema admits, for the marker and the change report: `string (20 values)`,
    `number or null`, `array of object`, `Union`."""
    if not isinstance(node, dict):
        return "anything"
    if ref_name(node):
        return str(ref_name(node))
    for key in ("oneOf", "anyOf"):
        if isinstance(node.get(key), list):
            return " or ".join(type_text(alt) for alt in node[key])
    kinds = _kinds(node)
    if kinds is None:
        return "anything"
    texts = []
    for kind in kinds:
        text = f"array of {type_text(node.get('items'))}" if kind == "array" else kind
        if kind != "null" and isinstance(node.get("enum"), list):
            text += f" ({len(node['enum'])} values)"
        texts.append(text)
    return " or ".join(texts)


def _mark(node: JSONObject, rule: str, was: str) -> None:
    mark = node.setdefault(WIDENED, {"rule": rule, "was": was})  # the first rule keeps upstream's type
    if rule not in mark["rule"].split(", "):
        mark["rule"] += f", {rule}"


def _nullable(node: JSONObject, rule: str, where: str, log: Log) -> bool:
    """Let `node` also be null: a type list gains "null", a reference or union gains a null alternative."""
    was, kinds = type_text(node), _kinds(node)
    if kinds is not None:
        if "null" in kinds:
            return False
        node["type"] = [*kinds, "null"]
    elif "$ref" in node:
        node["oneOf"] = [{"$ref": node.pop("$ref")}, {"type": "null"}]
    elif isinstance(node.get("oneOf") or node.get("anyOf"), list):
        alternatives = node.get("oneOf") or node["anyOf"]
        if any(isinstance(alt, dict) and alt.get("type") == "null" for alt in alternatives):
            return False
        alternatives.append({"type": "null"})
    else:
        return False
    _mark(node, rule, was)
    log.append((rule, where))
    return True


def _or_array(node: JSONObject, rule: str, where: str, log: Log, shown: list[Any] | None) -> None:
    """A scalar becomes "that scalar or an array": of the same scalar when the items `shown` (an example)
    fit it, else of the JSON type the items have."""
    was = type_text(node)
    scalar = {key: node.pop(key) for key in list(node) if key not in _KEEP and not key.startswith("x-")}
    items: JSONObject = {key: value for key, value in copy.deepcopy(scalar).items() if key != "type"}
    items["type"] = [kind for kind in _kinds(scalar) or ["string"] if kind != "null"] or "string"
    if len(items["type"]) == 1:
        items["type"] = items["type"][0]
    if shown and not all(_fits(item, items) for item in shown):
        shown_types = sorted({json_type(item) for item in shown})
        items = {"type": shown_types[0] if len(shown_types) == 1 else shown_types}
    node["oneOf"] = [scalar, {"type": "array", "items": items}]  # disjoint: "exactly one" holds
    _mark(node, rule, was)
    log.append((rule, where))


def example_types(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """An example or default upstream gives a property widens or corrects its type where the two disagree
    on the JSON type (`spec/rules.yaml`: `example_types.from` names which): a `null` makes it nullable; an
    array given for a scalar makes it "the scalar or an array" (`emotion: ["positivity:high"]`); a scalar or
    an array of scalars given for a placeholder `{type: object}` (or items of one) is that scalar's type
    (`excludedStatusCodes: [400, 401]`). Other disagreements (JavaScript written as a string, an object for
    a boolean) are upstream mistakes: `invalid_examples` sets those aside."""
    sources = config.get("example_types", {}).get("from", ["examples", "default"])
    for node, where in list(all_schemas(doc)):
        shown = [*(node.get("examples") or [])] if "examples" in sources else []
        if "default" in sources and "default" in node:
            shown.append(node["default"])
        for value in shown:
            kinds = _kinds(node)
            if kinds is None:
                break
            if isinstance(value, list) and "array" in kinds and _placeholder(node.get("items")) and value:
                shown_types = sorted({json_type(item) for item in value})
                if len(shown_types) == 1 and shown_types[0] not in ("object", "array", "null"):
                    _mark(node, "example_types", type_text(node))
                    node["items"] = {**node["items"], "type": shown_types[0]}
                    log.append(("example_types", where))
            if _fits(value, node):
                continue
            if value is None:
                _nullable(node, "example_types", where, log)
            elif isinstance(value, list) and not {"array", "object"} & set(kinds):
                _or_array(node, "example_types", where, log, value)
            elif _placeholder(node) and not isinstance(value, (dict, list)):
                _mark(node, "example_types", type_text(node))
                node["type"] = [json_type(value), "null"] if "null" in kinds else json_type(value)
                log.append(("example_types", where))


def description_types(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A description that says a property takes what its type refuses widens the type: "null on update
    clears", "if equal to null" make it nullable; "an array of ..." on a scalar makes it "the scalar or an
    array of it". The phrases that count are regexes in `spec/rules.yaml` (`description_types`)."""
    phrases = config.get("description_types", {})
    nullable = re.compile(phrases["nullable"]) if phrases.get("nullable") else None
    array = re.compile(phrases["array"]) if phrases.get("array") else None
    for node, where in list(all_schemas(doc)):
        text = node.get("description")
        if not isinstance(text, str):
            continue
        if nullable and nullable.search(text):
            _nullable(node, "description_types", where, log)
        kinds = _kinds(node)
        if array and array.search(text) and kinds is not None and not {"array", "object"} & set(kinds):
            _or_array(node, "description_types", where, log, None)


def union_siblings(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """A union of references lists every schema its own discriminator maps to, and every alternative of a
    sibling union: one at a property of the same name sharing at least `min_shared` (a fraction of the
    larger, `spec/rules.yaml`) of its alternatives, each listing one the other does not. Upstream adds a hook event to the workflow's `hooks`
    (`CallHookModelResponseTimeout`) but not to the assistant's, which Vapi documents and accepts."""
    schemas = doc["components"]["schemas"]
    share = float(config.get("union_siblings", {}).get("min_shared", 0.5))
    sites: list[tuple[JSONObject, str, list[str]]] = []
    for node, where in list(all_schemas(doc)):
        alternatives = node.get("oneOf")
        if not isinstance(alternatives, list) or not alternatives or not all(ref_name(a) for a in alternatives):
            continue
        refs = [str(ref_name(alternative)) for alternative in alternatives]
        mapping = (node.get("discriminator") or {}).get("mapping") or {}
        implied = [ref_name({"$ref": target}) for target in mapping.values()]
        sites.append((node, where, refs + [n for n in dict.fromkeys(implied) if n in schemas and n not in refs]))
    by_property: dict[str, list[tuple[JSONObject, str, list[str]]]] = defaultdict(list)
    for site in sites:
        by_property[_prop_of(site[1])].append(site)
    for node, where, refs in sites:
        added = [name for name in refs if name not in [ref_name(a) for a in node["oneOf"]]]
        for _, other_where, others in by_property[_prop_of(where)]:
            # Siblings: most alternatives in common, and each lists one the other lacks (a union that is a
            # subset of another is a deliberate narrowing: a transfer's destinations are only a number or SIP).
            shared = len(set(refs) & set(others))
            apart = set(refs) - set(others) and set(others) - set(refs)
            if other_where != where and apart and shared >= max(2, share * max(len(refs), len(others))):
                added += [name for name in others if name not in refs and name not in added]
        if added:
            _mark(node, "union_siblings", type_text(node))
            node["oneOf"] += [{"$ref": REF_PREFIX + name} for name in added]
            log.append(("union_siblings", where))


def rule_effects(doc: JSONObject) -> list[JSONObject]:
    """What the contradiction rules did, for the change report: `{where, rule, was, now}` per schema marked."""
    found = []
    for node, where in all_schemas(doc):
        mark = node.get(WIDENED)
        if isinstance(mark, dict):
            now = type_text({key: value for key, value in node.items() if key != WIDENED})
            found.append({"where": where, "rule": mark["rule"], "was": mark["was"], "now": now})
    return found


def _pointer_sort_key(pointer: str) -> tuple[Any, ...]:
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in pointer.split("/"))


def operation_descriptions(doc: JSONObject, config: JSONObject, log: Log) -> None:
    """An operation upstream gives only a summary is described by its summary (docs, linters and the
    generated docstrings want a description)."""
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and not operation.get("description") and operation.get("summary"):
                operation["description"] = operation["summary"] + "."
                log.append(("operation_descriptions", f"{method.upper()} {path}"))


RULES: dict[str, Rule] = {
    "openapi_3_1": openapi_3_1,
    "duplicate_parameters": duplicate_parameters,
    "allof_single_ref": allof_single_ref,
    "refined_refs": refined_refs,
    "dangling_refs": dangling_refs,
    "strip_titles": strip_titles,
    "array_fixes": array_fixes,
    "enum_cleanup": enum_cleanup,
    "ecma_patterns": ecma_patterns,
    "duplicate_alternatives": duplicate_alternatives,
    "single_value_enums": single_value_enums,
    "discriminated_unions": discriminated_unions,
    "named_enums": named_enums,
    "free_form_objects": free_form_objects,
    "sensitive_properties": sensitive_properties,
    "operation_names": operation_names,
    "operation_descriptions": operation_descriptions,
    "invalid_examples": invalid_examples,
    "example_types": example_types,
    "description_types": description_types,
    "union_siblings": union_siblings,
}
