"""A service can widen the selection in one file and get a real client: the whole 2026-08 document (every
path) builds, generates without a generator warning, every module imports, each tag of the spec is a
resource of the client with the rule's method names, and `mypy --strict` passes on the package and on a
downstream service using three resources (while still catching a service's type mistakes).

About 30 s on 2 cores (generation ~20 s, then a cold `mypy --strict` of ~1100 modules with its cache in tmp):
`pytest -m "not whole_document"` leaves it out of a quick run."""

from __future__ import annotations

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
from vapi_client.models import Assistant, Call, CallBatchResponse


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
"""
EXPECTED_MISTAKES = {6: "attr-defined", 7: "arg-type", 8: "attr-defined", 9: "arg-type"}


def test_the_whole_document_gives_a_client_per_resource_that_type_checks(tmp_path: Path) -> None:
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
