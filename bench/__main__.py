"""Run every benchmark, print the table and write bench/RESULTS.md: `python -m bench` from the project root.

python -m bench            # the full run `nox -s bench` does (a few minutes, most of it the SDK)
python -m bench --quick    # fewer repeats, for trying changes
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import cold_start, generate_time, machine, report
from .cold_start import CALLS_USER, Scenario, calls_user_code
from .timing import BENCH_DIR, CALL_2026_08, CALL_DOCUMENTS, PROJECT_ROOT


def scenarios() -> list[Scenario]:
    first_parse = (
        "import json, vapi_client; from vapi_client.models import Call; "
        f"Call.from_dict(json.loads(open({str(CALL_2026_08)!r}, 'rb').read()))"
    )
    return [
        # What any client built on httpx pays before a line of its own code runs.
        Scenario("import httpx; httpx.Client()", "import httpx; httpx.Client()", "reference"),
        Scenario("import vapi_client", "import vapi_client", "ours"),
        Scenario('VapiClient(api_key="x")', 'import vapi_client; vapi_client.VapiClient(api_key="x")', "ours"),
        Scenario(
            "VapiClient(...).calls (the generated resources)",
            'import vapi_client; vapi_client.VapiClient(api_key="x").calls',
            "ours",
        ),
        Scenario("import + first Call.from_dict of the 2026-08 Call", first_parse, "ours"),
        # Issue 20: what a Calls user pays before the first call is in hand.
        Scenario(CALLS_USER, calls_user_code(), "ours"),
        Scenario('from vapi import Vapi; Vapi(token="x").calls', 'from vapi import Vapi; Vapi(token="x").calls', "sdk"),
    ]


def run_json(argv: list[str], timeout: float) -> dict[str, Any]:
    """Run `python -m ...argv` from the project root and read the JSON it prints; errors become {"error"}."""
    try:
        result = subprocess.run(
            [sys.executable, "-m", *argv],
            check=False,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if result.returncode != 0:
        tail = result.stderr.strip().splitlines()[-1:] or [f"exit {result.returncode}"]
        return {"error": tail[0][:200]}
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def per_request(document: Path, requests: int, sdk_requests: int, skip_sdk: bool) -> dict[str, Any]:
    """Every client against one loopback server serving `document`."""
    from tests._servers.processes import start_process

    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        port_file = os.path.join(tmp, "port")
        argv = [sys.executable, "-m", "bench.call_server", "--port-file", port_file, "--body", str(document)]
        server = start_process(argv, ready=port_file)
    with server:
        base = ["bench.per_request", "--url", server.url]
        timed = [*base, "--requests", str(requests)]
        ours = run_json([*timed, "--clients", "socket,httpx,httpx_model,ours", "--profile", "300"], 600)
        if "error" in ours:  # e.g. VapiClient not there yet: still measure the baselines
            error = ours["error"]
            ours = run_json([*timed, "--clients", "socket,httpx,httpx_model"], 600)
            ours["ours_error"] = error
        sdk: dict[str, Any] = {"error": "skipped"}
        if not skip_sdk:
            sdk_argv = [*base, "--clients", "sdk", "--requests", str(sdk_requests), "--blocks", "1", "--warmup", "1"]
            sdk = run_json(sdk_argv, 900)
    return {"ours": ours, "sdk": sdk}


# Dependencies first, so the package's own share shows on its own line.
IMPORT_STEPS = [
    "import httpx",
    "httpx.Client()",
    "import attrs",
    "import asyncio",
    "import importlib.metadata",
    "import vapi_client",
    'vapi_client.VapiClient(api_key="x")',
    "import vapi_client.models",
]


def profiles(scenario_code: str) -> dict[str, Any]:
    from .profiling import import_steps, importtime_top, own_time_by_package

    with tempfile.TemporaryDirectory(prefix="bench-importtime-") as cwd:
        try:
            return {
                "import_steps": import_steps(IMPORT_STEPS, cwd=cwd),
                "import_by_package": own_time_by_package(scenario_code, cwd=cwd),
                "import_modules": importtime_top(scenario_code, cwd=cwd),
            }
        except subprocess.CalledProcessError as error:
            return {"error": (error.stderr or "").strip().splitlines()[-1:]}


def compile_bytecode() -> dict[str, Any]:
    """Cold start is measured with bytecode compiled, as installed packages normally are.

    Some machines set PYTHONDONTWRITEBYTECODE=1: children would then recompile every module on every run.
    The variable is dropped for every child this benchmark starts, and the installed packages are compiled.
    """
    import compileall
    import sysconfig

    was_set = os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None
    sys.dont_write_bytecode = False
    start = time.perf_counter()
    ok = compileall.compile_dir(sysconfig.get_path("purelib"), quiet=2, workers=0)
    return {"dontwritebytecode_was_set": was_set, "compiled_ok": bool(ok), "seconds": time.perf_counter() - start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (not for the published figures)")
    parser.add_argument("--no-sdk", action="store_true", help="skip vapi-server-sdk (it takes most of the time)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "RESULTS.md")
    args = parser.parse_args()
    settings = {
        "rounds": 3 if args.quick else 11,
        "requests": 300 if args.quick else 2000,
        "sdk_repeats": 1 if args.quick else 3,
        "sdk_requests": 1 if args.quick else 3,
        "generate_runs": 1 if args.quick else 3,
        "quick": args.quick,
    }
    started = time.perf_counter()
    results: dict[str, Any] = {
        "settings": settings,
        "machine": machine.describe(),
        "load_before": machine.load_average(),
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    all_scenarios = [s for s in scenarios() if not (args.no_sdk and s.library == "sdk")]

    def step(name: str) -> None:
        print(f"[bench] {name} ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)

    step("bytecode")
    results["bytecode"] = compile_bytecode()
    step("cold start")
    bare, rows = cold_start.measure(all_scenarios, settings["rounds"])
    results["cold"] = {"bare": bare, "rows": rows}
    step("parse / serialise")
    codec = {"ours": run_json(["bench.codec_speed", "ours", "--profile"], 600)}
    codec["sdk"] = (
        {"error": "skipped"}
        if args.no_sdk
        else run_json(["bench.codec_speed", "sdk", "--repeats", str(settings["sdk_repeats"])], 1800)
    )
    results["codec"] = codec
    step("per request")
    results["requests"] = {
        size: per_request(path, settings["requests"], settings["sdk_requests"], args.no_sdk)
        for size, path in CALL_DOCUMENTS.items()
    }
    step("generation")
    results["generate"] = generate_time.measure(settings["generate_runs"])
    step("update-spec, and the whole 2026-08 document")
    results["spec_pipeline"] = run_json(["bench.spec_pipeline", "--runs", str(settings["generate_runs"])], 1800)
    step("calls from a Celery queue")
    customers = "60" if args.quick else "200"
    results["queue"] = run_json(["bench.queue_throughput", "--customers", customers], 900)
    client_code = next(s.code for s in all_scenarios if "VapiClient" in s.label)
    results["profiles"] = profiles(client_code)
    results["load_after"] = machine.load_average()
    results["duration_s"] = time.perf_counter() - started

    targets = report.evaluate(results)
    text = report.render(results, targets)
    print(text)
    report.write(args.out, text)
    shown = args.out.relative_to(PROJECT_ROOT) if args.out.is_relative_to(PROJECT_ROOT) else args.out
    print(f"\n[bench] wrote {shown}")


if __name__ == "__main__":
    main()
