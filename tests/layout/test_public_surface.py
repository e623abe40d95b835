"""The public API does not move: every name importable from the public modules stays importable, with the same
kind and meaning (a class's bases, a function's parameters), against the checked-in list
tests/data/public-surface.json.

A name added on purpose goes into the list with `python -m tests.layout.test_public_surface > tests/data/public-surface.json`;
a name removed or changed is a break the change report must state first.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

SURFACE = Path(__file__).resolve().parents[1] / "data" / "public-surface.json"
MODULES = (
    "vapi_client",
    "vapi_client.models",
    "vapi_client.models.unions",
    "vapi_client.models.unknown_variants",
    "vapi_client.webhooks",
    "vapi_client.asgi",
    "vapi_client.types",
)


def describe(value: Any) -> dict[str, Any]:
    if inspect.isclass(value):
        return {"class": [base.__name__ for base in value.__mro__[1:] if base is not object]}
    if inspect.ismodule(value):
        return {"module": value.__name__}
    if callable(value):
        try:
            return {"function": list(inspect.signature(value).parameters)}
        except (TypeError, ValueError):
            return {"function": None}
    return {"value": type(value).__name__}


def surface() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        found[name] = {export: describe(getattr(module, export)) for export in sorted(set(module.__all__))}
    return found


def test_every_public_name_keeps_its_meaning() -> None:
    expected = json.loads(SURFACE.read_text(encoding="utf-8"))
    actual = surface()
    problems = []
    for module, names in expected.items():
        for name, meaning in names.items():
            if name not in actual.get(module, {}):
                problems.append(f"{module}.{name}: gone")
            elif actual[module][name] != meaning:
                problems.append(f"{module}.{name}: was {meaning}, now {actual[module][name]}")
    added = sorted(f"{m}.{n}" for m, names in actual.items() for n in names if n not in expected.get(m, {}))
    assert not problems, "the public API moved:\n  " + "\n  ".join(problems)
    assert not added, f"new public names, not in {SURFACE.name} (add them on purpose): {added}"


def test_every_listed_name_imports_by_its_module() -> None:
    expected = json.loads(SURFACE.read_text(encoding="utf-8"))
    for module, names in expected.items():
        namespace: dict[str, Any] = {}
        exec(f"from {module} import {', '.join(names)}", namespace)  # the statement a user writes
        assert set(names) <= set(namespace)


if __name__ == "__main__":
    json.dump(surface(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
