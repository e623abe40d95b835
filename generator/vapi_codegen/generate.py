"""Regenerate `generated/vapi_client` from `openapi.yaml`: the pipeline `nox -s generate` runs.

    spec -> openapi-python-client (custom templates) -> spec tables -> ruff -> header -> swap

It writes only what is made from the spec (models, spec tables, resources) into generated/vapi_client. The
hand-written half of the package (overrides/vapi_client) is never copied: the two folders are one package
(see the README's "How it is built").

Usage: python -m vapi_codegen [--check]   (--check: regenerate to a temp dir and diff)
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import in_double_quote_literal, snake_case
from vapi_spec import names as spec_names
from vapi_spec import safety as spec_safety
from vapi_spec.build import ROOT

from . import model_codecs, resources, source_text

SPEC = ROOT / "openapi.yaml"
GENERATOR = Path(__file__).resolve().parent  # templates, config.yaml and ruff.toml ship inside the package
TARGET = ROOT / "generated" / "vapi_client"
HAND_WRITTEN = ROOT / "overrides" / "vapi_client"
PACKAGE = "vapi_client"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail with a diff if generated/ is stale")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec to generate from (default: openapi.yaml)")
    parser.add_argument(
        "--output", type=Path, default=TARGET, help="where the generated half goes (default: generated/)"
    )
    parser.add_argument(
        "--vendor",
        type=Path,
        metavar="DIR",
        help="write the whole package (hand-written and generated halves) into DIR, e.g. your_service/vapi_client",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vapi-gen-") as tmp:
        package = build(Path(tmp), args.spec.resolve())
        if args.check:
            diff = diff_trees(TARGET, package)
            if diff:
                sys.stdout.write("".join(diff))
                print("\ngenerated/vapi_client is stale: run `nox -s generate`", file=sys.stderr)
                return 1
            print("generated/vapi_client is up to date")
            return 0
        if args.vendor is not None:
            whole = assemble(package, Path(tmp) / "whole" / PACKAGE)
            args.vendor.resolve().parent.mkdir(parents=True, exist_ok=True)
            swap(whole, args.vendor.resolve())
            print(f"wrote the whole package to {args.vendor}")
            return 0
        args.output.parent.mkdir(parents=True, exist_ok=True)
        swap(package, args.output.resolve())
    print(f"regenerated {args.output}")
    return 0


def assemble(generated: Path, destination: Path) -> Path:
    """One self-contained package folder from the two halves, for vendoring and for builds outside the
    checkout: the hand-written modules of overrides/vapi_client, then the generated ones (a name in both is an
    error: each file has one home). The wheel is assembled the same way by hatch (pyproject.toml)."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(HAND_WRITTEN, destination, ignore=ignore)
    for source in sorted(generated.rglob("*")):
        relative = source.relative_to(generated)
        target = destination / relative
        if "__pycache__" in relative.parts or source.is_dir() or relative == Path("py.typed"):
            continue
        if target.exists():
            raise SystemExit(f"{relative} is both hand-written and generated")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return destination


def build(tmp: Path, spec_path: Path = SPEC) -> Path:
    """Generate, add tables, merge overrides and format, all inside `tmp`."""
    out = tmp / "out"
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    check_spec_values(spec)
    tables = compile_tables(spec)
    templates = tmp / "templates"
    shutil.copytree(GENERATOR / "templates", templates)
    generator_input = tmp / "generator-input.json"
    write(generator_input, json.dumps(generator_view(spec)))
    write(templates / "_spec_data.jinja", render_template_data(tables, spec))
    run(
        [
            "openapi-python-client", "generate",
            "--path", str(generator_input),
            "--config", str(GENERATOR / "config.yaml"),
            "--custom-template-path", str(templates),
            "--meta", "none",
            "--output-path", str(out),
            "--fail-on-warning",
        ]
    )  # fmt: skip
    drop_free_form_models(out)
    drop_endpoint_layer(out)
    model_codecs.add_codecs(out / "models", tables)
    tables["OPERATIONS"] = resources.compile_operations(spec, tables, describe)
    for line in resources.renames(tables):  # what update-spec reported, for whoever runs generate alone
        print(f"generate: renamed: {line}", file=sys.stderr)
    add_enum_aliases(out / "models", tables)
    check_names_locked(out, spec_path, tables)
    write(out / "_spec.py", render_tables(tables))
    write(out / "_resources.py", resources.render_resources(spec, tables["OPERATIONS"], tables))
    write(out / "models" / "unknown_variants.py", render_unknown_variants(tables))
    write(out / "models" / "unions.py", render_union_aliases(tables))
    drop_hand_written(out)
    config = ["--config", str(GENERATOR / "ruff_generated.toml")]
    run(["ruff", "check", "--fix", "--quiet", *config, str(out)])
    run(["ruff", "format", "--quiet", *config, str(out)])
    mark_generated(out)
    return out


#: The first line of every generated file.
HEADER = "# Generated from openapi.yaml by `nox -s generate`: do not edit.\n"


def mark_generated(out: Path) -> None:
    """Head every generated file with one line saying so. The marker `py.typed` carries it too, which also makes
    it differ from the hand-written half's (mypy wants the marker in each folder of the package)."""
    for path in sorted(out.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    (out / "py.typed").write_text(HEADER, encoding="utf-8")


def drop_hand_written(out: Path) -> None:
    """The package's `__init__.py` and `types.py` are hand-written (overrides/vapi_client): the generator's are
    dropped, so generated/vapi_client is a portion of the package, with no `__init__.py` of its own."""
    for name in ("__init__.py", "types.py"):
        (out / name).unlink()


# String formats the runtime keeps as plain `str` (it parses only date-times): without this the
# generator would annotate `format: uuid` as `UUID`, `format: date` as `date`, and `format: binary` (a file
# part of a multipart body, beyond the Calls selection) as a `File` its models do not import.
_PLAIN_FORMATS = frozenset({"uuid", "date", "uri", "email", "binary"})


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client sees it: string formats the runtime does not parse and number
    enums removed. openapi.yaml itself keeps them (documentation, validation, other languages)."""

    def strip(node: Any, depth: int = 0) -> Any:
        if depth > spec_safety.MAX_DEPTH:  # a reference loop through paths
            raise SystemExit("generate: refused: references nested more than 100 levels deep")
        if (
            isinstance(node, dict)
            and isinstance(node.get("$ref"), str)
            and not node["$ref"].startswith("#/components/")
        ):
            # openapi-python-client follows references into components only: one elsewhere (a JSON pointer
            # such as `#/paths/~1call~1{id}/get/parameters/0`) is given inline, its escapes decoded.
            try:
                return strip(spec_safety.resolve(spec, node["$ref"]), depth + 1)
            except spec_safety.UnsafeSpecError as error:
                raise SystemExit(f"generate: refused: {error}") from None
        if isinstance(node, dict):
            out = {key: strip(value, depth + 1) for key, value in node.items()}
            if out.get("type") in ("number", "integer") and isinstance(out.get("enum"), list):
                del out["enum"]  # the runtime keeps numbers as numbers; no IntEnum class for them
            elif isinstance(out.get("enum"), list) and "x-enum-varnames" not in out:
                names = enum_member_names(out["enum"])
                if names is not None:
                    out["x-enum-varnames"] = names
            if (
                isinstance(out.get("format"), str)
                and out["format"] in _PLAIN_FORMATS
                and out.get("type") in ("string", ["string", "null"])
            ):
                del out["format"]
            return out
        if isinstance(node, list):
            return [strip(value, depth + 1) for value in node]
        return node

    return strip(spec)  # type: ignore[no-any-return]


def enum_member_names(values: list[Any]) -> list[str] | None:
    """Member names for a string enum whose values openapi-python-client would name alike, else None (its own
    names stand). It names a member from the value's letters alone (`x"); ...` and `x'); ...` are both
    `X_...`) and keeps only the last of members named alike: a value silently lost. Here each keeps its
    name, or `VALUE_<index>` where that is taken or not a name; the values themselves are emitted with `repr`."""
    if not all(isinstance(value, str) for value in values):
        return None
    names = [
        snake_case(value.upper() if value[:1].isalpha() else f"VALUE_{index}").upper()
        for index, value in enumerate(values)
    ]
    if len(set(names)) == len(names):
        return None
    chosen: list[str] = []
    for index, name in enumerate(names):
        # A name the generator would change again (it applies snake_case to the names given) is not kept.
        if name in chosen or not name.isidentifier() or snake_case(name).upper() != name:
            name, number = f"VALUE_{index}", 1
            while name in chosen or name in names:
                number += 1
                name = f"VALUE_{index}_{number}"
        chosen.append(name)
    return chosen


def run(argv: list[str]) -> None:
    # Tools are called by name, never `python -m`: the generated types.py shadows the stdlib.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    local = Path(sys.executable).parent / argv[0]  # the tool pinned in this venv, if any
    argv = [str(local) if local.exists() else argv[0], *argv[1:]]
    result = subprocess.run(argv, cwd=GENERATOR, env=env, capture_output=True, text=True)
    if result.returncode != 0 or "Warning" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(argv[:2])}")


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------
# spec tables: what the runtime needs to parse, validate and redact, read from the spec


def check_spec_values(spec: dict[str, Any]) -> None:
    """Refuse, in one line, what the generated code could not hold as written: a schema name that is not a
    Python name (it names classes and aliases), a number with no literal (`.inf`), nesting too deep to walk."""
    for name in spec["components"]["schemas"]:
        source_text.identifier(name, "the schema name")
    stack: list[tuple[Any, int]] = [(spec, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > spec_safety.MAX_DEPTH:
            raise SystemExit(f"generate: refused: the spec is nested more than {spec_safety.MAX_DEPTH} levels deep")
        if isinstance(node, float):
            source_text.literal(node)
        elif isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)


def compile_tables(spec: dict[str, Any]) -> dict[str, Any]:
    schemas = spec["components"]["schemas"]
    tables: dict[str, Any] = {"SCHEMAS": {}, "ENUMS": {}, "UNIONS": {}, "SENSITIVE": {}, "HEADER_MAPS": set()}
    # Locked names of merged or renamed classes (`x-vapi-aliases`): exported as aliases, not in _spec.py.
    tables["ALIASES"], tables["UNION_ALIASES"] = {}, {}
    names = spec.get("info", {}).get("x-vapi-sensitive-names", {})
    tables["SENSITIVE_NAMES"] = {"pattern": names.get("pattern"), "except": tuple(names.get("except", ()))}
    for name, schema in schemas.items():
        if "oneOf" in schema and "discriminator" in schema:
            disc = schema["discriminator"]
            tables["UNIONS"][name] = {
                "tag": disc["propertyName"],
                "mapping": {tag: target.rsplit("/", 1)[1] for tag, target in disc["mapping"].items()},
            }
            for alias in schema.get("x-vapi-aliases", ()):
                tables["UNION_ALIASES"][alias] = name
        elif "enum" in schema:
            for alias in schema.get("x-vapi-aliases", ()):
                tables["ALIASES"][alias] = name
            tables["ENUMS"][name] = {
                "values": tuple(schema["enum"]),
                "extensible": bool(schema.get("x-vapi-extensible")),
            }
        elif schema.get("type") == "object" and "properties" in schema:
            props = schema["properties"]
            tables["SCHEMAS"][name] = {
                "properties": {prop: describe(sub, schemas) for prop, sub in props.items()},
                "required": tuple(schema.get("required", ())),
            }
            secret = tuple(prop for prop, sub in props.items() if sub.get("format") == "password")
            if secret:
                tables["SENSITIVE"][name] = secret
            tables["HEADER_MAPS"] |= {prop for prop, sub in props.items() if is_header_map(prop, sub, schemas)}
    tables["HEADER_MAPS"] = {name: True for name in sorted(tables["HEADER_MAPS"])}
    return tables


def is_header_map(name: str, schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """A property holding HTTP headers to send (`server.headers`): named so, and a map of any keys (not a JSON
    Schema describing headers). The runtime redacts its credential headers by name."""
    if not name.lower().endswith("headers"):
        return False
    target = schemas[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
    return is_free_form(target) or (
        target.get("type") == "object" and isinstance(target.get("additionalProperties"), dict)
    )


def describe(schema: dict[str, Any], schemas: dict[str, Any]) -> tuple[Any, ...]:
    """A compact, hashable descriptor of one property's schema (see `_codec._generic._LOADERS`)."""
    if "$ref" in schema:
        target = schema["$ref"].removeprefix(spec_safety.REF_PREFIX)
        if target not in schemas:  # a reference elsewhere (`#/paths/~1call/...`): no type the client can name
            raise SystemExit(f"generate: refused: {spec_safety.shown(schema['$ref'])} is not a component schema")
        resolved = schemas[target]
        if "discriminator" in resolved:
            return ("union", target)
        if "enum" in resolved:
            return ("enum", target, False)
        if is_free_form(resolved):
            return ("object",)
        return ("model", target)
    if "anyOf" in schema:
        refs = [s for s in schema["anyOf"] if "$ref" in s]
        strings = [s for s in schema["anyOf"] if s.get("type") == "string" and len(s) == 1]
        if len(refs) == 1 and strings and len(schema["anyOf"]) == 2:
            return ("enum", refs[0]["$ref"].rsplit("/", 1)[1], True)
        raise SystemExit(f"unsupported anyOf: {schema}")
    if "allOf" in schema:  # a reference refined in place (upstream, beyond the Calls selection)
        refs = [part for part in schema["allOf"] if "$ref" in part]
        return describe(refs[0], schemas) if len(refs) == 1 else ("any",)
    if "oneOf" in schema:
        options = [option for option in schema["oneOf"] if option.get("type") != "null"]
        nullable = len(options) < len(schema["oneOf"])
        described = tuple(describe(option, schemas) for option in options)
        # An untagged union: each value is tried against the options in order (strictly), else kept as is.
        inner = described[0] if len(described) == 1 else ("oneof", *described)
        return ("nullable", inner) if nullable else inner
    if "const" in schema:
        return ("const", schema["const"])
    kind = schema.get("type")
    if isinstance(kind, list):
        others = [k for k in kind if k != "null"]
        if len(others) != 1:
            raise SystemExit(f"unsupported type list: {kind}")
        return ("nullable", describe({**schema, "type": others[0]}, schemas))
    limits = {k: schema[k] for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema}
    if kind == "string":
        return ("datetime",) if schema.get("format") == "date-time" else ("string", limits)
    if kind in ("number", "integer"):
        if isinstance(schema.get("enum"), list):  # a number enum (VapiVoice.version: 1 or 2): its constants
            return ("oneof", *(("const", value) for value in schema["enum"]))
        return (kind, limits)
    if kind == "boolean":
        return ("boolean",)
    if kind == "array":
        return ("array", describe(schema["items"], schemas), limits)
    if kind == "object":
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            return ("map", describe(extra, schemas))
        return ("object",)
    if not schema or set(schema) <= {"description", "examples"}:
        return ("any",)
    raise SystemExit(f"unsupported schema: {schema}")


def is_free_form(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" and not schema.get("properties")


def render_tables(tables: dict[str, Any]) -> str:
    lines = [
        '"""Tables read from openapi.yaml by the generator: parsing, validation, redaction. Generated."""',
        "",
        "from typing import Any",
        "",
    ]
    for key in ("SCHEMAS", "ENUMS", "UNIONS", "SENSITIVE", "SENSITIVE_NAMES", "HEADER_MAPS", "OPERATIONS"):
        lines.append(f"{key}: dict[str, Any] = {tables[key]!r}")
        lines.append("")
    return "\n".join(lines)


# The Python type of a map's values (`additionalProperties: {type: string}` -> dict[str, str]).
_MAP_SCALARS = {"string": "str", "number": "float", "integer": "int", "boolean": "bool"}


def render_template_data(tables: dict[str, Any], spec: dict[str, Any] | None = None) -> str:
    """Spec facts the model template needs but the generator does not pass it: which fields
    are discriminated unions (the generator flattens a one-variant union into its variant), and each string
    enum value written as a Python literal (`repr`: the spec is data, never pasted into code as is), keyed by
    the escaped form openapi-python-client hands the templates (`enum.values`)."""
    literals: dict[str, str] = {}

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.get("enum", ()) if isinstance(node.get("enum"), list) else ():
                if isinstance(value, str):
                    key = in_double_quote_literal(value)
                    if literals.setdefault(key, repr(value)) != repr(value):
                        raise SystemExit(
                            f"generate: refused: enum values {literals[key]} and {value!r} differ only in control characters"
                        )
            for child in node.values():
                collect(child)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    collect(spec or {})
    # openapi-python-client reads a `$ref` property as its target alone and drops the description beside it
    # (`Call.status`): the property's own words, else its target's, go into the model docstring.
    schemas = (spec or {}).get("components", {}).get("schemas", {})
    docs: dict[str, str] = {}
    for schema_name, schema in schemas.items():
        for prop, sub in (schema.get("properties") or {}).items():
            refs = [part["$ref"] for key in ("oneOf", "anyOf", "allOf") for part in sub.get(key, ()) if "$ref" in part]
            refs = [sub["$ref"]] if "$ref" in sub else refs
            target = schemas.get(refs[0].rsplit("/", 1)[1], {}) if len(refs) == 1 else {}
            text = sub.get("description") or target.get("description")
            if isinstance(text, str) and text.strip():
                docs[f"{schema_name}.{in_double_quote_literal(prop)}"] = text
    unions: dict[str, str] = {}
    maps: dict[str, str] = {}
    attributes: dict[str, str] = {}  # only the renamed ones (`Schema.validate` -> `validate_`)
    for schema, table in tables["SCHEMAS"].items():
        for prop, attribute in resources.attributes(table["properties"]).items():
            if attribute != resources.py_name(prop):
                attributes[f"{schema}.{in_double_quote_literal(prop)}"] = attribute
        for prop, desc in table["properties"].items():
            if desc[0] == "map" and desc[1][0] == "model":
                maps[f"{schema}.{prop}"] = desc[1][1]
            elif desc[0] == "map" and desc[1][0] in _MAP_SCALARS:
                maps[f"{schema}.{prop}"] = _MAP_SCALARS[desc[1][0]]
            while desc[0] in ("array", "nullable"):
                desc = desc[1]
            if desc[0] == "oneof":  # a union beside other shapes (`oneOf: [{$ref: VoicemailDetection}, "off"]`,
                # `oneOf: [string, array of ChatInput]`)
                options = [option[1] if option[0] == "array" else option for option in desc[1:]]
                desc = next((option for option in options if option[0] == "union"), desc)
            if desc[0] == "union":
                unions[f"{schema}.{prop}"] = desc[1]
    return (
        "{# Generated by generate.py from openapi.yaml. #}\n"
        f"{{% set union_fields = {json.dumps(unions, sort_keys=True)} %}}\n"
        f"{{% set map_fields = {json.dumps(maps, sort_keys=True)} %}}\n"
        # Raw characters (ensure_ascii=False): Jinja reads JSON's surrogate-pair escapes as two lone surrogates.
        f"{{% set py_literal = {json.dumps(literals, sort_keys=True, ensure_ascii=False)} %}}\n"
        f"{{% set property_docs = {json.dumps(docs, sort_keys=True, ensure_ascii=False)} %}}\n"
        f"{{% set attribute_names = {json.dumps(attributes, sort_keys=True, ensure_ascii=False)} %}}\n"
    )


def render_unknown_variants(tables: dict[str, Any]) -> str:
    """One `Unknown<Family>` per union, with a typed read-only property for each field every known member has
    (same JSON name, same type): reading `tool.messages` type-checks whatever member `tool` is. The discriminator
    is one of them, typed `str` (each known member has its own constant)."""
    # UnknownVariant's own attributes: a shared field of that name keeps being read from `raw`.
    reserved = {"raw", "tag", "family", "tag_property", "validation_issues", "to_dict"}
    aliases = tables["UNION_ALIASES"]
    classes: list[str] = []
    needed: dict[str, set[str]] = {"models": set(), "unions": set()}
    for family, table in tables["UNIONS"].items():
        names = dict.fromkeys(table["mapping"].values())
        # A member that is no object model (none in the spec today) leaves nothing known to share.
        members = [tables["SCHEMAS"][name] for name in names if name in tables["SCHEMAS"]]
        shared: dict[str, tuple[str, tuple[Any, ...]]] = {}  # json name -> (annotation, descriptor)
        for json_name, desc in members[0]["properties"].items() if len(members) == len(names) else ():
            if json_name == table["tag"]:
                shared[json_name] = ("str", ("string", {}))
            elif all(json_name in member["properties"] for member in members):
                types = {_read_annotation(member["properties"][json_name], needed) for member in members}
                if len(types) == 1:  # the same type in every member (string limits aside)
                    required = all(json_name in member["required"] for member in members)
                    shared[json_name] = (types.pop() + ("" if required else " | Unset"), desc)
        classes += [
            "",
            "",
            f"class Unknown{family}(UnknownVariant):",
            f'    """A {family} whose {source_text.docstring(repr(table["tag"]))} is not one of: '
            f"{source_text.docstring(', '.join(table['mapping']))}.",
            "",
            "    The fields every known member has are typed here, read from `raw` (see SharedField).",
            '    """',
            "",
            "    __slots__ = ()",
            f"    family = {family!r}",
            f"    tag_property = {table['tag']!r}",
            *([""] if shared else []),
        ]
        # The attribute each member model has for the field (`validate_` for `validate`), so reading it
        # type-checks whatever member the value is.
        attributes = resources.attributes(members[0]["properties"]) if members else {}
        for json_name, (annotation, desc) in shared.items():
            name = attributes[json_name]
            if name in reserved:
                continue
            classes.append(f"    {name}: SharedField[{annotation}] = SharedField({json_name!r}, {desc!r})")
    models = sorted(needed["models"])
    unions = sorted(needed["unions"])
    lines = [
        '"""What an unknown tag of each discriminated union of the spec parses into. Generated."""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from typing import TYPE_CHECKING, Any, Literal",
        "",
        "from .._codec._unknown_variant import SharedField, UnknownVariant",
        "from ..types import Unset",
        "",
        "if TYPE_CHECKING:",
        f"    from . import {', '.join(models)}" if models else "    pass",
        f"    from .unions import {', '.join(unions)}" if unions else "",
        "",
        f"__all__ = {sorted('Unknown' + family for family in [*tables['UNIONS'], *aliases])!r}",
    ]
    # A locked name of a union that another now serves: the same class under its old name.
    tail = ["", *(f"Unknown{alias} = Unknown{family}" for alias, family in sorted(aliases.items()))] if aliases else []
    return "\n".join(lines + classes + tail) + "\n"


def _read_annotation(desc: tuple[Any, ...], needed: dict[str, set[str]]) -> str:
    """The type a model attribute described by `desc` reads as (leniently parsed), naming the classes it needs."""
    kind = desc[0]
    if kind in ("model", "enum"):
        needed["models"].add(desc[1])
        return f"{desc[1]} | str" if kind == "enum" and desc[2] else desc[1]
    if kind == "union":
        needed["unions"].add(desc[1])
        return desc[1]
    if kind == "array":
        return f"list[{_read_annotation(desc[1], needed)}]"
    if kind == "map":
        return f"dict[str, {_read_annotation(desc[1], needed)}]"
    if kind == "nullable":
        return f"{_read_annotation(desc[1], needed)} | None"
    if kind == "oneof":
        return " | ".join(dict.fromkeys(_read_annotation(option, needed) for option in desc[1:]))
    if kind == "const":
        return f"Literal[{desc[1]!r}]"
    scalars = {"string": "str", "number": "float", "integer": "int", "boolean": "bool"}
    return scalars.get(kind) or {"datetime": "datetime.datetime", "object": "dict[str, Any]"}.get(kind, "Any")


def render_union_aliases(tables: dict[str, Any]) -> str:
    """One type alias per discriminated union, e.g. ``Tool = CreateTransferCallToolDTO | ... | UnknownTool``."""
    unions = tables["UNIONS"]
    names = sorted({name for table in unions.values() for name in table["mapping"].values()})
    # A spec with no discriminated union (a narrow selection) has nothing to import: no empty `from . import`.
    imports = [
        "if TYPE_CHECKING:",
        f"    from . import {', '.join(names)}",
        f"    from .unknown_variants import {', '.join(sorted('Unknown' + family for family in unions))}",
        "",
    ]
    lines = [
        '"""Every discriminated union of the spec as a type alias: what a union field can hold. Generated."""',
        "",
        "from typing import TYPE_CHECKING, TypeAlias" if unions else "",
        "",
        *(imports if unions else []),
        f"__all__ = {sorted([*unions, *tables['UNION_ALIASES']])!r}",
    ]
    for family, table in unions.items():
        members = " | ".join([*table["mapping"].values(), f"Unknown{family}"])
        lines += ["", f'{family}: TypeAlias = "{members}"']
    for alias, family in sorted(tables["UNION_ALIASES"].items()):  # a locked name of a renamed union
        lines += ["", f"{alias}: TypeAlias = {family}"]
    return "\n".join(lines) + "\n"


def check_names_locked(out: Path, spec_path: Path, tables: dict[str, Any]) -> None:
    """Every public name this build makes must be in the names lock beside the spec (`spec/names.lock.json`,
    written by update-spec): a name downstream code imports is a contract, never made up on the way."""
    lock_path = spec_path.parent / "spec" / spec_names.LOCK_FILE
    if not lock_path.exists():
        raise SystemExit(f"no names lock beside {spec_path.name} (spec/{spec_names.LOCK_FILE}): run update-spec")
    lock = spec_names.load(lock_path.parent)
    exported = set(ast.literal_eval(_all_of(out / "models" / "__init__.py")))
    made = {
        "models": exported - set(lock["enums"]),
        "enums": exported & set(lock["enums"]),
        "unions": set(tables["UNIONS"]) | set(tables.get("UNION_ALIASES", ())),
        "unknown": {"Unknown" + family for family in [*tables["UNIONS"], *tables.get("UNION_ALIASES", ())]},
        # The operation table is keyed `resource.method` (`calls.create`), as the lock is.
        "methods": set(tables["OPERATIONS"]),
    }
    problems = spec_names.unlocked(lock, made)
    if problems:
        raise SystemExit(
            "public names not in the names lock (run update-spec, which names them and locks them):\n  "
            + "\n  ".join(problems)
        )


def add_enum_aliases(models: Path, tables: dict[str, Any]) -> None:
    """Each locked name of an enum merged into another (`x-vapi-aliases`) is that class under another name,
    defined beside it and exported like a model (lazily; typed for mypy)."""
    aliases = tables["ALIASES"]
    if not aliases:
        return
    init = models / "__init__.py"
    text = init.read_text(encoding="utf-8")
    modules = dict(re.findall(r'^    "(\w+)": "\.(\w+)",$', text, flags=re.MULTILINE))
    imports, entries, names = [], [], []
    for alias, target in sorted(aliases.items()):
        module = modules[target]
        with (models / f"{module}.py").open("a", encoding="utf-8") as handle:
            handle.write(f"\n\n{alias} = {target}  # a locked name of this class (names lock)\n")
        imports.append(f"    from .{module} import {alias}\n")
        entries.append(f'    "{alias}": ".{module}",\n')
        names.append(f'    "{alias}",\n')
    text = text.replace(
        "    from .unknown_variants import *", "".join(imports) + "    from .unknown_variants import *", 1
    )
    text = text.replace("_MODULES = {\n", "_MODULES = {\n" + "".join(entries), 1)
    text = text.replace("__all__ = [\n", "__all__ = [\n" + "".join(names), 1)
    init.write_text(text, encoding="utf-8")


def _all_of(module: Path) -> str:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return ast.unparse(node.value)
    return "()"


def drop_free_form_models(out: Path) -> None:
    """Free-form objects (metadata, variableValues, ...) are plain dicts: drop the
    placeholder classes the generator makes for them; nothing imports them."""
    models = out / "models"
    dropped: set[str] = set()
    for path in models.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if text.startswith("# vapi:free-form"):
            path.unlink()
            dropped |= {f".{path.stem} import", f'".{path.stem}"', f'"{text.split()[2]}",'}
    init = models / "__init__.py"
    lines = init.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not any(marker in line for marker in dropped)]
    init.write_text("".join(kept), encoding="utf-8")


def drop_endpoint_layer(out: Path) -> None:
    """openapi-python-client's endpoint functions (`api/`, `client.py`, `errors.py`) would be a second
    public surface with its own error contract; the resources (`_resources.py`) replace them."""
    shutil.rmtree(out / "api")
    for name in ("client.py", "errors.py"):
        (out / name).unlink()


def swap(new: Path, target: Path) -> None:
    """Replace `target` with `new` by renames, so a failed run never leaves half a package.

    Staging names are unique, so two runs at once cannot trip over each other's folders."""
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new-"))
    retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-")) / target.name
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; the package is not
        shutil.copytree(new, staging, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
        if target.exists():
            target.rename(retired)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already when the rename succeeded
        shutil.rmtree(retired.parent, ignore_errors=True)


def diff_trees(old: Path, new: Path) -> list[str]:
    ignore = ["__pycache__"]
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in sorted(cmp.left_only):
            out.append(f"only in generated/: {prefix}{name}\n")
        for name in sorted(cmp.right_only):
            out.append(f"missing from generated/: {prefix}{name}\n")
        for name in sorted(cmp.common_files):
            a = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            b = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            if a != b:
                out.extend(difflib.unified_diff(a, b, f"generated/{prefix}{name}", f"regenerated/{prefix}{name}"))
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    if not old.exists():
        return [f"{old} does not exist\n"]
    walk(filecmp.dircmp(old, new, ignore=ignore), f"{PACKAGE}/")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
