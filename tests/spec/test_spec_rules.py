"""vapi_spec/rules.py: rules checked on small documents."""

from __future__ import annotations

from vapi_spec import rules


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
