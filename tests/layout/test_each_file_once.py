"""Each file lives once in the repository: no two tracked files have the same content (empty markers such as
`__init__.py` and `py.typed` aside), every generated file says so in its first line, and no hand-written file
is a template or is generated."""

from __future__ import annotations

import hashlib
import subprocess
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "vapi_client"
HAND_WRITTEN = ROOT / "overrides" / "vapi_client"
HEADER = "# Generated from openapi.yaml by `nox -s generate`: do not edit."


def _tracked() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    names = dict.fromkeys(name for name in listed.decode().split("\0") if name)  # once each, also mid-merge
    return [ROOT / name for name in names if (ROOT / name).is_file()]


def test_no_two_files_have_the_same_content() -> None:
    by_content: dict[str, list[str]] = defaultdict(list)
    for path in _tracked():
        content = path.read_bytes()
        if content.strip():
            by_content[hashlib.sha256(content).hexdigest()].append(str(path.relative_to(ROOT)))
    copies = [names for names in by_content.values() if len(names) > 1]
    assert not copies, f"files with the same content: {copies}"


def test_every_generated_file_says_so_and_no_hand_written_one_does() -> None:
    for path in sorted(GENERATED.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.read_text(encoding="utf-8").startswith(HEADER + "\n"), path.relative_to(ROOT)
    for path in sorted(HAND_WRITTEN.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert HEADER not in text, path.relative_to(ROOT)
        assert "{%" not in text and "{#" not in text, f"{path.relative_to(ROOT)} looks like a template"
    assert not list(HAND_WRITTEN.parent.rglob("*.jinja")), "templates live in generator/, never in the package"


def test_the_halves_share_no_module() -> None:
    generated = {p.relative_to(GENERATED) for p in GENERATED.rglob("*.py")}
    hand_written = {p.relative_to(HAND_WRITTEN) for p in HAND_WRITTEN.rglob("*.py")}
    assert not generated & hand_written
    assert not (GENERATED / "__init__.py").exists(), "the package's __init__.py is hand-written"
