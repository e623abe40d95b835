"""Every Python block of README.md passes `mypy --strict` against the generated package: what the README shows
(a create typed `Call`, a batch typed `CallBatchResponse`, a `RawResponse[Call]`, the webhook receivers) is what a
type-checked service gets."""

from __future__ import annotations

import re
from pathlib import Path

from tests import _mypy

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def readme_blocks() -> list[str]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_python_block_of_the_readme_type_checks(tmp_path: Path) -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 3
    # one module per block: each stands on its own
    checked = _mypy.check(tmp_path, {f"readme_block_{number}.py": block for number, block in enumerate(blocks, 1)})
    assert checked.returncode == 0, checked.stdout
