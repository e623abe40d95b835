"""A vendored copy of vapi_client (both halves, assembled as `python -m vapi_codegen --vendor` does) works on its own, with only its declared runtime dependencies.

The copy runs in a fresh interpreter whose sys.path is the copy's folder, the standard library
and site-packages; the editable install's path to generated/ is removed. It parses the seed
response, builds a request body, and places a call against the loopback fault server. Then
every top-level module it imported must be the package itself, the standard library, or a
(transitive) runtime dependency declared in pyproject.toml: no generator, template or test tool.
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement

from tests import _codegen
from tests._servers.processes import FaultServer
from tests.generation._spec_data import DATA, ROOT

GENERATED = ROOT / "generated" / "vapi_client"
HAND_WRITTEN = ROOT / "overrides" / "vapi_client"
# Build and test tools; the ones installed in the test environment make their absence below mean something
# (the code generator itself has a venv of its own: tests/_codegen.py).
BUILD_ONLY = {
    "yaml",
    "vapi_spec",
    "vapi_codegen",
    "openapi_python_client",
    "jinja2",
    "ruff",
    "pytest",
    "jsonschema",
    "hypothesis",
}

_SCRIPT = r"""
import json, os, sys, sysconfig

vendor, seed_path, request_path, base_url = sys.argv[1:5]
roots = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
sys.path[:] = [vendor] + [p for p in sys.path if any(p == r or p.startswith(r + os.sep) for r in roots)]
before = set(sys.modules)

import warnings

import vapi_client
from vapi_client.models import Call, CreateOutboundCallDTO

with open(seed_path, encoding="utf-8") as f:
    seed = json.load(f)
with open(request_path, encoding="utf-8") as f:
    request = json.load(f)
call = Call.from_dict(seed)
assert call.to_dict() == seed
repr(call)
body = CreateOutboundCallDTO.from_dict(request, strict=True)
warnings.simplefilter("ignore", DeprecationWarning)  # the seed-era operation, on purpose
with vapi_client.VapiClient("vendored-test-key", base_url=base_url, reconcile=None) as c:
    response = c.calls.with_raw_response.create_phone_call(body)
assert response.status_code == 201, response.status_code
assert type(response.parsed) is Call and response.parsed.to_dict() == seed

loaded = sorted({name.split(".")[0] for name in set(sys.modules) - before})
print(json.dumps({"package": vapi_client.__file__, "loaded": loaded, "path": sys.path}))
"""


def _top_level_modules(distribution: str) -> set[str]:
    files = importlib.metadata.packages_distributions()
    return {module for module, dists in files.items() if distribution in dists or distribution.lower() in dists}


def _runtime_closure() -> set[str]:
    """Top-level module names of the declared runtime dependencies and theirs."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pending = [Requirement(spec) for spec in pyproject["project"]["dependencies"]]
    seen: set[str] = set()
    modules: set[str] = set()
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = requirement.name
        if name in seen:
            continue
        seen.add(name)
        modules |= _top_level_modules(name)
        pending += [Requirement(spec) for spec in importlib.metadata.requires(name) or []]
    return modules


def _httpx_cli_modules() -> set[str]:
    """``import httpx`` also loads its command line (click, rich, pygments) when they are installed:
    uvicorn, in the test extra, brings click. Not a dependency of the copy, which works without them."""
    cli = [Requirement(spec) for spec in importlib.metadata.requires("httpx") or []]
    names = {r.name.lower() for r in cli if r.marker is not None and r.marker.evaluate({"extra": "cli"})}
    try:  # rich's own dependencies, when something installed it
        names |= {Requirement(spec).name.lower() for spec in importlib.metadata.requires("rich") or []}
    except importlib.metadata.PackageNotFoundError:
        pass
    files = importlib.metadata.packages_distributions()
    return {module for module, dists in files.items() if names & {d.lower() for d in dists}}


def _run_vendored(tmp_path: Path, faults: FaultServer) -> dict[str, Any]:
    vendor = tmp_path / "project" / "third_party"
    assembled = _codegen.run(
        "import sys; from pathlib import Path; from vapi_codegen.generate import assemble; "
        "assemble(Path(sys.argv[1]), Path(sys.argv[2]))",
        str(GENERATED),
        str(vendor / "vapi_client"),
    )
    assert assembled.returncode == 0, assembled.stderr[-3000:]
    seed_path = DATA / "seed-response.json"
    faults.script(
        [
            {
                "method": "POST",
                "path": "/call/phone",
                "responses": [{"status": 201, "json": json.loads(seed_path.read_text())}],
            }
        ]
    )
    argv = [
        sys.executable,
        "-E",
        "-c",
        _SCRIPT,
        str(vendor),
        str(seed_path),
        str(DATA / "realistic" / "create-phone-call.json"),
        faults.url,
    ]
    result = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_vendored_copy_runs_with_only_its_runtime_dependencies(tmp_path: Path, faults: FaultServer) -> None:
    report = _run_vendored(tmp_path, faults)
    assert Path(report["package"]).is_relative_to(tmp_path), "the copy was not the package imported"
    # The venv may live inside the checkout (nox's .nox/); the sources must not be on the path.
    sources = [ROOT, GENERATED.parent, ROOT / "overrides", ROOT / "tests"]
    leaked = [p for p in report["path"] if Path(p) in sources or Path(p).is_relative_to(GENERATED.parent)]
    assert not leaked, f"the checkout leaked onto sys.path: {leaked}"

    loaded = set(report["loaded"])
    allowed = {"vapi_client"} | set(sys.stdlib_module_names) | _runtime_closure() | _httpx_cli_modules()
    assert not loaded & BUILD_ONLY
    assert loaded <= allowed, f"imported outside the runtime dependencies: {sorted(loaded - allowed)}"
    assert {"vapi_client", "httpx", "attr"} <= loaded  # the run really used the stack

    sent = faults.requests()
    assert len(sent) == 1 and sent[0]["method"] == "POST"


def test_the_runtime_closure_is_small() -> None:
    # Guards the allow-list itself: it is httpx + attrs and their dependencies, nothing broader.
    closure = _runtime_closure()
    assert {"httpx", "httpcore", "h11", "anyio", "idna", "certifi", "attr"} <= closure
    assert not closure & BUILD_ONLY


def test_the_copy_is_typed_and_self_contained() -> None:
    assert (GENERATED / "py.typed").exists() and (HAND_WRITTEN / "py.typed").exists()
    # No absolute path of this machine or reference to the pipeline's folders in the shipped code.
    for path in [*GENERATED.rglob("*.py"), *HAND_WRITTEN.rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text, path
        assert "overrides/" not in text and "generator/" not in text, path
