"""Small timing helpers shared by the benchmarks.

In-process measurements use the process's CPU time (`time.process_time`): parsing and
serialising are single-threaded and CPU-bound, so CPU time is what they cost, and unlike the wall
clock it does not count the time the scheduler gives to other processes on a busy machine.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_clock = time.process_time

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
# The interpreter holding the code generator: its own venv under nox (noxfile.py, codegen_venv), else this one.
CODEGEN_PYTHON = os.environ.get("VAPI_CODEGEN_PYTHON") or sys.executable
# A fully populated Call of the 2026-08 API: every discriminated union reachable from Call, valid in strict mode.
CALL_2026_08 = BENCH_DIR / "data" / "call-2026-08.json"
# Seed-era (May 2024) Calls, kept for comparison with earlier runs: the 2026-08 models parse them leniently.
LARGE_CALL = BENCH_DIR / "data" / "call-large.json"
# What GET /call/{id} returned for a call placed with a saved assistant (no inline assistant or squad).
SMALL_CALL = BENCH_DIR / "data" / "call-small.json"
# The same call as the 2026-08 API returns it (the seed-era small Call with its two changed fields brought up
# to date: `analysis.structuredData` an object, a tool-call message with its `message`): valid in strict mode.
CURRENT_CALL = BENCH_DIR / "data" / "call-current.json"
CALL_DOCUMENTS = {"current": CURRENT_CALL, "2026-08": CALL_2026_08, "large": LARGE_CALL, "small": SMALL_CALL}
CALL_TITLES = {
    "current": "current-era Call (GET /call/{id}, saved assistant)",
    "2026-08": "2026-08 Call (fully populated)",
    "large": "seed-era large Call",
    "small": "seed-era small Call",
}


def per_call_us(fns: dict[str, Callable[[], Any]], *, repeats: int = 21, min_batch_s: float = 0.05) -> dict[str, float]:
    """Median CPU time of one call of each function, in microseconds.

    Calls are batched so each timed batch lasts at least `min_batch_s` (timer resolution and loop
    overhead then vanish). The functions take turns batch by batch, so a burst of other load on the
    machine hits all of them alike and their ratios hold even when the absolute figures wobble;
    the median over `repeats` batches drops the worst bursts. The garbage collector stays on:
    parsing allocates many objects and real callers pay for that too.
    """
    numbers = {name: _batch_size(fn, min_batch_s) for name, fn in fns.items()}
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            number = numbers[name]
            start = _clock()
            for _ in range(number):
                fn()
            samples[name].append((_clock() - start) / number)
    return {name: statistics.median(values) * 1e6 for name, values in samples.items()}


def _batch_size(fn: Callable[[], Any], min_batch_s: float) -> int:
    number = 1
    while True:
        start = _clock()
        for _ in range(number):
            fn()
        if _clock() - start >= min_batch_s:
            return number
        number *= 2


def single_shots_us(fn: Callable[[], Any], *, repeats: int) -> tuple[float, Any]:
    """Median CPU time of `repeats` single calls, for operations far too slow to batch (seconds each),
    and the last call's result (so a caller needing one need not pay for yet another call)."""
    samples = []
    result = None
    for _ in range(repeats):
        start = _clock()
        result = fn()
        samples.append(_clock() - start)
    return statistics.median(samples) * 1e6, result
