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
    (generator/mock_view.py says why). Needs PyYAML in the session."""
    view = ROOT / "build" / "openapi-mock-view.json"
    view.parent.mkdir(exist_ok=True)
    session.run("python", "generator/mock_view.py", "openapi.yaml", str(view))
    return view


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
    session.install(".[generate]")
    session.run("python", "generator/update_spec.py", *session.posargs)
    session.run("python", "generator/generate.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/vapi_client from openapi.yaml and overrides/."""
    session.install(".[generate]")
    session.run("python", "generator/generate.py")


@nox.session
def vendor(session: nox.Session) -> None:
    """Write the whole package (both halves, one folder) to DIR: `nox -s vendor -- your_service/vapi_client`."""
    if len(session.posargs) != 1:
        session.error("usage: nox -s vendor -- DIR")
    session.install(".[generate]")
    session.run("python", "generator/generate.py", "--vendor", session.posargs[0])


@nox.session
def tests(session: nox.Session) -> None:
    """Every check: spec lint, golden diff, type check, unit, contract and property tests."""
    session.install("-e", ".[generate,test]")
    npm_ci(session)
    session.run("openapi-spec-validator", "openapi.yaml")
    view = mock_view(session)  # see .spectral.yaml: Spectral lints the mock view
    spectral = str(NODE_BIN / "spectral")
    session.run(spectral, "lint", "--ruleset", ".spectral.yaml", "--fail-severity=warn", str(view), external=True)
    session.run("python", "generator/spec_lint.py", "openapi.yaml")
    session.run("python", "generator/update_spec.py", "--check")  # strict: a stale overlay entry fails
    session.run("python", "generator/generate.py", "--check")
    hand_written = ["overrides", "generator", "tests", "bench", "examples", "noxfile.py"]
    session.run("ruff", "check", *hand_written)
    session.run("ruff", "format", "--check", *hand_written)
    # Both halves as one package (mypy_path in pyproject.toml).
    session.run("mypy", "--strict", "overrides/vapi_client", "generated/vapi_client")
    session.run("pytest", *session.posargs, env={"PATH": f"{NODE_BIN}{os.pathsep}{os.environ['PATH']}"})


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property tests with many more examples than the default run."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/property", "-p", "no:cacheprovider", env={"VAPI_HYPOTHESIS_PROFILE": "long"})


@nox.session
def bench(session: nox.Session) -> None:
    """Cold start, parse/serialise, per-request cost and generation time beside vapi-server-sdk.

    Prints the table and writes bench/RESULTS.md. `nox -s bench -- --quick` for a shorter run.
    Never part of `tests`: timings are measured here, not asserted.
    """
    # A regular (non-editable) install, as users get it; [generate] for the generation timing.
    session.install(".[generate]", "vapi-server-sdk==3.0.0")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve the spec with Prism at a local URL, to try the client and the CLI without a Vapi account.

    Prism serves generator/mock_view.py's view of openapi.yaml (unions as plain objects): it cannot
    resolve the full spec in reasonable time. It answers every request with the operation's example.
    """
    npm_ci(session)
    session.install("PyYAML==6.0.4")  # for the view
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
