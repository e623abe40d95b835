"""The spec is data, never code: what update-spec refuses before it selects anything, and the rules that rename
a method keyword colliding with the client's own and a model attribute colliding with the `Model` base class.

Vapi's document is input from outside. Everything from it that reaches generated source is emitted as a
Python literal or through `vapi_codegen.source_text`; this module refuses, with one line naming the place, what
OpenAPI does not allow where the generator relies on it (paths, component names, references) and what no
generator can carry (a document nested deeper than any real one, numbers that are not finite).
"""

from __future__ import annotations

import json
import keyword
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

JSONObject = dict[str, Any]

#: Where a reference to a schema points.
REF_PREFIX = "#/components/schemas/"
#: Deeper than this is refused (Vapi's document is about 15 levels; the client parses up to 100).
MAX_DEPTH = 100

# A path template (OpenAPI 3 "Paths Object"): `/` then RFC 3986 path characters, `{name}` for a parameter.
_PATH = re.compile(r"(?:/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\{[A-Za-z_][A-Za-z0-9_.\-]*\})*)+")
# The key of a Components Object entry (OpenAPI 3: `^[a-zA-Z0-9\.\-_]+$`).
_COMPONENT = re.compile(r"[A-Za-z0-9._\-]+")
# Characters no name in the document may hold: controls, format characters (bidirectional overrides),
# surrogates, private use, unassigned, line and paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

#: The keyword arguments a generated method has of its own (the runtime's), never a spec field's name.
OWN_KEYWORDS = frozenset(
    {"self", "body", "to", "timeout", "max_retries", "extra_headers", "validate", "page_size", "request_id"}
)

#: What every generated model has of its own (`vapi_client._codec._model.Model`, the attrs class the template
#: writes): a property of that name would shadow the method (or fail mypy). tests/spec/test_hostile_spec.py checks
#: this against the class.
MODEL_MEMBERS = frozenset(
    {"from_dict", "to_dict", "validate", "validation_issues", "additional_keys", "additional_properties"}
)


class UnsafeSpecError(Exception):
    """The document holds something the pipeline refuses; the message is one line naming where."""


def shown(value: object, limit: int = 60) -> str:
    """`value` quoted for a one-line message: escapes for newlines and controls, cut to `limit` characters."""
    text = ascii(value) if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def parse(data: bytes, name: str) -> Any:
    """The JSON in `data`, refusing what only Python's `json` accepts or cannot walk: `NaN`/`Infinity`, a
    number too large for a float, nesting deeper than `MAX_DEPTH`."""

    def refuse_constant(text: str) -> Any:
        raise UnsafeSpecError(f"{name}: {text} is not JSON")

    def finite(text: str) -> float:
        value = float(text)
        if value - value != 0:
            raise UnsafeSpecError(f"{name}: the number {shown(text)} does not fit a float")
        return value

    try:
        document = json.loads(data, parse_constant=refuse_constant, parse_float=finite)
    except RecursionError:
        raise UnsafeSpecError(f"{name}: nested more than {MAX_DEPTH} levels deep") from None
    except (ValueError, UnicodeDecodeError) as error:  # JSONDecodeError is a ValueError
        raise UnsafeSpecError(f"{name}: not JSON ({shown(str(error), 120)})") from None
    check_depth(document, name)
    return document


def check_depth(document: Any, name: str) -> None:
    """Refuse nesting deeper than `MAX_DEPTH`, measured without recursion."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise UnsafeSpecError(f"{name}: nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)


def check_document(document: JSONObject, name: str) -> None:
    """Refuse, before selection, what OpenAPI does not allow where the generator relies on it."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        raise UnsafeSpecError(f"{name}: `paths` is not an object")
    for path in paths:
        if not _PATH.fullmatch(path):
            raise UnsafeSpecError(f"{name}: the path {shown(path)} is not an OpenAPI path template")
    components = document.get("components")
    if not isinstance(components, dict):
        raise UnsafeSpecError(f"{name}: `components` is not an object")
    for kind, entries in components.items():
        if not isinstance(entries, dict):
            raise UnsafeSpecError(f"{name}: components.{shown(kind)} is not an object")
        for key in entries:
            if not _COMPONENT.fullmatch(key):
                raise UnsafeSpecError(f"{name}: the component name {shown(key)} is not allowed by OpenAPI")
    stack: list[tuple[Any, str]] = [(document, "#")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str) or any(unicodedata.category(c) in _HIDDEN for c in key):
                    raise UnsafeSpecError(f"{name}: the name {shown(key)} at {where} holds a control character")
                if key == "$ref" and isinstance(value, str) and not value.startswith("#/"):
                    raise UnsafeSpecError(f"{name}: {shown(value)} at {where} is not a reference inside the document")
                stack.append((value, f"{where}/{pointer_escape(key)}"))
        elif isinstance(node, list):
            stack.extend((value, f"{where}/{index}") for index, value in enumerate(node))


def pointer_escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def pointer_parts(ref: str) -> list[str]:
    """The keys a local `$ref` (`#/paths/~1call~1{id}/get`) names, its escapes decoded (RFC 6901: `~1` is `/`,
    `~0` is `~`, in that order; a URI fragment's `%XX` first)."""
    from urllib.parse import unquote

    if not ref.startswith("#/"):
        raise UnsafeSpecError(f"{shown(ref)} is not a reference inside the document")
    return [unquote(part).replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/")]


def resolve(document: Any, ref: str) -> Any:
    """What the local `$ref` points at in `document`; a dangling one is refused in one line."""
    node = document
    for part in pointer_parts(ref):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise UnsafeSpecError(f"the reference {shown(ref)} points at nothing")
    return node


def keyword_names(names: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """The rule for a method's keywords made from the spec (path and query parameters, body fields), given
    their Python names in order: each keeps its name unless it is a Python keyword, one of the client's own
    keywords (`OWN_KEYWORDS`: `timeout`, `to`, ...) or already taken in the method; then `_` is appended
    until it is none of those (`timeout` -> `timeout_`). Returns {name: keyword}, for every name."""
    used = set(OWN_KEYWORDS) | set(taken)
    out: dict[str, str] = {}
    for name in names:
        chosen = name
        while chosen in used or keyword.iskeyword(chosen):
            chosen += "_"
        used.add(chosen)
        out[name] = chosen
    return out


def renamed(names: Mapping[str, str]) -> dict[str, str]:
    """Only the entries of a `keyword_names` result that changed."""
    return {name: chosen for name, chosen in names.items() if name != chosen}


def attribute_names(names: Iterable[str]) -> dict[str, str]:
    """The rule for a model's attribute names, given the Python names of its properties in order (the
    generator's, `names.python_identifier`): each keeps its name unless it is a member of the `Model` base class
    (`MODEL_MEMBERS`: `validate`, `to_dict`, ...); then `_` is appended until it is neither a member nor another
    property's name (`validate` -> `validate_`). The JSON name is unchanged. Returns {name: attribute}."""
    names = list(names)
    used = set(MODEL_MEMBERS) | set(names)
    out: dict[str, str] = {}
    for name in names:
        chosen = name
        if name in MODEL_MEMBERS:
            while chosen in used:
                chosen += "_"
            used.add(chosen)
        out[name] = chosen
    return out
