"""Scale of the spec pipeline: update-spec and generation, on the shipped selection and on the whole document.

    python -m bench.spec_pipeline [--runs N]

Prints JSON (seconds, wall clock; the steps are mostly single-threaded CPU work plus subprocesses).
Nothing in the working tree is written: every run goes to a temporary copy.

- `update_spec.make`: spec/upstream.json -> openapi.yaml text in-process (select, overlay, rules, YAML
  dump), strict, as `update-spec --check` runs it; and whether the result equals the committed openapi.yaml.
- `update-spec` end to end: a fresh interpreter running `update_spec.update` (the CLI's work: upstream copy,
  openapi.yaml, change report) on a temporary copy of spec/ and openapi.yaml.
- generation of the whole 2026-08 document: the selection widened to every path (`paths: ['*']`; the
  patterns are `fnmatch`, where `*` crosses `/`) in a temporary copy of spec/, built non-strict, then
  `python -m vapi_codegen --spec ... --vendor ...` into a temporary folder, then every module of the
  generated package imported in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from .timing import CODEGEN_PYTHON, PROJECT_ROOT

SPEC_DIR = PROJECT_ROOT / "spec"
UPSTREAM = SPEC_DIR / "upstream.json"

# Imports every module of the package found at sys.argv[1]; prints the ones that fail, as JSON.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import vapi_client
failed, count = [], 0
for module in pkgutil.walk_packages(vapi_client.__path__, "vapi_client."):
    count += 1
    try:
        importlib.import_module(module.name)
    except ModuleNotFoundError as error:
        if error.name != "starlette":  # vapi_client.asgi needs the optional `asgi` extra
            failed.append(f"{module.name}: {type(error).__name__}: {error}")
    except Exception as error:
        failed.append(f"{module.name}: {type(error).__name__}: {error}")
from vapi_client import _spec
print(json.dumps({"modules": count, "failed": failed, "unions": len(_spec.UNIONS), "model_tables": len(_spec.SCHEMAS)}))
"""


def _generator_modules() -> Any:
    from vapi_spec import update as update_spec

    return update_spec


def _label() -> str:
    committed = yaml.load(
        (PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    return str(committed["info"]["version"])


def _run(argv: list[str], cwd: Path | str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run a child; its result, wall seconds and CPU seconds (user + system, its own children included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return result, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _tail(result: subprocess.CompletedProcess[str], lines: int = 3) -> list[str]:
    text = (result.stderr or "") + (result.stdout or "")
    return [line for line in text.strip().splitlines() if line.strip()][-lines:]


def measure_make(runs: int) -> dict[str, Any]:
    """update_spec.make on the committed upstream, in-process (strict)."""
    update_spec = _generator_modules()
    upstream_bytes = UPSTREAM.read_bytes()
    label = _label()
    walls, cpus = [], []
    text = ""
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        text, _warnings = update_spec.make(upstream_bytes, label, strict=True)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    committed = (PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8")
    return {
        "wall_s": statistics.median(walls),
        "cpu_s": statistics.median(cpus),
        "upstream_bytes": len(upstream_bytes),
        "spec_bytes": len(text.encode("utf-8")),
        "equals_committed": text == committed,
    }


def measure_cli(runs: int) -> dict[str, Any]:
    """`update_spec.update` (what the CLI does) in a fresh interpreter, on a temporary copy of the tree."""
    walls, cpus = [], []
    same = False
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-update-spec-") as tmp:
            root = Path(tmp)
            shutil.copytree(SPEC_DIR, root / "spec")
            shutil.copyfile(PROJECT_ROOT / "openapi.yaml", root / "openapi.yaml")
            code = (
                "import sys; from pathlib import Path; from vapi_spec import update as update_spec; "
                "update_spec.update(Path(sys.argv[1]), label=sys.argv[2], strict=True, root=Path(sys.argv[3]))"
            )
            argv = [sys.executable, "-c", code, str(root / "spec" / "upstream.json"), _label(), tmp]
            result, wall, cpu = _run(argv, tmp)
            walls.append(wall)
            cpus.append(cpu)
            if result.returncode != 0:
                return {"error": " / ".join(_tail(result))}
            rebuilt = (root / "openapi.yaml").read_text(encoding="utf-8")
            same = rebuilt == (PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8")
    return {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus), "equals_committed": same}


def measure_whole_document() -> dict[str, Any]:
    """The pipeline on every path of the upstream document, into temporary folders."""
    update_spec = _generator_modules()
    upstream_bytes = UPSTREAM.read_bytes()
    upstream = json.loads(upstream_bytes)
    out: dict[str, Any] = {
        "upstream_paths": len(upstream["paths"]),
        "upstream_schemas": len(upstream["components"]["schemas"]),
    }
    with tempfile.TemporaryDirectory(prefix="bench-whole-") as tmp:
        root = Path(tmp)
        spec_dir = root / "spec"
        shutil.copytree(SPEC_DIR, spec_dir)
        selection = yaml.safe_load((spec_dir / "selection.yaml").read_text(encoding="utf-8"))
        selection["paths"] = ["*"]  # fnmatch: `*` matches `/` too, so this is every path
        (spec_dir / "selection.yaml").write_text(yaml.safe_dump(selection, sort_keys=False), encoding="utf-8")

        spec_path = root / "openapi.yaml"
        shutil.copyfile(PROJECT_ROOT / "openapi.yaml", spec_path)  # the baseline of the change report
        # `update`, not `make`: a widened selection's new names must be locked before generation.
        start, cpu = time.perf_counter(), time.process_time()
        said = io.StringIO()
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(said):
                update_spec.update(UPSTREAM, label=_label(), strict=False, root=root)
        except (Exception, SystemExit) as error:  # noqa: BLE001 - the failure is the finding
            out["error"] = f"update_spec.update: {type(error).__name__}: {error}"[:400]
            return out
        out["make_s"] = time.perf_counter() - start
        out["make_cpu_s"] = time.process_time() - cpu
        out["make_warnings"] = [line for line in said.getvalue().splitlines() if line.startswith("warning:")]
        text = spec_path.read_text(encoding="utf-8")
        built = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        out["spec_paths"] = len(built["paths"])
        out["spec_operations"] = sum(
            1 for item in built["paths"].values() for key, value in item.items() if isinstance(value, dict)
        )
        out["spec_schemas"] = len(built["components"]["schemas"])
        out["spec_bytes"] = len(text.encode("utf-8"))

        target = root / "out" / "vapi_client"
        argv = [CODEGEN_PYTHON, "-m", "vapi_codegen", "--spec", str(spec_path), "--vendor", str(target)]
        result, out["generate_s"], out["generate_cpu_s"] = _run(argv, PROJECT_ROOT)
        # The generator runs openapi-python-client with --fail-on-warning and stops on any "Warning".
        out["generate_ok"] = result.returncode == 0
        if result.returncode != 0:
            lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
            out["generate_error"] = [line for line in lines if "WARNING" in line or "failed" in line][:5] or lines[-5:]
            return out
        out["models"] = len(list((target / "models").glob("*.py")))
        out["endpoint_modules"] = len(list((target / "api").rglob("*.py")))
        out["package_bytes"] = sum(path.stat().st_size for path in target.rglob("*.py"))
        result, out["import_all_s"], _cpu = _run([sys.executable, "-c", _IMPORT_ALL, str(target.parent)], tmp)
        if result.returncode != 0:
            out["import_error"] = " / ".join(_tail(result))
        else:
            out.update(json.loads(result.stdout))
        out["calls_user_cold_start"] = _calls_user_cold_start(target.parent)
    return out


def _calls_user_cold_start(package_dir: Path) -> dict[str, Any]:
    """A Calls user's cold start with the whole-document build beside the same with the Calls selection
    (generated/): widening the selection must not change it. Bytecode compiled for both, medians of 5."""
    import compileall

    from .cold_start import Scenario, calls_user_code, measure

    compileall.compile_dir(str(package_dir), quiet=2, workers=0)
    scenarios = [
        Scenario("selection", calls_user_code(str(PROJECT_ROOT / "generated")), "ours"),
        Scenario("whole", calls_user_code(str(package_dir)), "ours"),
    ]
    compileall.compile_dir(str(PROJECT_ROOT / "generated"), quiet=2, workers=0)
    try:
        _bare, rows = measure(scenarios, rounds=5)
    except RuntimeError as error:
        return {"error": str(error)}
    return {
        row.label: {"wall_ms": row.wall_ms, "cpu_ms": row.cpu_ms, "rss_mb": row.rss_mb, "error": row.error}
        for row in rows
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="repeats of the in-process build and of the CLI")
    args = parser.parse_args()
    result = {
        "make": measure_make(args.runs),
        "cli": measure_cli(args.runs),
        "whole": measure_whole_document(),
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
