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


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/vapi_client from openapi.yaml and overrides/."""
    session.install(".[generate]")
    session.run("python", "generator/generate.py")


@nox.session
def tests(session: nox.Session) -> None:
    """Every check: spec lint, golden diff, type check, unit, contract and property tests."""
    session.install("-e", ".[generate,test]")
    npm_ci(session)
    session.run("openapi-spec-validator", "openapi.yaml")
    session.run(str(NODE_BIN / "spectral"), "lint", "--fail-severity=warn", "openapi.yaml", external=True)
    session.run("python", "generator/spec_lint.py", "openapi.yaml")
    session.run("python", "generator/generate.py", "--check")
    session.run("mypy", "--strict", "generated/vapi_client")
    session.run("pytest", *session.posargs, env={"PATH": f"{NODE_BIN}{os.pathsep}{os.environ['PATH']}"})


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property tests with many more examples than the default run."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/property", "-p", "no:cacheprovider", env={"VAPI_HYPOTHESIS_PROFILE": "long"})
