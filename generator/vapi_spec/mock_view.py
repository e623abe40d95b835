"""The view of `openapi.yaml` that Prism serves: polymorphic values accepted as any object.

Prism dereferences the whole document into one tree before it listens. On the 2026-08 spec that tree
grows with the product of the union sizes along each path (a Call holds an assistant, whose model is one
of 20 language models, each with tools that are one of 30 tool types, each with messages...), and Prism
does not start within minutes. In this view every union of two or more schemas (`oneOf`/`anyOf` of `$ref`s,
named or inline) is `{type: object}`; everything else (paths, parameters, required properties, enums,
examples) is the spec's. Prism then starts in seconds and still checks every request's parameters and the
top-level shape of bodies; the unions themselves are checked by the client's strict validation and by the
golden and property tests.

Usage: python -m vapi_spec.mock_view openapi.yaml OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

REF_PREFIX = "#/components/schemas/"


def mock_view(spec: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = json.loads(json.dumps(spec))
    schemas = view["components"]["schemas"]
    unions = {name for name, schema in schemas.items() if _is_union(schema)}

    def flatten(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in unions:
                del node["$ref"]
                node["type"] = "object"
            if _is_union(node):
                for key in ("oneOf", "anyOf", "discriminator"):
                    node.pop(key, None)
                node["type"] = "object"
            for value in node.values():
                flatten(value)
        elif isinstance(node, list):
            for value in node:
                flatten(value)

    for name in sorted(unions):
        del schemas[name]  # nothing refers to them any more
    for key in ("paths", "webhooks", "components"):
        flatten(view.get(key))
    return view


def _is_union(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    alternatives = schema.get("oneOf") or schema.get("anyOf") or []
    return sum(1 for alt in alternatives if isinstance(alt, dict) and "$ref" in alt) >= 2


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    spec = yaml.load(source.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    target.write_text(json.dumps(mock_view(spec)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
