"""Specialised codecs written into each model's module: a fast loader and a `to_dict`.

The generic codec (`_codec._generic`) interprets a schema's table for every value; the code written here is that
table unrolled, so a parse is a run of type tests and stores and ships as bytecode (nothing is compiled
at run time). It is exact by construction:

* the loader takes a value only when the generic loader would keep it unchanged, with no issue, in both
  modes (a string within its limits, a finite number in range, a known enum value, a known union tag...);
  any other value marks its property "slow" and the loader returns what it has, and `_codec._generic` runs the
  generic loader for the slow properties alone, in the order of the data, as it always did;
* `to_dict` writes each property with the expression the generic dumper's closure evaluates.

tests/property/test_codecs.py compares the two on every schema's examples and on mutated payloads.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

# The names the generated code uses, imported once per model module.
HEADER = (
    "from .._codec._generic import FAST as _FAST\n"
    "from .._codec._generic import MEMBERS as _MEMBERS\n"
    "from .._codec._generic import PATTERNS as _PATTERNS\n"
    "from .._codec._generic import Resume as _R\n"
    "from .._codec._generic import SLOW as _S\n"
    "from .._codec._generic import codec_helpers as _h\n"
)


def add_codecs(models_dir: Path, tables: dict[str, Any]) -> None:
    """Append the codec of every model class found in `models_dir` to its module."""
    for path in sorted(models_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "_json_fields" not in text:
            continue
        tree = ast.parse(text)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and _schema_of(node) in tables["SCHEMAS"]:
                schema = _schema_of(node)
                assert schema is not None
                source = render(node.name, tables["SCHEMAS"][schema], _fields(node), tables)
                text = text.rstrip("\n") + "\n\n\n" + source
                if HEADER not in text:
                    anchor = "from .._codec._model import Model\n"
                    text = text.replace(anchor, anchor + HEADER, 1)
        path.write_text(text, encoding="utf-8")


def _schema_of(node: ast.ClassDef) -> str | None:
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.target.id == "_schema":
            value = item.value
            return value.value if isinstance(value, ast.Constant) else None
    return None


def _fields(node: ast.ClassDef) -> list[tuple[str, str]]:
    """(JSON name, Python name) of every property, in the order of the class's `__init__` (attrs:
    the order the fields are declared in)."""
    json_names: dict[str, str] = {}
    declared: list[str] = []
    for item in node.body:
        if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
            continue
        name = item.target.id
        if name == "_json_fields":
            assert item.value is not None
            json_names = {py: js for js, py in ast.literal_eval(item.value)}
        elif not name.startswith("_") and name != "additional_properties":
            declared.append(name)
    return [(json_names[py], py) for py in declared]


class _Names:
    """Fresh local names for nested loops."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.count = 0
        self.module_lines: list[str] = []  # module-level helpers the functions use (oneOf deciders)

    def __call__(self, stem: str) -> str:
        self.count += 1
        return f"{stem}{self.count}"


def render(class_name: str, table: dict[str, Any], fields: list[tuple[str, str]], tables: dict[str, Any]) -> str:
    props: dict[str, tuple[Any, ...]] = table["properties"]
    required = set(table["required"])
    names = _Names(class_name)
    load, to_dict, known = f"_load_{class_name}", f"_to_dict_{class_name}", f"_KNOWN_{class_name}"
    partial = ", ".join(f"{json_name!r}: p{index}" for index, (json_name, _py) in enumerate(fields))
    lines = [
        f"def {load}(data: dict[str, Any], strict: bool) -> {class_name} | dict[str, Any]:",
        f'    """{class_name} from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""',
        "    unset = UNSET",
        *(f"    p{index}: Any = unset" for index in range(len(fields))),
        "    slow = False",
    ]
    for index, (json_name, _py) in enumerate(fields):
        local = f"p{index}"
        lines.append(f"    if {json_name!r} in data:")
        lines.append(f"        v = data[{json_name!r}]")
        body = _load_into(props[json_name], "v", local, names, tables)
        if body is None:
            body = [f"{local} = _S"]
        lines += ["        " + line for line in body]
        resumable = f" or type({local}) is _R" if _resumable(props[json_name]) else ""
        lines.append(f"        if {local} is _S{resumable}:")
        lines.append("            slow = True")
        if json_name in required:
            lines += ["    else:", f"        {local} = _S", "        slow = True"]
    args = ", ".join(f"p{index}" for index in range(len(fields)))
    lines += [
        "    if not slow:",
        f"        if data.keys() <= {known}:",
        f"            return {class_name}({args})",
        "        if not strict:  # (strict: the generic loader looks for misspelled properties)",
        f"            obj = {class_name}({args})",
        f"            obj.additional_properties = {{k: x for k, x in data.items() if k not in {known}}}",
        "            return obj",
        f"    return {{{partial}}}",
        "",
        "",
        f"{known} = frozenset({tuple(json_name for json_name, _py in fields)!r})",
        "",
        "",
        f"def {to_dict}(self: {class_name}) -> dict[str, Any]:",
        '    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""',
        "    out: dict[str, Any] = {}",
        "    v: Any",
    ]
    python_names = dict(fields)
    for json_name in props:  # the spec's order, as the generic dumper writes them
        py = python_names[json_name]
        lines.append(f"    v = self.{py}")
        lines.append("    if v is not UNSET:")
        lines.append(f"        out[{json_name!r}] = {_dump(props[json_name], 'v', names)}")
    lines += [
        "    extra = self.additional_properties",
        "    if extra:",
        "        out.update(_h.fresh(extra))",
        "    return out",
        "",
        "",
        f"{class_name}._fast_load = {load}",
        f'setattr({class_name}, "to_dict", {to_dict})  # noqa: B010 - replaces Model.to_dict',
    ]
    return "\n".join([*names.module_lines, "", "", *lines]) + "\n"


# ---------------------------------------------------------------------------------------------------
# loading: statements that set `target` to the loaded value, or to _S when the value is off the fast path.


def _load_into(desc: tuple[Any, ...], src: str, target: str, names: _Names, tables: dict[str, Any]) -> list[str] | None:
    kind = desc[0]
    test = _plain_test(desc, src)
    if test is not None:
        return [f"{target} = {src} if {test} else _S"]
    if kind == "enum":
        # A value the enum does not know is kept as an open-enum member, but a strict parse refuses it
        # unless the property also takes any string (or the enum is marked extensible).
        open_ok = "True" if desc[2] or tables["ENUMS"][desc[1]]["extensible"] else "not strict"
        return [
            f"{target} = _MEMBERS[{desc[1]!r}].get({src}, _S) if type({src}) is str else _S",
            f"if {target} is _S and type({src}) is str and {open_ok}:",
            f"    {target} = _h.open_member({desc[1]!r}, {src})",
        ]
    if kind == "datetime":
        return [f"{target} = _h.datetime_or_slow({src})"]
    if kind == "model":
        return [
            f"{target} = _FAST[{desc[1]!r}]({src}, strict) if type({src}) is dict else _S",
            f"if type({target}) is dict:  # loaded in part: the generic loader finishes it",
            f"    {target} = _R({desc[1]!r}, {target})",
        ]
    if kind == "union":
        union = tables["UNIONS"][desc[1]]
        tag, alternative = names("tag"), names("alternative")
        registry = f"_alternatives_{desc[1]}"
        line = f"{registry} = _h.alternatives({desc[1]!r})"
        if line not in names.module_lines:
            names.module_lines.append(line)
        return [
            f"{tag} = {src}.get({union['tag']!r}) if type({src}) is dict else None",
            f"{alternative} = {registry}[{tag}] if type({tag}) is str else None",
            f"if {alternative} is None:  # not an object, or a tag this spec does not know",
            f"    {target} = _S",
            "else:",
            f"    {target} = {alternative}[1]({src}, strict)",
            f"    if type({target}) is dict:",
            f"        {target} = _R({alternative}[0], {target})",
        ]
    if kind == "nullable":
        inner = _load_into(desc[1], src, target, names, tables)
        if inner is None:
            return None
        return [f"if {src} is None:", f"    {target} = None", "else:", *("    " + line for line in inner)]
    if kind == "array":
        if desc[1][0] == "any":
            return [f"{target} = {src} if type({src}) is list else _S"]
        item_test = _plain_test(desc[1], "e")
        if item_test is not None:
            return [f"{target} = {src}[:] if type({src}) is list and all({item_test} for e in {src}) else _S"]
        return _loop(desc[1], src, target, names, tables, "list")
    if kind == "map":
        return _loop(desc[1], src, target, names, tables, "dict")
    if kind == "oneof":
        option = names(f"_{names.owner}_one_of_")
        names.module_lines.append(f"{option} = _h.OneOf{desc[1:]!r}")
        return [f"{target} = {option}({src}, strict)"]
    return None


def _loop(
    item: tuple[Any, ...], src: str, target: str, names: _Names, tables: dict[str, Any], container: str
) -> list[str] | None:
    element, loaded, out, key, resume = names("e"), names("x"), names("out"), names("k"), names("resume")
    body = _load_into(item, element, loaded, names, tables)
    if body is None:
        return None
    # Items off the fast path are kept as SLOW, items loaded in part as Resume: the generic item loader
    # finishes those alone (`Resume` with the item's descriptor), the others are not loaded twice.
    items = names(f"_{names.owner}_items_")
    names.module_lines.append(f"{items} = _h.Items({item!r})")
    if container == "list":
        head = [f"{out}: list[Any] = []", f"for {element} in {src}:"]
        store = f"    {out}.append({loaded})"
    else:
        head = [f"{out}: dict[str, Any] = {{}}", f"for {key}, {element} in {src}.items():"]
        store = f"    {out}[{key}] = {loaded}"
    check = f"{loaded} is _S or type({loaded}) is _R" if _resumable(item) else f"{loaded} is _S"
    return [
        f"if type({src}) is {container}:",
        f"    {resume} = False",
        *("    " + line for line in head),
        *("        " + line for line in body),
        f"        if {check}:",
        f"            {resume} = True",
        "    " + store,
        f"    {target} = _R({items}, {out}) if {resume} else {out}",
        "else:",
        f"    {target} = _S",
    ]


def _resumable(desc: tuple[Any, ...]) -> bool:
    """Whether the loaded value can be a `Resume` (something loaded in part)."""
    kind = desc[0]
    if kind in ("model", "union", "oneof", "map"):
        return True
    if kind == "array":
        return desc[1][0] != "any" and _plain_test(desc[1], "e") is None
    if kind == "nullable":
        return _resumable(desc[1])
    return False


def _plain_test(desc: tuple[Any, ...], src: str) -> str | None:
    """A test under which the generic loader keeps `src` as it is, with no issue in either mode."""
    kind = desc[0]
    if kind == "string":
        limits = desc[1]
        tests = [f"type({src}) is str"]
        if "maxLength" in limits:
            tests.append(f"len({src}) <= {limits['maxLength']!r}")
        if "pattern" in limits:
            tests.append(f"_PATTERNS[{limits['pattern']!r}].search({src}) is not None")
        return " and ".join(tests)
    if kind in ("number", "integer"):
        limits = desc[1]
        if kind == "integer":
            tests = [f"type({src}) is int"]
        else:  # finite: inf - inf and nan - nan are nan
            tests = [f"(type({src}) is int or (type({src}) is float and {src} - {src} == 0))"]
        if "minimum" in limits:
            tests.append(f"{src} >= {limits['minimum']!r}")
        if "maximum" in limits:
            tests.append(f"{src} <= {limits['maximum']!r}")
        return " and ".join(tests)
    if kind == "boolean":
        return f"({src} is True or {src} is False)"
    if kind == "any":
        return "True"
    if kind == "object":
        return f"type({src}) is dict"
    if kind == "const":
        if desc[1] is None:
            return f"{src} is None"
        return f"type({src}) is {type(desc[1]).__name__} and {src} == {desc[1]!r}"
    return None


# ---------------------------------------------------------------------------------------------------
# dumping: the expression `_codec._generic._dumper(desc)` evaluates, inlined.


def _dump(desc: tuple[Any, ...], src: str, names: _Names) -> str:
    expr = _dump_expr(desc, src, names)
    if expr is not None:
        return expr
    # Written as it is; only a container (a free-form object, or a value a lenient parse kept) is copied.
    if desc[0] in ("string", "number", "integer", "boolean", "const"):
        return f"{src} if type({src}) is not dict and type({src}) is not list else _h.fresh({src})"
    return f"_h.fresh({src})"


def _dump_expr(desc: tuple[Any, ...], src: str, names: _Names) -> str | None:
    """None where the generic dumper is None (the value is written as it is, containers copied)."""
    kind = desc[0]
    if kind in ("model", "union"):
        return f"{src}.to_dict() if hasattr({src}, 'to_dict') else _h.fresh({src})"
    if kind == "enum":
        return f"{src}._value_ if isinstance({src}, _h.Enum) else _h.fresh({src})"
    if kind == "datetime":
        return f"_h.format_datetime({src}) if isinstance({src}, _h.datetime) else _h.fresh({src})"
    if kind == "nullable":
        return _dump_expr(desc[1], src, names)
    if kind == "array":
        item = names("i")
        inner = _dump_expr(desc[1], item, names)
        if inner is None:
            return None
        return f"[{inner} for {item} in {src}] if type({src}) is list else _h.fresh({src})"
    if kind == "map":
        key, item = names("k"), names("i")
        inner = _dump_expr(desc[1], item, names)
        if inner is None:
            return None
        return f"{{{key}: {inner} for {key}, {item} in {src}.items()}} if type({src}) is dict else _h.fresh({src})"
    if kind == "oneof":
        return f"_h.dump_json({src})"
    return None
