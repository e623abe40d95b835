"""Make `openapi.yaml` from Vapi's published document: select, fix (overlay, then rules), prune.

    upstream (spec/upstream.json) -> selection (spec/selection.yaml) -> overlay (spec/overlay.yaml)
      -> named rules (vapi_spec/rules.py, parameters in spec/rules.yaml)
  -> resources and method names (vapi_spec/operations.py, `x-vapi-*` on each operation) -> openapi.yaml

`build` is pure: documents in, document out. `vapi_spec/update.py` does the file work.
"""

from __future__ import annotations

import copy
import fnmatch
import gzip
from pathlib import Path
from typing import Any

import yaml

from . import names as spec_names
from . import operations as spec_operations
from . import overlay as spec_overlay
from . import rules as spec_rules
from . import safety as spec_safety

# The checkout these tools work on: the one they are installed from (`pip install -e generator`).
ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"
JSONObject = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class StaleFixError(Exception):
    """A targeted fix (overlay action) no longer matches anything upstream."""


def read_document(path: Path) -> bytes:
    """The bytes of a Vapi OpenAPI document, plain JSON or gzipped (`.json.gz`), checked to be one."""
    return read_and_parse(path)[0]


def read_and_parse(path: Path) -> tuple[bytes, JSONObject]:
    """The bytes of a Vapi OpenAPI document (plain JSON or gzipped) and the document, parsed once."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data, parse_document(data, path.name)


def parse_document(data: bytes, name: str) -> JSONObject:
    """The document, refused with a one-line message when it is not one the pipeline can treat as data
    (see `safety`): checked before anything is selected from it."""
    try:
        document = spec_safety.parse(data, name)
        if not isinstance(document, dict) or "paths" not in document or "components" not in document:
            raise SystemExit(f"{name}: not an OpenAPI document (no paths/components)")
        spec_safety.check_document(document, name)
    except spec_safety.UnsafeSpecError as error:
        raise SystemExit(f"update-spec: refused: {error}") from None
    return document


def load_document(path: Path) -> JSONObject:
    """A Vapi OpenAPI document, parsed."""
    return read_and_parse(path)[1]


def load_sources(spec_dir: Path = SPEC_DIR) -> tuple[JSONObject, JSONObject, JSONObject]:
    """selection, overlay and rules, as committed in `spec/`."""
    read = lambda name: yaml.safe_load((spec_dir / name).read_text(encoding="utf-8"))  # noqa: E731
    return read("selection.yaml"), read("overlay.yaml"), read("rules.yaml")


def build(
    upstream: JSONObject,
    selection: JSONObject,
    overlay: JSONObject,
    rules: JSONObject,
    *,
    strict: bool,
    names: JSONObject | None = None,
) -> tuple[JSONObject, list[str], list[tuple[str, str]]]:
    """Return (openapi document, warnings, rule log). Raises StaleFixError in strict mode.

    `names`: the names lock (`spec/names.lock.json`); the rules that name unions and enums reuse it."""
    doc = copy.deepcopy(upstream)
    select_paths(doc, selection)
    prune_schemas(doc, selection)
    stale = spec_overlay.apply(doc, overlay)
    if stale and strict:
        raise StaleFixError("overlay entries match nothing upstream: " + ", ".join(stale))
    warnings = [f"stale overlay entry (matches nothing): {name}" for name in stale]
    log: list[tuple[str, str]] = []
    config = {**rules, "operations": selection.get("operations", {}), "names": names or {}}
    for name in rules["order"]:
        spec_rules.RULES[name](doc, config, log)
    prune_schemas(doc, selection)
    spec_names.add_aliases(doc, names or {})  # merged or renamed classes keep their locked names
    spec_operations.annotate(doc, selection.get("operations", {}))  # resources and method names: x-vapi-*
    return order_document(doc), warnings, log


def select_paths(doc: JSONObject, selection: JSONObject) -> None:
    """Keep the operations the selection names (`paths`: glob patterns on the path)."""
    patterns: list[str] = selection["paths"]
    doc["paths"] = {
        path: item for path, item in doc["paths"].items() if any(fnmatch.fnmatchcase(path, p) for p in patterns)
    }


def prune_schemas(doc: JSONObject, selection: JSONObject) -> None:
    """Keep the component schemas reachable from the paths, the webhooks and the selection's `schemas`."""
    schemas = doc["components"]["schemas"]
    roots: set[str] = set(selection.get("schemas", ())) & set(schemas)
    others = {key: value for key, value in doc["components"].items() if key != "schemas"}  # responses, headers
    _refs({"paths": doc.get("paths"), "webhooks": doc.get("webhooks"), "components": others}, roots)
    keep: set[str] = set()
    stack = sorted(roots)
    while stack:
        name = stack.pop()
        if name in keep or name not in schemas:
            continue
        keep.add(name)
        found: set[str] = set()
        _refs(schemas[name], found)
        stack.extend(found - keep)
    doc["components"]["schemas"] = {name: schemas[name] for name in sorted(keep)}


def _refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(spec_rules.REF_PREFIX):
                out.add(value[len(spec_rules.REF_PREFIX) :])
            else:
                _refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _refs(value, out)


_TOP_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "webhooks", "components")


def order_document(doc: JSONObject) -> JSONObject:
    """A stable order, so `openapi.yaml` diffs show changes, not reshuffles: paths and schemas by name."""
    out = {key: doc[key] for key in _TOP_ORDER if key in doc}
    out.update({key: value for key, value in doc.items() if key not in out})
    out["paths"] = {path: doc["paths"][path] for path in sorted(doc["paths"])}
    components = doc["components"]
    out["components"] = {key: components[key] for key in sorted(components)}
    return out


def dump_yaml(doc: JSONObject, header: str) -> str:
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    return header + text
