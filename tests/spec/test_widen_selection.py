"""A service can widen the selection in one file and get a real client: the whole 2026-08 document (every
path) builds, generates without a generator warning, every module imports, each tag of the spec is a
resource of the client with the rule's method names, and `mypy --strict` passes on the package and on a
downstream service using three resources (while still catching a service's type mistakes); against the fault
server, `files.create(file=...)` uploads a file as multipart and a page-number `list_all` walks its pages
(and stops at `max_pages` on a server that always claims more).

About 30 s on 2 cores (generation ~20 s, then a cold `mypy --strict` of ~1100 modules with its cache in tmp):
`pytest -m "not whole_document"` leaves it out of a quick run."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_spec import update as update_spec

from tests import _codegen
from tests._servers.processes import FaultServer

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.whole_document

IMPORT_ALL = """
import importlib, inspect, json, pkgutil, sys, vapi_client
assert vapi_client.__file__.startswith(sys.argv[1]), vapi_client.__file__
names = [m.name for m in pkgutil.walk_packages(vapi_client.__path__, "vapi_client.")]
for name in names:
    importlib.import_module(name)
from vapi_client import AsyncVapiClient, VapiClient
from vapi_client._spec import OPERATIONS
client = VapiClient(api_key="k")
resources = {}
for key, table in OPERATIONS.items():
    resource, method = key.split(".")
    assert callable(getattr(getattr(client, resource), method)), key
    assert callable(getattr(getattr(AsyncVapiClient(api_key="k"), resource), method)), key
    resources.setdefault(resource, {})[method] = [table["method"], table["path"], table["pages"]]
print(json.dumps({
    "modules": len(names),
    "resources": resources,
    "assistant_get_doc": inspect.getdoc(client.assistants.get),
    "calls_type": type(client.calls).__name__,
}))
"""

# A downstream service: three resources, typed results, raw responses, paging, the batch overloads.
SERVICE = """
from typing import assert_type

from vapi_client import AsyncVapiClient, RawResponse, VapiClient
from vapi_client.models import Assistant, Call, CallBatchResponse, File, Session


def sync_service(client: VapiClient) -> int:
    call = client.calls.create(assistant_id="asst_1", customer={"number": "+14155550123"})
    assert_type(call, Call)
    batch = client.calls.create(assistant_id="asst_1", customers=[{"number": "+14155550123"}])
    assert_type(batch, CallBatchResponse)
    raw = client.calls.with_raw_response.get(call.id)
    assert_type(raw, RawResponse[Call])
    assistants: list[Assistant] = client.assistants.list(limit=10)
    for assistant in client.assistants.list_all(page_size=50):
        assert_type(assistant, Assistant)
    one = client.assistants.with_raw_response.get(assistants[0].id)
    numbers = client.phone_numbers.list()
    # A listed tool's id and tag read on every member, the Unknown one included (its shared fields are typed).
    tools = {tool.id: tool.type_ for tool in client.tools.list()}
    assert_type(next(iter(tools)), str)
    # An upload takes the file (bytes, a binary file, or name and content) and the form's other fields.
    uploaded = client.files.create(file=("notes.txt", b"hi", "text/plain"), purpose="assistant")
    assert_type(uploaded, File)
    for session in client.sessions.list_all(page_size=50, max_pages=10):  # pages by page number
        assert_type(session, Session)
    return raw.status_code + one.status_code + len(numbers) + len(batch.results) + len(tools)


async def async_service(client: AsyncVapiClient) -> str:
    async for assistant in client.assistants.list_all():
        assert_type(assistant, Assistant)
    raw = await client.calls.with_raw_response.get("call_1")
    await client.phone_numbers.delete("pn_1")
    return raw.parsed.id
"""

# Mistakes mypy must still catch: line -> the error code mypy reports there.
MISTAKES = """
from vapi_client import VapiClient


def wrong(client: VapiClient) -> None:
    client.calls.create(assistant_id="a", customers=[{"number": "+1"}]).id
    client.assistants.get(7)
    client.calls.with_raw_response.get("c").parsed.results
    client.phone_numbers.list(limit="ten")
    client.files.create(file="notes.txt")
"""
EXPECTED_MISTAKES = {6: "attr-defined", 7: "arg-type", 8: "attr-defined", 9: "arg-type", 10: "arg-type"}

# Against a real server (the loopback fault server): an upload, and page-number listings honest and hostile.
AGAINST_SERVER = """
import asyncio, io, json, sys
from vapi_client import AsyncVapiClient, PagingError, VapiClient

client = VapiClient(api_key="k", base_url=sys.argv[1], max_retries=0)
named = io.BytesIO(b"second file"); named.name = "/tmp/notes.txt"
uploaded = [client.files.create(file=("logo.bin", bytes(range(256)), "image/png"), purpose="assistant").id,
            client.files.create(file=named).id]
sessions = [s.id for s in client.sessions.list_all(page_size=2)]

async def async_sessions():
    async with AsyncVapiClient(api_key="k", base_url=sys.argv[1], max_retries=0) as aclient:
        return [s.id async for s in aclient.sessions.list_all(page_size=2)]

try:
    endless = sum(1 for _ in client.chats.list_all(page_size=3, max_pages=4))
except PagingError as error:
    endless = str(error)
print(json.dumps({"uploaded": uploaded, "sessions": sessions, "async": asyncio.run(async_sessions()),
                  "endless": endless}))
"""


def test_the_whole_document_gives_a_client_per_resource_that_type_checks(tmp_path: Path, faults: FaultServer) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    selection = yaml.safe_load((spec_dir / "selection.yaml").read_text(encoding="utf-8"))
    selection["paths"] = ["*"]  # the one edit a service makes
    (spec_dir / "selection.yaml").write_text(yaml.safe_dump(selection), encoding="utf-8")
    spec = tmp_path / "openapi.yaml"
    shutil.copyfile(ROOT / "openapi.yaml", spec)
    # The same upstream with a new selection: a rebuild, reported like an update; new names are locked.
    report = update_spec.update(spec_dir / "upstream.json", label="2026-08", strict=False, root=tmp_path)
    assert report["to"].startswith("2026-08 (rebuilt") and len(report["operations"]["added"]) > 60
    assert "## 2026-08 -> 2026-08 (rebuilt" in (spec_dir / "CHANGES.md").read_text(encoding="utf-8")
    added_names = {item["name"] for item in report["names"]["added"]}
    assert "UnknownPhoneNumberPaginatedResponseResult" in added_names and report["names"]["retired"] == []
    assert not added_names & set(report["schemas"]["added"]), "each name is reported once"
    doc = yaml.load(spec.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert len(doc["paths"]) > 60
    # Names a rule makes read well: from the schema or the resource, never `POSTPhoneNumberBody`.
    made = [name for name, schema in doc["components"]["schemas"].items() if "x-vapi-hoisted-from" in schema]
    assert not [name for name in made if re.match(r"(GET|POST|PUT|PATCH|DELETE)[A-Z]|.*\d$", name)], made
    assert {"PhoneNumber", "UpdatePhoneNumber", "AssistantModel", "WorkflowModel"} <= set(made)
    out = tmp_path / "pkg"
    generated = _codegen.generate("--spec", str(spec), "--vendor", str(out / "vapi_client"))
    assert generated.returncode == 0, generated.stdout[-3000:] + generated.stderr[-3000:]
    assert "Warning" not in generated.stdout

    imported = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(out)], capture_output=True, text=True, env={"PYTHONPATH": str(out)}
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    report = json.loads(imported.stdout)
    assert report["modules"] > 800  # one module per model and enum (equal enums share one)
    resources = report["resources"]
    # Every listing that can be walked has `list_all`: by createdAt, or by page number (`page`, `limit`).
    paged = {name: methods["list"][2] for name, methods in resources.items() if "list" in methods}
    assert {name for name, pages in paged.items() if pages is True} == {
        "assistants", "calls", "phone_numbers", "simulation_personalities", "simulation_scenarios",
        "simulation_suites", "simulations", "squads", "tools",
    }  # fmt: skip
    assert {name for name, pages in paged.items() if pages == "page-number"} == {
        "board", "campaigns", "chats", "eval", "insight", "observability_scorecard", "provider_resources",
        "sessions", "structured_outputs",
    }  # fmt: skip
    # Not walked: `files` and `knowledge_bases_v2` list without `page` (one answer), `simulation_runs` answers
    # an array or a page by turns; `analytics` has no list.
    assert {name for name, pages in paged.items() if not pages} == {"files", "knowledge_bases_v2", "simulation_runs"}
    assert len(resources) == 22
    assert {"calls", "assistants", "phone_numbers", "squads", "tools", "knowledge_bases_v2"} <= set(resources)
    assert report["calls_type"] == "CallsResource"
    # The rule: create/list/get/update/delete on the collection and its items, list_all where `list` pages.
    assert resources["assistants"] == {
        "create": ["POST", "/assistant", False],
        "list": ["GET", "/assistant", True],
        "get": ["GET", "/assistant/{id}", False],
        "update": ["PATCH", "/assistant/{id}", False],
        "delete": ["DELETE", "/assistant/{id}", False],
    }
    assert resources["phone_numbers"]["find_all_paginated"][:2] == ["GET", "/v2/phone-number"]
    assert resources["analytics"] == {"query": ["POST", "/analytics", False]}  # no collection: its operationId
    assert resources["calls"]["download_pcap"][:2] == ["GET", "/call/{id}/pcap"]  # the naming table still names
    assert sum(len(methods) for methods in resources.values()) > 130
    # Path parameters documented from the operation's own parameters, not the Calls resource's.
    assert "id: The unique identifier for the resource." in report["assistant_get_doc"]
    assert "call" not in report["assistant_get_doc"].lower()

    stamp = "2026-08-01T10:00:00Z"
    record = {"orgId": "org", "createdAt": stamp, "updatedAt": stamp}
    faults.script(
        [
            {"method": "POST", "path": "/file", "responses": [{"status": 201, "json": {"id": "file_1", **record}}]},
            {"method": "GET", "path": "/session", "responses": [{"numbered": [{"id": f"s{i}", **record} for i in range(5)]}]},
            {"method": "GET", "path": "/chat", "responses": [{"numbered": [{"id": "chat", **record}], "endless": True}]},
        ]
    )  # fmt: skip
    served = subprocess.run(
        [sys.executable, "-c", AGAINST_SERVER, faults.url], capture_output=True, text=True, env={"PYTHONPATH": str(out)}
    )
    assert served.returncode == 0, served.stderr[-3000:]
    outcome = json.loads(served.stdout)
    assert outcome["uploaded"] == ["file_1", "file_1"]
    assert outcome["sessions"] == outcome["async"] == ["s0", "s1", "s2", "s3", "s4"]
    assert "stopped after 4 pages" in outcome["endless"]
    logged = faults.requests()
    uploads = [entry["parts"] for entry in logged if entry["path"] == "/file"]
    assert [[(p["name"], p["filename"], p["content_type"]) for p in parts] for parts in uploads] == [
        [("purpose", None, None), ("file", "logo.bin", "image/png")],
        [("file", "notes.txt", "text/plain")],
    ]
    assert base64.b64decode(uploads[0][1]["content_base64"]) == bytes(range(256))
    assert base64.b64decode(uploads[0][0]["content_base64"]) == b"assistant"
    pages = [entry["query"] for entry in logged if entry["path"] == "/session"]
    assert pages == ["page=1&limit=2", "page=2&limit=2", "page=3&limit=2"] * 2
    assert len([entry for entry in logged if entry["path"] == "/chat"]) == 4

    (tmp_path / "service.py").write_text(SERVICE, encoding="utf-8")
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    mypy = [str(Path(sys.executable).parent / "mypy"), "--strict", "--cache-dir", str(tmp_path / "mypy-cache")]
    env = {"MYPYPATH": str(out), "PATH": str(Path(sys.executable).parent)}
    checked = subprocess.run(
        [*mypy, str(out / "vapi_client"), "service.py"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert checked.returncode == 0, checked.stdout[-5000:]
    mistakes = subprocess.run([*mypy, "mistakes.py"], cwd=tmp_path, capture_output=True, text=True, env=env)
    found = {
        int(line.split(":")[1]): line.rsplit("[", 1)[1].rstrip("]")
        for line in mistakes.stdout.splitlines()
        if line.startswith("mistakes.py:") and ": error:" in line
    }
    assert found == EXPECTED_MISTAKES, mistakes.stdout
