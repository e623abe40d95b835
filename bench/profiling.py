"""Where the time goes, for targets that are missed: cProfile for code paths, -X importtime for imports."""

from __future__ import annotations

import cProfile
import pstats
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _where(filename: str, line: int, func: str) -> str:
    path = Path(filename)
    # "vapi_client/_wire.py:120 parse" reads better than a site-packages path.
    parts = path.parts
    for anchor in ("site-packages", "lib"):
        if anchor in parts:
            parts = parts[len(parts) - parts[::-1].index(anchor) :]
            break
    short = "/".join(parts[-3:]) if len(parts) > 3 else "/".join(parts)
    return f"{short}:{line} {func}" if line else func


def cprofile_top(fn: Callable[[], Any], *, calls: int, limit: int = 12) -> list[dict[str, Any]]:
    """The functions with the most own CPU time over `calls` calls of fn, in microseconds per call of fn.

    CPU time, not wall time: on a loopback request the wall clock also counts the server's turn and
    the scheduler, which would show up as time spent inside `socket.send`.
    """
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "where": _where(filename, line, func),
                "own_us": tottime / calls * 1e6,
                "cum_us": cumtime / calls * 1e6,
                "calls": ncalls / calls,
            }
        )
    rows.sort(key=lambda row: row["own_us"], reverse=True)
    return rows[:limit]


_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def importtime_top(code: str, *, cwd: str, limit: int = 12) -> list[dict[str, Any]]:
    """Modules with the most own import time when a fresh interpreter runs `code` (microseconds)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    rows = []
    for line in result.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            own, cumulative, indent, module = match.groups()
            rows.append(
                {"module": module, "own_us": int(own), "cum_us": int(cumulative), "depth": (len(indent) - 1) // 2}
            )
    rows.sort(key=lambda row: row["own_us"], reverse=True)
    return rows[:limit]


def own_time_by_package(code: str, *, cwd: str, limit: int = 10) -> list[dict[str, Any]]:
    """Own import time summed per top-level package (httpx, attr, vapi_client, ...) in microseconds."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    totals: dict[str, int] = {}
    for line in result.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            package = match.group(4).split(".")[0]
            totals[package] = totals.get(package, 0) + int(match.group(1))
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    return [{"package": name, "own_us": us} for name, us in ranked[:limit]]


_STEPS_CHILD = """
import sys, time
def rss_kib():
    try:
        return int([l for l in open('/proc/self/status') if l.startswith('VmRSS:')][0].split()[1])
    except OSError:
        return 0
rows = []
for statement in sys.argv[1:]:
    before, start = rss_kib(), time.perf_counter()
    exec(statement, globals())
    rows.append((statement, time.perf_counter() - start, rss_kib() - before))
print(repr(rows))
"""


def import_steps(statements: list[str], *, cwd: str, runs: int = 5) -> list[dict[str, Any]]:
    """Run `statements` one after another in fresh interpreters: ms and MB each adds (median of runs).

    Each step only pays for what the steps before it have not already imported, so the order matters:
    put the dependencies (httpx, attrs, ...) first to see what the package itself adds on top.
    """
    import ast
    import statistics

    samples: list[list[tuple[str, float, int]]] = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", _STEPS_CHILD, *statements], cwd=cwd, capture_output=True, text=True, check=True
        )
        samples.append(ast.literal_eval(result.stdout.strip()))
    rows = []
    for index, statement in enumerate(statements):
        rows.append(
            {
                "statement": statement,
                "ms": statistics.median(run[index][1] for run in samples) * 1e3,
                "mb": statistics.median(run[index][2] for run in samples) / 1024,
            }
        )
    return rows
