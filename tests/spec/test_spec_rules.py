"""generator/spec_rules.py: rules checked on small documents."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_vapi_spec_rules", ROOT / "generator" / "spec_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rules = _load_module()


def test_duplicate_parameters_keeps_the_first_declaration_and_logs_the_rest() -> None:
    session = {"name": "name", "in": "query", "description": "the session's name", "schema": {"type": "string"}}
    customer = {"name": "name", "in": "query", "description": "the customer's name", "schema": {"type": "string"}}
    header = {"name": "name", "in": "header", "schema": {"type": "string"}}
    shared = {"$ref": "#/components/parameters/Page"}
    doc = {"paths": {"/session": {"get": {"parameters": [session, customer, header, shared, shared]}}}}
    log: list[tuple[str, str]] = []
    rules.duplicate_parameters(doc, {}, log)
    assert doc["paths"]["/session"]["get"]["parameters"] == [session, header, shared, shared]
    assert log == [("duplicate_parameters", "GET /session ?name")]
    assert "duplicate_parameters" in rules.RULES
