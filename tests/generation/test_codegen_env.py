"""Tested with what users install: the code generator has a venv of its own (tests/_codegen.py), so the tests'
venv holds the newest httpx the package allows, not the one openapi-python-client caps it at."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os

import pytest
from packaging.requirements import Requirement
from packaging.version import Version
from vapi_spec.names import python_identifier

from tests import _codegen

# The first httpx openapi-python-client's pin keeps out; users get it whenever the package allows it.
FIRST_UNPINNED_HTTPX = Version("0.29")


def test_the_tests_run_on_the_httpx_users_get() -> None:
    if not os.environ.get(_codegen.ENV_VAR):
        pytest.skip(f"the generator shares this venv ({_codegen.ENV_VAR} unset): run `nox -s tests`")
    assert importlib.util.find_spec("openapi_python_client") is None, "the code generator leaked into the tests' venv"
    requirement = next(
        Requirement(spec)
        for spec in importlib.metadata.requires("vapi-client") or []
        if Requirement(spec).name == "httpx" and Requirement(spec).marker is None
    )
    installed = Version(importlib.metadata.version("httpx"))
    assert requirement.specifier.contains(installed), f"httpx {installed} outside {requirement}"
    if requirement.specifier.contains(FIRST_UNPINNED_HTTPX):
        assert installed >= FIRST_UNPINNED_HTTPX, f"httpx {installed}: the tests miss the httpx users install"


NAMES = [
    "type", "endedReason", "_private", "1st", "id", "self", "class", "datetime", "CallController_findAll",
    "phoneNumberId", "a-b.c d", "HTTPServer", "URLs", "v2Thing", "x__y", "", "__", "Ångström", "aB1Cd", "$ref",
    "createdAtLe", "findAllV2", "SIPHeaders", "list", "None", "true", "e.164",
]  # fmt: skip


def test_the_spec_pipelines_naming_rule_is_the_generators() -> None:
    """vapi_spec names operations without the generator installed; its rule must stay openapi-python-client's."""
    theirs = _codegen.run(
        "import json, sys; from openapi_python_client.strings import PythonIdentifier; "
        "print(json.dumps([[str(PythonIdentifier(n, prefix=p)) for p in ('op', 'field')] for n in json.loads(sys.argv[1])]))",
        json.dumps(NAMES),
    )
    assert theirs.returncode == 0, theirs.stderr[-3000:]
    ours = [[python_identifier(name, prefix) for prefix in ("op", "field")] for name in NAMES]
    assert ours == json.loads(theirs.stdout)
