"""The names lock (`spec/names.lock.json`): every public name the package exports, and what it denotes.

Generated names are a contract with downstream code: `unions.Tool`, `models.CallEndedReason`,
`UnknownVoice`, `client.calls.create`. The lock records, per kind, what each name stands for:

  * models: the upstream schema of that name;
  * unions and enums a rule named (`x-vapi-hoisted-from`): the place they were first named from
    (`Schema.property`, or `METHOD /path body|<status>`), every place that uses them now, and their members
    or values; an upstream enum: its schema;
  * `Unknown<Family>` classes: their union;
  * resource methods (`calls.create`): the operation (`POST /call`).

The rules (`spec_rules.discriminated_unions`, `named_enums`) reuse a locked name for the place it denotes.
`vapi_spec/update.py` updates the lock beside `openapi.yaml`; a name whose place is gone is marked `retired`
(kept, never given to anything else); `--check` fails when the committed lock is not what the build makes.
The generator fails when it makes a public name the lock does not list.
"""

from __future__ import annotations

import builtins
import json
import keyword
import re
from pathlib import Path
from typing import Any

JSONObject = dict[str, Any]
ALIASES = "x-vapi-aliases"
LOCK_FILE = "names.lock.json"
KINDS = ("models", "unions", "enums", "unknown", "methods")
HOISTED = "x-vapi-hoisted-from"
REF_PREFIX = "#/components/schemas/"
SUCCESS = ("200", "201", "202", "204")


class NameConflict(Exception):
    """A locked name would denote something else: the contract would break silently."""


def empty() -> JSONObject:
    return {kind: {} for kind in KINDS}


def load(spec_dir: Path) -> JSONObject:
    path = spec_dir / LOCK_FILE
    if not path.exists():
        return empty()
    lock: JSONObject = json.loads(path.read_text(encoding="utf-8"))
    return {kind: dict(lock.get(kind, {})) for kind in KINDS}


def dump(lock: JSONObject) -> str:
    return json.dumps({kind: lock[kind] for kind in KINDS}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def place(where: str) -> str:
    """`where` without the markers of items, maps and alternatives: `Call.messages[]|2` -> `Call.messages`."""
    return re.sub(r"\|\d+|\[\]|\{\}|!", "", where)


def hoisted_places(schema: JSONObject) -> list[str]:
    found = schema.get(HOISTED)
    wheres = [found] if isinstance(found, str) else list(found or ())
    return sorted({place(where) for where in wheres})


def identity(kind: str, entry: JSONObject) -> Any:
    """What an entry denotes: an operation, a union, an upstream schema, or the place it was named from."""
    if kind == "methods":
        return entry["operation"]
    if kind == "unknown":
        return entry["union"]
    return entry.get("schema") or entry.get("place")


def same_meaning(kind: str, locked: JSONObject, made: JSONObject) -> bool:
    """A name made again means what the lock says when it denotes the same thing: for a name a rule gave to a
    place, that place is still among the places it serves (it may serve more, or fewer others)."""
    if "place" in locked:
        return locked["place"] in made.get("places", ())
    return bool(identity(kind, locked) == identity(kind, made))


# ---------------------------------------------------------------------------------------------------
# what a document exports


def add_aliases(doc: JSONObject, lock: JSONObject) -> None:
    """A locked union or enum name that is not made again, while its place is served by another class (equal
    enums merged, a union renamed on purpose), stays importable as an alias of that class: the component
    serving its place lists it in `x-vapi-aliases`, and the generator exports it. A name is never taken away
    while what it denotes exists."""
    schemas = doc.get("components", {}).get("schemas", {})
    serving: dict[str, str] = {}
    for name, schema in sorted(schemas.items()):
        for where in hoisted_places(schema):
            serving.setdefault(where, name)
    for kind in ("unions", "enums"):
        for name, entry in sorted(lock.get(kind, {}).items()):
            target = serving.get(entry.get("place", ""))
            if name in schemas or target is None or target == name:
                continue
            schema = schemas[target]
            if (kind == "unions") != ("discriminator" in schema):
                continue  # the place now holds another kind of thing: the name is retired
            schema[ALIASES] = sorted({*schema.get(ALIASES, ()), name})


def public_names(doc: JSONObject, methods: dict[str, str] | None = None) -> JSONObject:
    """Every public name `doc` makes, by kind, with what it denotes (active entries of a lock).

    `methods`: operation (`POST /call`) -> `resource.method`; default: `operation_methods(doc)`."""
    names = empty()
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        places = hoisted_places(schema)
        if "oneOf" in schema and "discriminator" in schema:
            members = sorted(ref.rsplit("/", 1)[1] for ref in schema["discriminator"]["mapping"].values())
            entry: JSONObject = {"members": sorted(set(members))}
            entry.update({"place": places[0], "places": places} if places else {"schema": name})
            names["unions"][name] = entry
            names["unknown"]["Unknown" + name] = {"union": name}
            for alias in schema.get(ALIASES, ()):
                names["unions"][alias] = {**entry, "alias_of": name}
                names["unknown"]["Unknown" + alias] = {"union": alias, "alias_of": "Unknown" + name}
        elif isinstance(schema.get("enum"), list) and all(isinstance(v, str) for v in schema["enum"]):
            entry = {"values": sorted(schema["enum"])}
            entry.update({"place": places[0], "places": places} if places else {"schema": name})
            names["enums"][name] = entry
            for alias in schema.get(ALIASES, ()):
                names["enums"][alias] = {**entry, "alias_of": name}
        elif schema.get("type") == "object" and schema.get("properties"):
            names["models"][name] = {"schema": name} if not places else {"place": places[0], "places": places}
    for operation, method in (methods if methods is not None else operation_methods(doc)).items():
        names["methods"][method] = {"operation": operation}
    return names


# openapi-python-client's naming rule (`PythonIdentifier`), written out so the spec pipeline never needs the code
# generator installed; tests/generation/test_codegen_env.py checks it against the pinned generator.
_DELIMITERS = r"\. _-"
_RESERVED_WORDS = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def python_identifier(value: str, prefix: str) -> str:
    """The Python name openapi-python-client gives `value` (`type` -> `type_`, `endedReason` -> `ended_reason`)."""
    safe = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    leading_underscore = safe.startswith("_")
    if any(c.isupper() for c in safe):
        safe = " ".join(re.split("([A-Z]?[a-z]+)", safe))
    name = "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", safe)).lower()
    if name in _RESERVED_WORDS or keyword.iskeyword(name):
        name = f"{name}_"
    return name if name.isidentifier() and not leading_underscore else f"{prefix}{name}"


def operation_methods(doc: JSONObject, table: dict[str, Any] | None = None) -> dict[str, str]:
    """`METHOD /path` -> `resource.method` for every operation of `doc`.

    Read from the operation's `x-vapi-resource` / `x-vapi-method` when the spec carries them, else from the
    selection's naming table (`method`), else from the operationId as the generator names it; the resource
    defaults to `calls`."""
    found: dict[str, str] = {}
    for path, item in (doc.get("paths") or {}).items():
        for verb, operation in item.items():
            if verb not in ("get", "put", "post", "patch", "delete") or not isinstance(operation, dict):
                continue
            key = f"{verb.upper()} {path}"
            entry = (table or {}).get(key, {})
            method = (
                operation.get("x-vapi-method")
                or entry.get("method")
                or python_identifier(operation.get("operationId", key), prefix="op")
            )
            resource = operation.get("x-vapi-resource") or entry.get("resource") or "calls"
            found[key] = f"{resource}.{method}"
    return found


# ---------------------------------------------------------------------------------------------------
# the lock across builds


def update(lock: JSONObject, current: JSONObject, label: str) -> tuple[JSONObject, JSONObject]:
    """The lock after a build that made `current` names; and what changed: `{added, retired, revived}`,
    each a list of `{name, kind, ...entry}`. Raises NameConflict when a name would change meaning."""
    new = {kind: {name: dict(entry) for name, entry in lock.get(kind, {}).items()} for kind in KINDS}
    delta: JSONObject = {"added": [], "retired": [], "revived": []}
    owners = {name: kind for kind in KINDS for name in lock.get(kind, {})}
    for kind in KINDS:
        for name, entry in current[kind].items():
            old = lock.get(kind, {}).get(name)
            if old is None and name in owners:
                raise NameConflict(f"{name}: locked as {owners[name]}, now made as {kind}")
            if old is not None and not same_meaning(kind, old, entry):
                raise NameConflict(
                    f"{kind} {name}: locked for {identity(kind, old)}, now made for {identity(kind, entry)}"
                )
            if old is None:
                delta["added"].append({"name": name, "kind": kind, **entry})
            elif "retired" in old:
                delta["revived"].append({"name": name, "kind": kind, **entry})
            # An alias keeps the place it was named from (its class's first place may be another).
            kept = {"place": old["place"]} if old and "place" in old else {}
            new[kind][name] = {**entry, **kept}
        for name, old in lock.get(kind, {}).items():
            if name not in current[kind] and "retired" not in old:
                new[kind][name] = {**old, "retired": label}
                # Its place may still be there, now served by another name (the same values elsewhere).
                now = sorted(
                    other for other, entry in current[kind].items() if old.get("place") in entry.get("places", ())
                )
                delta["retired"].append({"name": name, "kind": kind, **old, **({"now": now[0]} if now else {})})
    for key in delta:
        delta[key].sort(key=lambda item: (item["kind"], item["name"]))
    return new, delta


def reserved(lock: JSONObject) -> set[str]:
    """Every name the lock holds, active or retired: a new union or enum never takes one."""
    return {name for kind in KINDS for name in lock.get(kind, {})}


def locked_places(lock: JSONObject, kind: str) -> dict[str, str]:
    """name -> the place it was named from, for the unions or enums a rule named; a retired name that was
    replaced on purpose (`replaced_by`) is not offered again."""
    return {
        name: entry["place"]
        for name, entry in lock.get(kind, {}).items()
        if "place" in entry and "replaced_by" not in entry and "alias_of" not in entry
    }


def unlocked(lock: JSONObject, made: JSONObject) -> list[str]:
    """Public names the generator made that the lock does not list as active (`made`: kind -> names)."""
    problems = []
    for kind, names in made.items():
        active = {name for name, entry in lock.get(kind, {}).items() if "retired" not in entry}
        problems += [f"{kind}: {name}" for name in sorted(set(names) - active)]
    return problems
