"""Update `openapi.yaml` from a Vapi OpenAPI document: the command behind `nox -s update-spec -- PATH`.

    python -m vapi_spec.update PATH [--label 2026-08] [--strict]
        PATH: Vapi's published OpenAPI JSON, plain or .json.gz. Writes spec/upstream.json, openapi.yaml,
        the names lock (spec/names.lock.json), then the change report, added first to spec/CHANGES.md and
        spec/changes.json (both keep every earlier report as it was). A rebuild from the same upstream with
        other sources (selection, overlay, rules) is reported too.
    python -m vapi_spec.update spec/upstream.json --since spec/history/openapi-2024-05.yaml
        Rebuild from the committed upstream; report the changes since an older spec (how the first
        report, seed era to 2026-08, was made).
    python -m vapi_spec.update --check
        Rebuild from the committed spec/upstream.json in strict mode and fail if openapi.yaml or the names
        lock differs (CI).

Strict mode fails, naming the entry, when an overlay entry matches nothing upstream; otherwise such
entries are printed as warnings. Nothing is written unless everything was built: the files are
written to temporary names first and then renamed into place.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import build as spec_build
from . import names as spec_names
from . import operations as spec_operations
from . import rules as spec_rules
from . import safety as spec_safety

JSONObject = dict[str, Any]

ROOT = spec_build.ROOT
SPEC = ROOT / "openapi.yaml"
SPEC_DIR = ROOT / "spec"
UPSTREAM = SPEC_DIR / "upstream.json"
HEADER = (
    "# Vapi's Calls API, made by `nox -s update-spec` from spec/: Vapi's published document (spec/upstream.json),\n"
    "# the selection (spec/selection.yaml), our fixes (spec/overlay.yaml) and named rules (spec/rules.yaml).\n"
    "# Do not edit by hand: change those and run `nox -s update-spec -- spec/upstream.json`.\n"
)


def label_for(path: Path) -> str:
    """`vapi-openapi-2026-08.json.gz` -> `2026-08`; otherwise the file's stem."""
    found = re.search(r"(\d{4}-\d{2}(?:-\d{2})?)", path.name)
    return found.group(1) if found else path.name.split(".")[0]


@dataclass
class Built:
    """One build of `openapi.yaml`, kept in memory from the upstream document through the report."""

    text: str  # openapi.yaml
    doc: JSONObject  # the same document, as built (never read back from disk)
    warnings: list[str]
    lock: JSONObject  # the names lock after this build
    names: JSONObject  # what changed in it: {added, retired, revived}


def build(upstream: JSONObject, upstream_bytes: bytes, label: str, *, strict: bool, spec_dir: Path) -> Built:
    """Build openapi.yaml from an upstream document already parsed, with the names lock of `spec_dir`."""
    selection, overlay, rules = spec_build.load_sources(spec_dir)
    lock = spec_names.load(spec_dir)
    doc, warnings, _log = spec_build.build(upstream, selection, overlay, rules, strict=strict, names=lock)
    doc["info"]["version"] = label
    doc["info"]["x-vapi-upstream"] = {"label": label, "sha256": hashlib.sha256(upstream_bytes).hexdigest()}
    methods = spec_names.operation_methods(doc, selection.get("operations", {}))
    try:
        new_lock, delta = spec_names.update(lock, spec_names.public_names(doc, methods), label)
    except spec_names.NameConflict as error:
        raise SystemExit(f"update-spec: a locked name would change meaning: {error}") from None
    return Built(spec_build.dump_yaml(doc, HEADER), doc, warnings, new_lock, delta)


def make(upstream_bytes: bytes, label: str, *, strict: bool, spec_dir: Path = SPEC_DIR) -> tuple[str, list[str]]:
    """(openapi.yaml text, warnings) for an upstream document."""
    built = build(
        spec_build.parse_document(upstream_bytes, "upstream"), upstream_bytes, label, strict=strict, spec_dir=spec_dir
    )
    return built.text, built.warnings


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def sources_digest(spec_dir: Path) -> str:
    """A short digest of what we add to upstream (selection, overlay, rules): names a rebuild's report."""
    digest = hashlib.sha256()
    for name in ("selection.yaml", "overlay.yaml", "rules.yaml"):
        digest.update((spec_dir / name).read_bytes())
    return digest.hexdigest()[:8]


def update(path: Path, *, label: str, strict: bool, root: Path = ROOT, since: Path | None = None) -> dict[str, Any]:
    """Write the new upstream copy, openapi.yaml, the names lock and the change report; return the report."""
    from . import changes as spec_changes  # the report is only needed here, not by --check

    spec_path, spec_dir = root / "openapi.yaml", root / "spec"
    upstream_bytes, upstream = spec_build.read_and_parse(path)
    try:
        built = build(upstream, upstream_bytes, label, strict=strict, spec_dir=spec_dir)
    except spec_build.StaleFixError as error:
        raise SystemExit(f"update-spec: {error}") from None
    for warning in built.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    baseline = since or spec_path
    old_text = baseline.read_text(encoding="utf-8") if baseline.exists() else ""
    old = load_yaml(old_text) if old_text else {"paths": {}, "components": {}}
    old_label = str(old.get("info", {}).get("version", "none"))
    # A rebuild from the same upstream (a new selection, overlay or rules) is reported like an update, under
    # a label naming the sources it was built from; an identical rebuild reports nothing.
    same_upstream = since is None and old.get("info", {}).get("x-vapi-upstream") == built.doc["info"]["x-vapi-upstream"]
    to_label = f"{label} (rebuilt, spec/ {sources_digest(spec_dir)})" if same_upstream else label
    report = spec_changes.compare(
        old, built.doc, from_label=old_label, to_label=to_label, names=built.names, methods_lock=built.lock
    )
    renamed, attributes = renamed_keywords(built.doc), renamed_attributes(built.doc)
    for entry in [*renamed, *attributes]:
        print(f"warning: {entry['what']}", file=sys.stderr)
    if renamed:
        report["renamed_keywords"] = renamed
    if attributes:
        report["renamed_attributes"] = attributes
    # What the contradiction rules (example_types, ...) now do that they did not in the previous spec.
    earlier = spec_rules.rule_effects(old)
    effects = [effect for effect in spec_rules.rule_effects(built.doc) if effect not in earlier]
    if effects:
        report["rules"] = effects
    staged = {
        spec_dir / "upstream.json": upstream_bytes,
        spec_path: built.text.encode("utf-8"),
        spec_dir / spec_names.LOCK_FILE: spec_names.dump(built.lock).encode("utf-8"),
    }
    write_report = not (same_upstream and old_text == built.text)
    if write_report:
        # Every report is kept: this one is added first, or replaces its own earlier run where it stands.
        reports = spec_changes.with_report(spec_changes.load_reports(spec_dir / "changes.json"), report)
        staged[spec_dir / "changes.json"] = spec_changes.dump_reports(reports).encode("utf-8")
    write_all(staged)
    if write_report:
        markdown = spec_changes.render_markdown(report)
        for title, entries in (("Renamed keywords", renamed), ("Renamed attributes", attributes)):
            if entries:
                markdown = markdown.rstrip("\n") + f"\n\n{title}:\n" + "".join(f"- {e['what']}\n" for e in entries)
        spec_changes.prepend_markdown(spec_dir / "CHANGES.md", markdown)
    return report


def renamed_keywords(doc: JSONObject) -> list[dict[str, str]]:
    """The keywords `safety.keyword_names` renames (a body field `timeout` is `timeout_`: the client's own
    keyword keeps its name), as the generator will, for the report."""
    out: list[dict[str, str]] = []
    schemas = doc["components"]["schemas"]
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method not in spec_operations.HTTP_METHODS:
                continue
            parameters = [
                spec_safety.resolve(doc, p["$ref"]) if "$ref" in p else p
                for p in [*item.get("parameters", ()), *operation.get("parameters", ())]
            ]
            places = [(p["name"], f"{p['in']} parameter") for p in parameters if p.get("in") in ("path", "query")]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            target = schemas.get(str(body.get("$ref", "")).removeprefix(spec_safety.REF_PREFIX), {})
            fields = list(target.get("properties", {}))
            places += [(field, "body field") for field in fields]
            # As the generator names them: a body field's keyword is its model attribute (`validate_`), renamed again
            # where a keyword took it.
            python = [spec_names.python_identifier(name, "field") for name, _ in places]
            attributes = spec_safety.attribute_names(python[len(python) - len(fields) :])
            given = [*python[: len(python) - len(fields)], *attributes.values()]
            keywords = spec_safety.keyword_names(given)
            method_name = f"{operation.get('x-vapi-resource')}.{operation.get('x-vapi-method')}"
            for (name, kind), py, attribute in zip(places, python, given, strict=True):
                if keywords[attribute] != py:
                    what = (
                        f"{method.upper()} {path}: the {kind} {name!r} is the keyword `{keywords[attribute]}` of "
                        f"{method_name}() (`{py}` is taken)"
                    )
                    out.append(
                        {
                            "operation": f"{method.upper()} {path}",
                            "name": name,
                            "keyword": keywords[attribute],
                            "what": what,
                        }
                    )
    return out


def renamed_attributes(doc: JSONObject) -> list[dict[str, str]]:
    """The model attributes `safety.attribute_names` renames (a property `validate` is the attribute
    `validate_`: `Model.validate` keeps its meaning; the JSON name is unchanged), as the generator will."""
    out: list[dict[str, str]] = []
    for schema, node in doc["components"]["schemas"].items():
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict):
            continue
        python = {name: spec_names.python_identifier(name, "field") for name in properties}
        attributes = spec_safety.attribute_names(python.values())
        for name, py in python.items():
            if attributes[py] != py:
                what = f"{schema}: the property {name!r} is the attribute `{attributes[py]}` (`{py}` is a member of every model)"
                out.append({"schema": schema, "name": name, "attribute": attributes[py], "what": what})
    return out


def write_all(files: dict[Path, bytes]) -> None:
    """Write every file under a temporary name first, then rename them all: a failure while writing
    leaves the old files untouched."""
    temporary: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            temporary.append((Path(name), path))  # before writing: a failed write is cleaned up too
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(name, 0o644)
        for staged, path in temporary:
            staged.replace(path)
    finally:
        for staged, _ in temporary:
            staged.unlink(missing_ok=True)


def check(root: Path = ROOT) -> int:
    """0 if openapi.yaml is exactly what spec/ makes (strict), else 1 with the first differences."""
    upstream_bytes, upstream = spec_build.read_and_parse(root / "spec" / "upstream.json")
    committed = (root / "openapi.yaml").read_text(encoding="utf-8")
    label = str(load_yaml(committed)["info"]["version"])
    try:
        built = build(upstream, upstream_bytes, label, strict=True, spec_dir=root / "spec")
    except spec_build.StaleFixError as error:
        print(f"update-spec --check: {error}", file=sys.stderr)
        return 1
    text = built.text
    lock_path = root / "spec" / spec_names.LOCK_FILE
    if not lock_path.exists() or lock_path.read_text(encoding="utf-8") != spec_names.dump(built.lock):
        print(
            f"spec/{spec_names.LOCK_FILE} is not what spec/ makes: run `nox -s update-spec -- spec/upstream.json`",
            file=sys.stderr,
        )
        return 1
    if text != committed:
        import difflib

        diff = difflib.unified_diff(committed.splitlines(True), text.splitlines(True), "openapi.yaml", "rebuilt")
        sys.stdout.writelines(list(diff)[:200])
        print("openapi.yaml is not what spec/ makes: run `nox -s update-spec -- spec/upstream.json`", file=sys.stderr)
        return 1
    print("openapi.yaml is what spec/ makes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="Vapi OpenAPI document (.json or .json.gz)")
    parser.add_argument("--label", help="what to call this version in the report (default: from the file name)")
    parser.add_argument("--strict", action="store_true", help="fail when an overlay entry matches nothing")
    parser.add_argument("--check", action="store_true", help="fail if openapi.yaml is not what spec/ makes")
    parser.add_argument("--since", type=Path, help="report changes since this spec instead of the current openapi.yaml")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.path is None:
        parser.error("PATH is required (or --check)")
    label = args.label
    if label is None:
        label = (
            str(load_yaml(SPEC.read_text(encoding="utf-8"))["info"]["version"])
            if args.path.resolve() == UPSTREAM.resolve()
            else label_for(args.path)
        )
    report = update(args.path, label=label, strict=args.strict, since=args.since)
    breaking = report.get("breaking", [])
    retired = report.get("names", {}).get("retired", [])
    print(
        f"openapi.yaml updated to {label}: {len(report['operations']['added'])} operations added, "
        f"{len(report['operations']['removed'])} removed, {len(breaking)} breaking changes, "
        f"{len(retired)} public names retired (spec/CHANGES.md)"
    )
    print("next: nox -s generate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
