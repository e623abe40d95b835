"""Code generation from tests, in the interpreter that holds the code generator.

openapi-python-client caps httpx below what users get, so `nox -s tests` keeps it out of the tests' venv: it
makes a venv with `generator[codegen]` and names its python in VAPI_CODEGEN_PYTHON. Outside nox, a venv that
has the generator installed beside the package runs it itself; otherwise the test is skipped, saying why.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV_VAR = "VAPI_CODEGEN_PYTHON"


def codegen_python() -> str:
    configured = os.environ.get(ENV_VAR)
    if configured:
        return configured
    if importlib.util.find_spec("openapi_python_client") is not None:
        return sys.executable
    pytest.skip(
        f"code generation runs in its own venv: run `nox -s tests`, or set {ENV_VAR} to a python with "
        "`pip install -e 'generator[codegen]'`"
    )


def generate(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`python -m vapi_codegen ARGS` (the checkout's generator), output captured."""
    return subprocess.run(
        [codegen_python(), "-m", "vapi_codegen", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def run(code: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`python -c CODE ARGS` in the code generator's interpreter (its modules: `from vapi_codegen import ...`)."""
    return subprocess.run(
        [codegen_python(), "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
