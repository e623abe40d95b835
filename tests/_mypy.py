"""`mypy --strict` on snippets, against the package as users import it (both halves on MYPYPATH)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def check(folder: Path, snippets: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """Write each snippet (file name -> source) into `folder` and type-check them all in one mypy run."""
    for name, text in snippets.items():
        (folder / name).write_text(text, encoding="utf-8")
    return subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "--cache-dir", str(folder / "cache"), *snippets],
        cwd=folder,
        capture_output=True,
        text=True,
        env={
            "MYPYPATH": os.pathsep.join([str(ROOT / "overrides"), str(ROOT / "generated")]),
            "PATH": str(Path(sys.executable).parent),
        },
    )


def messages_by_file(checked: subprocess.CompletedProcess[str], names: Mapping[str, str]) -> dict[str, list[str]]:
    """mypy's lines per snippet, each without its file name."""
    by_file: dict[str, list[str]] = {name: [] for name in names}
    for line in checked.stdout.splitlines():
        name, _, rest = line.partition(":")
        if name in by_file:
            by_file[name].append(rest)
    return by_file
