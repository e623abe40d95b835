"""The rule that turns operations into resources and method names (`vapi_spec/operations.py`), on small
documents: the extensions it writes onto `openapi.yaml` are everything the generator reads about them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from vapi_spec import build as spec_build
from vapi_spec import operations as spec_operations

from tests import _codegen


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def answer(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "", "content": {"application/json": {"schema": schema}}}}


def query(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "query", "schema": {"type": "string"}} for name in names]


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"paths": paths, "components": {"schemas": schemas or {}}}


def names(doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {
        f"{method.upper()} {path}": (operation["x-vapi-resource"], operation["x-vapi-method"])
        for path, item in doc["paths"].items()
        for method, operation in item.items()
    }


def test_a_resource_per_tag_and_the_crud_names_on_its_collection() -> None:
    tagged = {"tags": ["Phone Numbers"]}
    doc = document(
        {
            "/phone-number": {
                "post": {**tagged, "operationId": "PhoneNumberController_create"},
                "get": {**tagged, "operationId": "PhoneNumberController_findAll"},
            },
            "/phone-number/{id}": {
                "get": {**tagged, "operationId": "PhoneNumberController_findOne"},
                "patch": {**tagged, "operationId": "PhoneNumberController_update"},
                "delete": {**tagged, "operationId": "PhoneNumberController_remove"},
            },
            "/v2/phone-number": {"get": {**tagged, "operationId": "PhoneNumberController_findAllPaginated"}},
            "/analytics": {"post": {"operationId": "AnalyticsController_query"}},  # untagged, no collection
        }
    )
    spec_operations.annotate(doc, {})
    assert names(doc) == {
        "POST /phone-number": ("phone_numbers", "create"),
        "GET /phone-number": ("phone_numbers", "list"),
        "GET /phone-number/{id}": ("phone_numbers", "get"),
        "PATCH /phone-number/{id}": ("phone_numbers", "update"),
        "DELETE /phone-number/{id}": ("phone_numbers", "delete"),
        "GET /v2/phone-number": ("phone_numbers", "find_all_paginated"),
        "POST /analytics": ("analytics", "query"),
    }


def test_the_naming_table_names_and_marks_and_two_names_alike_fail_naming_both() -> None:
    doc = document(
        {
            "/call": {"post": {"tags": ["Calls"], "operationId": "createCall"}},
            "/call/phone": {"post": {"tags": ["Calls"], "operationId": "createPhoneCall", "deprecated": True}},
        }
    )
    table = {
        "POST /call": {"method": "create", "creates_call": True},
        "POST /call/phone": {"method": "create_phone_call", "creates_call": True, "replaced_by": "create"},
    }
    spec_operations.annotate(doc, table)
    phone = doc["paths"]["/call/phone"]["post"]
    assert (phone["x-vapi-method"], phone["x-vapi-creates-call"], phone["x-vapi-replaced-by"]) == (
        "create_phone_call",
        True,
        "create",
    )
    assert "x-vapi-replaced-by" not in doc["paths"]["/call"]["post"]  # only a deprecated operation is replaced
    with pytest.raises(SystemExit, match=r"POST /call and POST /call/phone would both be `calls.create`"):
        spec_operations.annotate(doc, {**table, "POST /call/phone": {"method": "create"}})
    with pytest.raises(SystemExit, match="'list_all' cannot be a method name"):
        spec_operations.annotate(doc, {"POST /call/phone": {"method": "list_all"}})


def test_list_pages_when_it_takes_limit_and_created_at_le_and_answers_an_array() -> None:
    array = answer({"type": "array", "items": ref("Tool")})

    def collection(tag: str, parameters: list[dict[str, Any]], responses: dict[str, Any]) -> dict[str, Any]:
        return {"get": {"tags": [tag], "parameters": parameters, "responses": responses}, "post": {"tags": [tag]}}

    doc = document(
        {
            "/tool": collection("Tools", query("limit", "createdAtLe"), array),
            "/file": collection("Files", query("purpose"), array),
            "/chat": collection("Chats", query("limit", "createdAtLe"), answer(ref("Page"))),
        },
        {"Page": {"type": "object", "properties": {"results": {"type": "array"}}}},
    )
    spec_operations.annotate(doc, {})
    pages = {path: item["get"].get("x-vapi-pages", False) for path, item in doc["paths"].items()}
    assert pages == {"/tool": True, "/file": False, "/chat": False}


def test_list_pages_by_number_when_it_takes_page_and_limit_and_answers_items_beside_paging_metadata() -> None:
    def collection(tag: str, parameters: list[dict[str, Any]], responses: dict[str, Any]) -> dict[str, Any]:
        return {"get": {"tags": [tag], "parameters": parameters, "responses": responses}, "post": {"tags": [tag]}}

    page = {"type": "object", "properties": {"results": {"type": "array"}, "metadata": ref("Meta")}}
    doc = document(
        {
            "/chat": collection("Chats", query("page", "limit", "createdAtLe"), answer(ref("Page"))),
            "/board": collection("Board", query("page", "limit"), answer(ref("Page"))),
            # no `limit`, no metadata beside the items, two arrays, an array answer or one of two answers
            "/nolimit": collection("NoLimit", query("page"), answer(ref("Page"))),
            "/nometa": collection("NoMeta", query("page", "limit"), answer(ref("Bare"))),
            "/two": collection("Two", query("page", "limit"), answer(ref("Two"))),
            "/either": collection("Either", query("page", "limit"), answer({"oneOf": [ref("Page"), ref("Bare")]})),
        },
        {
            "Page": page,
            "Meta": {"type": "object", "properties": {"currentPage": {"type": "number"}}},
            "Bare": {"type": "object", "properties": {"results": {"type": "array"}, "count": {"type": "number"}}},
            "Two": {"type": "object", "properties": {**page["properties"], "more": {"type": "array"}}},
        },
    )
    spec_operations.annotate(doc, {})
    pages = {path: item["get"].get("x-vapi-pages", False) for path, item in doc["paths"].items()}
    assert pages == {
        "/chat": "page-number",
        "/board": "page-number",
        "/nolimit": False,
        "/nometa": False,
        "/two": False,
        "/either": False,
    }
    assert spec_operations.page_fields(doc, doc["paths"]["/chat"]["get"]) == ("results", "metadata")


def test_a_batch_create_is_found_by_the_array_beside_a_singular_field_of_one_schema() -> None:
    schemas = {
        "Call": {"type": "object", "properties": {"id": {"type": "string"}}},
        "CallBatchResponse": {
            "type": "object",
            "properties": {"results": {"type": "array", "items": ref("Call")}},
            "required": ["results"],
        },
        "CreateCustomerDTO": {"type": "object", "properties": {"number": {"type": "string"}}},
        "CreateCallDTO": {
            "type": "object",
            "properties": {
                "customer": ref("CreateCustomerDTO"),
                "customers": {"type": "array", "items": ref("CreateCustomerDTO")},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        },
    }
    body = {"content": {"application/json": {"schema": ref("CreateCallDTO")}}}
    either = answer({"oneOf": [ref("Call"), ref("CallBatchResponse")]}, "201")
    doc = document(
        {
            "/call": {"post": {"tags": ["Calls"], "requestBody": body, "responses": either}},
            "/call/one": {"post": {"tags": ["Calls"], "requestBody": body, "responses": answer(ref("Call"), "201")}},
        },
        schemas,
    )
    spec_operations.annotate(doc, {})
    assert doc["paths"]["/call"]["post"]["x-vapi-batch"] == {
        "field": "customers",
        "single": "Call",
        "batch": "CallBatchResponse",
    }
    assert "x-vapi-batch" not in doc["paths"]["/call/one"]["post"]


def test_the_built_openapi_yaml_carries_the_names_and_the_generator_reads_no_selection() -> None:
    upstream = spec_build.load_document(spec_build.SPEC_DIR / "upstream.json")
    doc, _, _ = spec_build.build(upstream, *spec_build.load_sources(), strict=True)
    create = doc["paths"]["/call"]["post"]
    assert (create["x-vapi-resource"], create["x-vapi-method"], create["x-vapi-creates-call"]) == (
        "calls",
        "create",
        True,
    )
    assert create["x-vapi-batch"]["field"] == "customers"
    assert doc["paths"]["/call"]["get"]["x-vapi-pages"] is True
    found = importlib.util.find_spec("vapi_codegen.resources")  # read, not imported: it needs the generator
    assert found is not None and found.origin is not None
    source = Path(found.origin).read_text(encoding="utf-8")
    assert "selection" not in source


def test_a_method_named_like_an_import_of_the_resources_module_is_refused() -> None:
    checked = _codegen.run(
        """if True:
        from vapi_codegen import resources
        try:
            resources._check_no_method_hides_a_module_name(
                "import datetime\\n\\nclass CallsResource:\\n    def datetime(self) -> datetime.datetime: ...\\n"
            )
        except SystemExit as refused:
            print(refused)
        else:
            print("accepted")
        print(resources._qualify("list[models.Call] | Literal['list'] | list_x", {"list"}))
        """
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    refusal, qualified = checked.stdout.splitlines()
    assert re.search(r"CallsResource.datetime\(\) would hide the module's `datetime`", refusal), refusal
    assert qualified == "builtins.list[models.Call] | Literal['list'] | list_x"
