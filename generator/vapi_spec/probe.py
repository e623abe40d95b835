"""A probe of a generated package: Python source that uses every public name the way a caller would, for
checking the change report against mypy (issue 24, item 4).

`write_probe(package)` reads a generated `vapi_client` folder (its source, never importing it) and returns
`(source, tags)`: a module that imports every public model, enum and union name, reads every attribute of
every model, builds every model with every keyword, names every enum member, and calls every method of every
resource with every keyword, each argument a value of the declared type. `tags[line]` is the set of Python
symbols the line is about (`HumeVoice.model`, `FallbackHumeVoiceModel`, `calls.create(assistant)`), so a mypy
error on that line can be matched to the report entry that names one of them.

Type-checked against the package of the next release, every error is a break a caller meets. The probe
models callers the way the report's contract does:

- writers pass a value of the declared type; list and dict fields get a literal (`[x]`, `{"k": x}`), as
  callers write them, so a list whose item union grew still accepts them; an enum field's string literals
  (`_<Enum>Values`) are spelled out, since a caller passes those strings;
- readers assign a field to its declared type, with three relaxations that match "new enum values and
  union members break no one": an enum's literals are read as `str`, a union of models also admits any
  model (`Model`, the base the `Unknown<Family>` classes share), and lists and dicts are read as
  `Sequence`/`Mapping`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

PRIVATE_TYPES = {  # names the generated code takes from the hand-written half (the same in every release)
    "Unset": "vapi_client.types",
    "Json": "vapi_client._operations._resource",
    "Timeout": "vapi_client._operations._resource",
    "Headers": "vapi_client._operations._resource",
    "Validate": "vapi_client._operations._resource",
    "Destination": "vapi_client._operations._resource",
    "Model": "vapi_client._codec._model",
    "UnknownVariant": "vapi_client._codec._unknown_variant",
}
BUILTIN_TYPES = {"str", "int", "float", "bool", "bytes", "None", "object", "list", "dict", "tuple", "type"}
TYPING = {"Any", "Literal", "Sequence", "Mapping", "Iterator", "AsyncIterator", "IO"}
SKIP_FIELDS = {"additional_properties"}


@dataclass
class Package:
    """What the probe needs of a generated package, read from its source."""

    models: dict[str, list[tuple[str, ast.expr, bool]]] = field(default_factory=dict)  # class -> fields
    enums: dict[str, list[str]] = field(default_factory=dict)  # class -> members
    values: dict[str, ast.expr] = field(default_factory=dict)  # `_XValues` -> its Literal[...]
    public: set[str] = field(default_factory=set)  # names `vapi_client.models` exports
    unknown: set[str] = field(default_factory=set)  # `Unknown<Family>` classes
    unions: list[str] = field(default_factory=list)  # aliases in `vapi_client.models.unions`
    resources: dict[str, list[tuple[str, ast.arguments]]] = field(default_factory=dict)  # attr -> methods


def read_package(package: Path) -> Package:
    found = Package()
    models = package / "models"
    init = ast.parse((models / "__init__.py").read_text(encoding="utf-8"))
    for node in ast.walk(init):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found.public |= {alias.asname or alias.name for alias in node.names}
    found.public -= {"unions"}
    unknown = ast.parse((models / "unknown_variants.py").read_text(encoding="utf-8"))
    for node in unknown.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__":
            found.public |= set(ast.literal_eval(node.value))
            found.unknown = set(ast.literal_eval(node.value))
    for path in sorted(models.glob("*.py")):
        if path.name in ("__init__.py", "unions.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                if node.target.id.endswith("Values") and node.target.id.startswith("_"):
                    found.values[node.target.id] = node.value
            if not isinstance(node, ast.ClassDef) or node.name not in found.public:
                continue
            bases = {ast.unparse(base) for base in node.bases}
            if "Model" in bases:
                found.models[node.name] = [
                    (item.target.id, item.annotation, item.value is not None)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and not ast.unparse(item.annotation).startswith("ClassVar")
                    and item.target.id not in SKIP_FIELDS
                ]
            elif bases & {"OpenEnum", "StrEnum", "Enum", "IntEnum"}:
                members = []
                for item in node.body:
                    block = item.body if isinstance(item, ast.If) else [item]
                    members += [
                        target.id
                        for sub in block
                        if isinstance(sub, ast.Assign)
                        for target in sub.targets
                        if isinstance(target, ast.Name) and target.id.isupper()
                    ]
                found.enums[node.name] = members
    unions = ast.parse((models / "unions.py").read_text(encoding="utf-8"))
    found.unions = [
        node.target.id for node in unions.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]
    resources = ast.parse((package / "_resources.py").read_text(encoding="utf-8"))
    classes = {node.name: node for node in resources.body if isinstance(node, ast.ClassDef)}
    for prop in getattr(classes.get("SyncResources"), "body", []):
        if not isinstance(prop, ast.FunctionDef) or prop.returns is None:
            continue
        resource = classes.get(ast.unparse(prop.returns).strip("\"'"))
        if resource is None:
            continue
        # an overloaded method: its overloads are what callers meet, not the implementation
        names_with_overloads = {
            item.name
            for item in resource.body
            if isinstance(item, ast.FunctionDef) and any(ast.unparse(d) == "overload" for d in item.decorator_list)
        }
        kept = []
        for item in resource.body:
            if not isinstance(item, ast.FunctionDef) or item.name.startswith("_") or item.name == "with_raw_response":
                continue
            overloaded = any(ast.unparse(d) == "overload" for d in item.decorator_list)
            if item.name in names_with_overloads and not overloaded:
                continue
            kept.append((item.name, item.args))
        found.resources[prop.name] = kept
    return found


class Writer:
    """The probe's source, line by line, each line tagged with the symbols it is about."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.lines: list[str] = []
        self.tags: dict[int, set[str]] = {}
        self.counter = 0

    def emit(self, text: str, tags: set[str] | None = None) -> None:
        self.lines.append(text)
        if tags:
            self.tags[len(self.lines)] = set(tags)

    def fresh(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    # -- types

    def names_in(self, annotation: ast.expr) -> set[str]:
        """The public classes an annotation names (what a change to them could break here)."""
        text = ast.unparse(annotation)
        return {
            word
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)
            if word in self.package.public or word in self.package.unions
        }

    def written(self, annotation: ast.expr) -> ast.expr:
        """The type a writer passes: enum literals spelled out, `models.X` as `X`."""
        return _Rewrite(self.package, reading=False).visit(_copy(annotation))

    def read(self, annotation: ast.expr) -> ast.expr:
        rewrite = _Rewrite(self.package, reading=True)
        return rewrite.open_union(rewrite.visit(_copy(annotation)))

    def value(self, annotation: ast.expr, params: list[str]) -> str:
        """An expression of the declared type built from typed parameters (appended to `params`)."""
        node = self.written(annotation)
        return self._value(node, params)

    def _value(self, node: ast.expr, params: list[str]) -> str:
        head = node.value if isinstance(node, ast.Subscript) else None
        head_name = ast.unparse(head) if head is not None else ""
        if head_name in ("list", "Sequence") and isinstance(node, ast.Subscript):
            return f"[{self._value(node.slice, params)}]"
        if head_name in ("dict", "Mapping") and isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple):
            return '{"k": ' + self._value(node.slice.elts[1], params) + "}"
        alternatives = _alternatives(node)
        if len(alternatives) > 1 and any(_is_container(a) for a in alternatives):
            flag = self.fresh()
            params.append(f"{flag}: bool")
            parts = [self._value(a, params) for a in alternatives]
            text = parts[-1]
            for part in reversed(parts[:-1]):
                text = f"({part} if {flag} else {text})"
            return text
        name = self.fresh()
        params.append(f"{name}: {ast.unparse(node)}")
        return name


def _copy(node: ast.expr) -> ast.expr:
    return ast.parse(ast.unparse(node), mode="eval").body


def _alternatives(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_alternatives(node.left), *_alternatives(node.right)]
    return [node]


def _is_container(node: ast.expr) -> bool:
    return isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("list", "dict", "Sequence", "Mapping")


def _union(parts: list[ast.expr]) -> ast.expr:
    result = parts[0]
    for part in parts[1:]:
        result = ast.BinOp(left=result, op=ast.BitOr(), right=part)
    return result


class _Rewrite(ast.NodeTransformer):
    def __init__(self, package: Package, *, reading: bool) -> None:
        self.package = package
        self.reading = reading

    def visit_Constant(self, node: ast.Constant) -> ast.expr:
        if isinstance(node.value, str):  # a quoted annotation ("models.Call"): its expression
            try:
                return self.visit(ast.parse(node.value, mode="eval").body)
            except SyntaxError:
                return node
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
        base = ast.unparse(node.value)
        if base == "models":
            return ast.Name(node.attr)
        if base == "builtins":
            return ast.Name(node.attr)
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        if ast.unparse(node.value) == "Literal":
            return node  # strings inside are values, not annotations
        node = self.generic_visit(node)  # type: ignore[assignment]
        if self.reading and isinstance(node, ast.Subscript):
            head = ast.unparse(node.value)
            if head in ("list", "Sequence"):
                node.value = ast.Name("Sequence")
                node.slice = self.open_union(node.slice)
            elif head in ("dict", "Mapping") and isinstance(node.slice, ast.Tuple):
                node.value = ast.Name("Mapping")
                node.slice.elts[-1] = self.open_union(node.slice.elts[-1])
        return node

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.package.values:
            return ast.Name("str") if self.reading else _copy(self.package.values[node.id])
        return node

    def open_union(self, node: ast.expr) -> ast.expr:
        """A read type admitting any model where it names one: a union (even of one member) that gains a
        member breaks no reader, a new member being some model or its `Unknown<Family>`."""
        parts = _alternatives(node)
        if any(
            isinstance(p, ast.Name) and (p.id in self.package.models or p.id in self.package.unknown) for p in parts
        ):
            return _union([*parts, ast.Name("Model"), ast.Name("UnknownVariant")])
        return node


def write_probe(package_dir: Path) -> tuple[str, dict[int, set[str]]]:
    package = read_package(package_dir)
    w = Writer(package)
    w.emit("# A probe of the package's public surface (vapi_spec.probe); type-checked, never run.")
    w.emit("from __future__ import annotations")
    w.emit("import datetime")
    w.emit("from collections.abc import Mapping, Sequence")
    w.emit("from typing import IO, Any, Literal")
    for name, module in sorted(PRIVATE_TYPES.items()):
        w.emit(f"from {module} import {name}")
    w.emit("from vapi_client import VapiClient")
    w.emit("from vapi_client.models import unions")
    for name in sorted(package.public):
        w.emit(f"from vapi_client.models import {name}", {name})
    w.emit("")
    for name in package.unions:
        w.emit(f"def union_{name}(value: unions.{name}) -> None: ...", {name})
    for name, members in sorted(package.enums.items()):
        w.emit(f"def enum_{name}() -> None:")
        w.emit("    pass")
        for member in members:
            w.emit(f"    {w.fresh()}: {name} = {name}.{member}", {name})
    for name, fields in sorted(package.models.items()):
        w.emit(f"def read_{name}(model: {name}) -> None:")
        w.emit("    pass")
        for attr, annotation, _default in fields:
            tags = {f"{name}.{attr}"} | w.names_in(annotation)
            w.emit(f"    {w.fresh()}: {ast.unparse(w.read(annotation))} = model.{attr}", tags)
        params: list[str] = []
        arguments = []
        for attr, annotation, _default in fields:
            arguments.append((attr, w.value(annotation, params), {f"{name}.{attr}"} | w.names_in(annotation)))
        w.emit(f"def build_{name}({', '.join(params)}) -> None:")
        w.emit(f"    {name}(", {name})
        for attr, expression, tags in arguments:
            w.emit(f"        {attr}={expression},", tags)
        w.emit("    )")
    for resource, methods in sorted(package.resources.items()):
        for index, (method, args) in enumerate(methods):
            params = []
            call_args = []
            positional = [a for a in args.posonlyargs + args.args if a.arg != "self"]
            for arg in [*positional, *args.kwonlyargs]:
                if arg.annotation is None:
                    continue
                symbol = f"{resource}.{method}({arg.arg})"
                call_args.append((arg.arg, w.value(arg.annotation, params), {symbol} | w.names_in(arg.annotation)))
            w.emit(f"def call_{resource}_{method}_{index}(client: VapiClient, {', '.join(params)}) -> None:")
            w.emit(f"    client.{resource}.{method}(", {f"{resource}.{method}"})
            for arg, expression, tags in call_args:
                w.emit(f"        {arg}={expression},", tags)
            w.emit("    )")
    return "\n".join(w.lines) + "\n", w.tags


# ---------------------------------------------------------------------------------------
# Matching mypy's errors on a probe with the change report

ERROR = re.compile(r"^[^:\n]+:(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)
ARGUMENT = re.compile(  # an error at a call's first line names the argument and its owner
    r'(?:Missing named argument|Missing positional argument|Unexpected keyword argument) "(?P<arg>\w+)"'
    r'(?: in call to| for) "(?P<owner>\w+)"'
)
NO_NAME = re.compile(r'Module "vapi_client\.models" has no attribute "(?P<name>\w+)"')


def mypy_errors(probe: Path, package_parent: Path, cache: Path) -> list[tuple[int, str]]:
    """(line, message) of each `mypy --strict` error in `probe` against the package in `package_parent`."""
    import os
    import subprocess
    import sys

    argv = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"]
    result = subprocess.run(
        [*argv, "--cache-dir", str(cache), probe.name],
        env={**os.environ, "MYPYPATH": str(package_parent)},
        cwd=probe.parent,
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1) or (result.returncode == 1 and not ERROR.search(result.stdout)):
        raise RuntimeError(f"mypy failed: {result.stdout[-2000:]}{result.stderr[-2000:]}")
    return [(int(m["line"]), m["message"]) for m in ERROR.finditer(result.stdout)]


def error_symbols(line: int, message: str, tags: dict[int, set[str]]) -> set[str]:
    """What an error is about: its line's tags, and a missing argument's owner (`Model.arg`)."""
    found = set(tags.get(line, ()))
    missing = ARGUMENT.search(message)
    if missing:
        found.add(f"{missing['owner']}.{missing['arg']}")
        found |= {f"{tag}({missing['arg']})" for tag in tags.get(line, ()) if "." in tag and "(" not in tag}
    return found


def entry_symbols(entry: dict[str, object]) -> set[str]:
    """The probe's symbols a report entry names: `models.Call.ended_reason` -> `Call.ended_reason`,
    `unions.Voice` -> `Voice`, `client.calls.create(assistant=...)` -> `calls.create(assistant)`, a
    request body `client.calls.delete(...)` -> `calls.delete(body)`, a retired name -> that name."""
    found: set[str] = set()
    for text in entry.get("python", ()) or ():  # type: ignore[attr-defined]
        text = str(text)
        call = re.fullmatch(r"client\.(\w+)\.(\w+)(?:\((\w+)=\.\.\.\)|\(\.\.\.\)|\(\) -> \.\.\.)?", text)
        if call:
            resource, method, arg = call.groups()
            if arg:
                found.add(f"{resource}.{method}({arg})")
            elif text.endswith("(...)"):
                found.add(f"{resource}.{method}(body)")
            else:
                found.add(f"{resource}.{method}")
            continue
        parts = text.replace("[]", "").split(".")
        if parts[0] in ("models", "unions"):
            found.add(".".join(parts[1:3]))
    if "name" in entry:
        found.add(str(entry["name"]))
    if entry.get("kind") == "union-members-removed":  # the lines that passed a removed member name it
        found |= {str(item) for item in entry.get("items", ())}  # type: ignore[attr-defined]
    return found


@dataclass
class Verdict:
    errors: int  # mypy errors on the probe
    unexplained: list[str]  # errors no breaking entry names (recall misses)
    breaking: int  # breaking entries (and retired names) the probe can observe
    unconfirmed: list[str]  # breaking entries no error confirms (false alarms, unless a runtime refusal)

    @property
    def recall(self) -> float:
        return 1.0 if not self.errors else 1 - len(self.unexplained) / self.errors


def judge(
    report: dict[str, object], errors: list[tuple[int, str]], tags: dict[int, set[str]], lines: list[str]
) -> Verdict:
    entries = [
        *report["breaking"],  # type: ignore[misc]
        *report.get("names", {}).get("retired", ()),  # type: ignore[attr-defined]
        *({"name": name, "kind": "schema-removed"} for name in report["schemas"]["removed"]),  # type: ignore[index]
    ]
    probed = set().union(*tags.values())
    entries = [e for e in entries if e.get("kind") != "schema-removed" or e["name"] in probed]  # exported ones
    named = [(entry, entry_symbols(entry)) for entry in entries]
    seen: set[str] = set()
    # A name that no longer exists is Any to mypy: the lines using it cannot fail, the import stands for them.
    gone = {m["name"] for _line, message in errors if (m := NO_NAME.search(message))}
    for tagged in tags.values():
        if tagged & gone:
            seen |= tagged
    unexplained = []
    for line, message in errors:
        symbols = error_symbols(line, message, tags)
        seen |= symbols
        if not any(symbols & names for _entry, names in named):
            unexplained.append(f"{lines[line - 1].strip()}  # {message}  {sorted(symbols)}")
    # mypy reports one of a call's argument errors at a time: a failing constructor confirms every new
    # required field of its class.
    failed_calls = {tag for line, _message in errors for tag in tags.get(line, ()) if "." not in tag}
    unconfirmed = [
        f"{entry.get('where', entry.get('name'))} [{entry.get('kind')}]: {entry.get('what', '')} {sorted(names)}"
        for entry, names in named
        if not names & seen
        and not (
            entry.get("kind") in ("property-added", "made-required")
            and any(name.split(".")[0] in failed_calls for name in names)
        )
    ]
    return Verdict(len(errors), unexplained, len(named), unconfirmed)
