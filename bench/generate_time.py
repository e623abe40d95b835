"""Wall time of the generation pipeline in the current (existing) venv.

Runs `python -m vapi_codegen --check` (in the code generator's venv): the full pipeline (openapi-python-client, spec tables,
overrides, ruff) into a temporary directory, then a diff against generated/ instead of the final
swap. The swap is a rename, so the time is the same as `nox -s generate` without venv creation,
and benchmarking never rewrites the working tree under someone editing it.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from dataclasses import dataclass

from .timing import CODEGEN_PYTHON, PROJECT_ROOT


@dataclass(frozen=True)
class GenerateTime:
    wall_s: float | None  # median
    runs: int
    up_to_date: bool | None  # whether generated/ matched (False: someone changed a source since)
    error: str | None = None
    cpu_s: float | None = None  # median CPU time of the generator and every tool it ran


def measure(runs: int) -> GenerateTime:
    walls, cpus = [], []
    up_to_date = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [CODEGEN_PYTHON, "-m", "vapi_codegen", "--check"],
            check=False,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
        )
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if result.returncode not in (0, 1) or (result.returncode == 1 and "is stale" not in result.stderr):
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["?"]
            return GenerateTime(None, runs, None, f"exit {result.returncode}: {tail[0]}")
        up_to_date = result.returncode == 0
    return GenerateTime(statistics.median(walls), runs, up_to_date, cpu_s=statistics.median(cpus))
