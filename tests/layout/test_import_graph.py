"""The package's import graph: the runtime grouped by concern, in layers that import only downwards, no cycles.

Every import inside vapi_client counts (module level, in functions, under TYPE_CHECKING): each is an arrow a
reader follows. A module may import its own layer and those below it; the layers, lowest first, are `LAYERS`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HALVES = (ROOT / "overrides" / "vapi_client", ROOT / "generated" / "vapi_client")

#: Lowest first. A module belongs to the first layer with a prefix that matches its dotted name.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("types", "_version", "_exceptions", "_json_guard", "_spec", "_upload_types")),
    ("secrets", ("_redaction",)),
    ("codec", ("_codec",)),
    ("models", ("models",)),
    ("http", ("_http",)),
    ("operations", ("_operations",)),
    ("resources", ("_resources",)),
    ("client", ("_client",)),
    ("webhooks", ("_webhooks", "webhooks", "asgi")),
    ("cli", ("_cli", "__main__")),
    ("package", ("",)),  # vapi_client/__init__.py: the public names, imported lazily
)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for half in HALVES:
        for path in sorted(half.rglob("*.py")):
            parts = list(path.relative_to(half).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            assert name not in found, f"{name} is in both halves of the package"
            found[name] = path
    return found


MODULES = _modules()
PACKAGES = {name for name, path in MODULES.items() if path.name == "__init__.py"} | {""}


def layer_of(module: str) -> int:
    for index, (_, prefixes) in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") or p == "" for p in prefixes):
            return index
    raise AssertionError(f"{module} is in no layer")


def imports_of(module: str) -> Iterator[str]:
    """The package's modules that `module` imports, as dotted names inside vapi_client."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if module in PACKAGES else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = package.split(".") if package else []
            base_parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*base_parts, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}" if base else alias.name
                yield candidate if candidate in MODULES else base
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("vapi_client"):
            raise AssertionError(f"{module} imports {node.module} absolutely: a vendored copy may be renamed")


GRAPH = {module: sorted(set(imports_of(module)) - {module}) for module in MODULES}


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_layer_above_its_own(module: str) -> None:
    own = layer_of(module)
    above = [f"{target} ({LAYERS[layer_of(target)][0]})" for target in GRAPH[module] if layer_of(target) > own]
    assert not above, f"{module} ({LAYERS[own][0]}) imports from a layer above it: {above}"


def test_no_cycles_among_hand_written_modules() -> None:
    """The generated models import each other as their schemas refer to each other (an assistant's squad holds
    assistants), so they are left out; everything written by hand is a tree of imports."""
    hand_written = {module for module, path in MODULES.items() if path.is_relative_to(HALVES[0])}
    graph = {module: [target for target in GRAPH[module] if target in hand_written] for module in hand_written}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in graph[module]:
            if state.get(target) == 1:
                cycle = path[path.index(target) :] + [target]
                raise AssertionError("import cycle: " + " -> ".join(name or "vapi_client" for name in cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_runtime_is_grouped_by_concern() -> None:
    """Subfolders hold the layers that have several modules; the package root keeps only the public modules,
    the client, the exception tree and the few modules every layer shares."""
    root = {name for name in MODULES if "." not in name and name not in PACKAGES - {""}}
    shared = {"", "__main__", "types", "_version", "_exceptions", "_json_guard", "_spec", "_upload_types"}
    assert root - shared <= {"_redaction", "_client", "_resources", "webhooks", "asgi"}, sorted(root - shared)
    for concern in ("_http", "_codec", "_operations", "_webhooks", "_cli", "models"):
        assert concern in PACKAGES, concern
