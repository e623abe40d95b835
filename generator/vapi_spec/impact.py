"""What a spec update would break in a service: `python -m vapi_spec.impact SERVICE [UPSTREAM]` (`nox -s impact`).

Builds the spec from UPSTREAM (default: the committed spec/upstream.json) in a temporary copy of spec/ with the
names lock, generates the package there, type-checks SERVICE (a folder or file) with `mypy --strict` against the
current package and against the regenerated one, and prints each line that fails only against the new one, with
the change report entry that explains it (or says none does: a gap in the report). Nothing in the checkout
is written. Exit status: 1 when the service would break, else 0.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import update as spec_update
from .build import ROOT

JSONObject = dict[str, Any]
ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:\d+:)? error: (?P<message>.*)$", re.MULTILINE)


def codegen_python() -> str:
    """The interpreter that has vapi_codegen's pinned tools: `VAPI_CODEGEN_PYTHON` when set, else this one."""
    return os.environ.get("VAPI_CODEGEN_PYTHON") or sys.executable


def mypy_errors(service: Path, package_path: str, cache: Path) -> dict[tuple[str, str], str]:
    """(file:line, message) -> the source line, for each mypy error in `service` against the package found
    on `package_path` (mypy's search path takes it before any installed vapi_client)."""
    env = {**os.environ, "MYPYPATH": package_path}
    argv = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-column-numbers"]
    argv += ["--cache-dir", str(cache), "--explicit-package-bases", str(service)]
    result = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=service.parent)
    found = {}
    for match in ERROR.finditer(result.stdout):
        path = service.parent / match["file"]
        line = int(match["line"])
        try:
            source = path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
        except (OSError, IndexError):
            source = ""
        found[(f"{match['file']}:{line}", match["message"])] = source
    return found


def symbols(entry: JSONObject) -> set[str]:
    """The Python names an entry is about: `models.Call.ended_reason` -> Call, ended_reason; a method's
    keyword argument; a retired name."""
    found: set[str] = set()
    for text in entry.get("python", ()):
        found |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)) - {"models", "unions", "client", "calls"}
    if "name" in entry:
        found.add(entry["name"])
    return found


def explain(message: str, source: str, report: JSONObject) -> list[JSONObject]:
    """The report entries (breaking ones, and retired names) that name what the failing line uses, best first."""
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", message + " " + source))
    entries = [
        *report.get("breaking", ()),
        *({**n, "what": "name retired"} for n in report.get("names", {}).get("retired", ())),
    ]
    scored = [(len(symbols(entry) & words), entry) for entry in entries]
    best = max((score for score, _ in scored), default=0)
    return [entry for score, entry in scored if score == best and score > 0]


def impact(service: Path, upstream: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="vapi-impact-") as tmp:
        root = Path(tmp)
        shutil.copytree(ROOT / "spec", root / "spec")
        shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
        with contextlib.redirect_stdout(sys.stderr):  # update-spec's progress: not this command's answer
            label = spec_update.label_for(upstream)
            report = spec_update.update(upstream.resolve(), label=label, strict=False, root=root)
        package = root / "pkg" / "vapi_client"
        subprocess.run(
            # Generation may live in a venv of its own (nox's codegen venv: openapi-python-client caps httpx).
            [codegen_python(), "-m", "vapi_codegen", "--spec", str(root / "openapi.yaml"), "--vendor", str(package)],
            check=True,
            capture_output=True,
        )
        current = os.pathsep.join(str(ROOT / part) for part in ("overrides", "generated"))
        before = mypy_errors(service, current, root / "cache-before")
        after = mypy_errors(service, str(package.parent), root / "cache-after")
    new = sorted(set(after) - set(before))
    print(f"{report.get('from', '?')} -> {report.get('to', '?')}: {len(new)} new type errors in {service.name}")
    unexplained = 0
    for where, message in new:
        print(f"{where}: {after[(where, message)]}\n    mypy: {message}")
        entries = explain(message, after[(where, message)], report)
        unexplained += not entries
        for entry in entries:
            print(f"    report: {entry.get('where', entry.get('name'))}: {entry['what']}")
        if not entries:
            print("    report: no entry explains this (a gap in the change report)")
    if unexplained:
        print(f"{unexplained} failing lines have no report entry")
    return 1 if new else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vapi_spec.impact", description=__doc__)
    parser.add_argument("service", type=Path, help="the service's code: a folder or a file")
    parser.add_argument("upstream", type=Path, nargs="?", default=ROOT / "spec" / "upstream.json")
    args = parser.parse_args(argv)
    return impact(args.service.resolve(), args.upstream)


if __name__ == "__main__":
    raise SystemExit(main())
