"""Cold start: wall time, CPU time and peak RSS of fresh interpreters running one statement each.

Every scenario runs in a new subprocess (no shared import state); the bare interpreter (`pass`) is
measured the same way and subtracted. Scenarios are run round-robin so load on the machine spreads
over all of them, and one unmeasured warm-up round writes bytecode caches first.

Peak RSS: the child's own high-water mark (VmHWM in /proc/self/status, printed as its last act).
`ru_maxrss` from `wait4`/`getrusage` is not usable as it stands: Linux carries the *parent's* RSS at
fork/exec time into the child's `ru_maxrss`, so every child would look at least as big as this
benchmark process. Where /proc is missing, `ru_maxrss` is used with that caveat.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from .timing import CURRENT_CALL

BARE = "pass"
# Appended to every scenario (the bare one too, so its cost cancels out): report the peak RSS.
_REPORT_PEAK = (
    "\ntry:\n"
    "    print([l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1])\n"
    "except OSError:\n"
    "    pass\n"
)


CALLS_USER = "import, VapiClient().calls, first Call.from_dict of the current-era Call"


def calls_user_code(package_dir: str | None = None) -> str:
    """The Calls user's cold start; `package_dir`: where another build of vapi_client is (the whole document)."""
    path = f"import sys; sys.path.insert(0, {package_dir!r}); " if package_dir else ""
    return (
        f"{path}import json, vapi_client; vapi_client.VapiClient(api_key='x').calls; "
        "from vapi_client.models import Call; "
        f"Call.from_dict(json.loads(open({str(CURRENT_CALL)!r}, 'rb').read()))"
    )


@dataclass(frozen=True)
class Scenario:
    label: str
    code: str
    library: str  # "ours" or "sdk"


@dataclass(frozen=True)
class ColdStart:
    label: str
    library: str
    wall_ms: float | None  # median, above the bare interpreter
    cpu_ms: float | None  # user + system, median, above the bare interpreter
    rss_mb: float | None  # peak RSS, median, above the bare interpreter
    error: str | None = None  # why the scenario could not run (e.g. VapiClient not there yet)


def _run_once(code: str, cwd: str) -> tuple[float, float, float, int, str]:
    """One child: wall seconds, CPU seconds, peak RSS in KiB, exit status, stderr tail."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code + _REPORT_PEAK], cwd=cwd, stdout=subprocess.PIPE, stderr=errors
        )
        assert child.stdout is not None
        stdout = child.stdout.read()
        # wait4 gives this child's own CPU time (RUSAGE_CHILDREN would sum over all children).
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        errors.seek(0)
        tail = errors.read().decode(errors="replace").strip().splitlines()[-1:] or [""]
    lines = stdout.split()
    peak_kib = float(lines[-1]) if lines else float(usage.ru_maxrss)
    return wall, usage.ru_utime + usage.ru_stime, peak_kib, child.returncode, tail[0]


def measure(scenarios: list[Scenario], rounds: int) -> tuple[dict[str, float], list[ColdStart]]:
    """The bare interpreter's medians, and each scenario's medians above it."""
    codes = [BARE, *(s.code for s in scenarios)]
    samples: dict[str, list[tuple[float, float, float]]] = {code: [] for code in codes}
    errors: dict[str, str] = {}
    # A neutral working directory: nothing in the project tree can shadow an installed module.
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as cwd:
        for round_index in range(rounds + 1):
            for code in codes:
                if code in errors:
                    continue
                wall, cpu, rss, status, tail = _run_once(code, cwd)
                if status != 0:
                    errors[code] = tail
                elif round_index > 0:  # round 0 only warms bytecode and page caches
                    samples[code].append((wall, cpu, rss))
    if BARE in errors:
        raise RuntimeError(f"the bare interpreter failed: {errors[BARE]}")

    def medians(code: str) -> tuple[float, float, float]:
        wall, cpu, rss = zip(*samples[code])
        return statistics.median(wall), statistics.median(cpu), statistics.median(rss)

    bare_wall, bare_cpu, bare_rss = medians(BARE)
    bare = {"wall_ms": bare_wall * 1e3, "cpu_ms": bare_cpu * 1e3, "rss_mb": bare_rss / 1024}
    results = []
    for scenario in scenarios:
        if scenario.code in errors:
            results.append(ColdStart(scenario.label, scenario.library, None, None, None, errors[scenario.code]))
            continue
        wall, cpu, rss = medians(scenario.code)
        results.append(
            ColdStart(
                scenario.label,
                scenario.library,
                wall_ms=(wall - bare_wall) * 1e3,
                cpu_ms=(cpu - bare_cpu) * 1e3,
                rss_mb=(rss - bare_rss) / 1024,
            )
        )
    return bare, results
