"""Apply an OpenAPI Overlay 1.0 document: our targeted fixes to Vapi's published spec, kept as data.

Each action has a JSONPath `target` (RFC 9535, evaluated by python-jsonpath) and either `update`
(merged into every matched object: objects merge recursively, arrays are appended, anything else
is replaced) or `remove: true` (the matched nodes are deleted from their parents).

An action whose target matches nothing is *stale*: upstream changed under the fix. `apply` reports it
by its `x-name` (or its target); the caller decides whether that is an error (strict mode, used for the
committed spec) or a warning (`nox -s update-spec` without --strict, to see the whole picture).
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath

JSON = Any


class OverlayError(Exception):
    """The overlay document itself is malformed."""


def action_name(action: dict[str, Any]) -> str:
    return str(action.get("x-name") or action["target"])


def apply(document: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """Apply `overlay` to `document` in place; return the names of the actions that matched nothing."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (missing `overlay: 1.0.0`)")
    stale: list[str] = []
    for index, action in enumerate(overlay.get("actions", [])):
        if "target" not in action:
            raise OverlayError(f"action {index} has no target")
        matches = list(jsonpath.finditer(action["target"], document))
        if not matches:
            stale.append(action_name(action))
            continue
        if action.get("remove"):
            # Delete from the end so earlier list indexes stay valid.
            for match in sorted(matches, key=lambda m: _sort_key(m.parts), reverse=True):
                parent = match.parent.obj if match.parent is not None else None
                key = match.parts[-1]
                if isinstance(parent, dict):
                    parent.pop(key, None)
                elif isinstance(parent, list) and isinstance(key, int) and key < len(parent):
                    del parent[key]
        elif "update" in action:
            for match in matches:
                _merge(match.obj, action["update"], action_name(action))
        else:
            raise OverlayError(f"action {action_name(action)!r} has neither update nor remove")
    return stale


def _sort_key(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in parts)


def _merge(target: JSON, update: JSON, name: str) -> None:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target and isinstance(target[key], (dict, list)) and isinstance(value, type(target[key])):
                _merge(target[key], value, name)
            else:
                target[key] = copy.deepcopy(value)
    elif isinstance(target, list) and isinstance(update, list):
        target.extend(copy.deepcopy(update))
    else:
        raise OverlayError(f"action {name!r}: cannot merge {type(update).__name__} into {type(target).__name__}")
