"""`with_raw_response` views: each resource method is written once in `_resources.py`, and its raw form is typed
from it (`_operations._raw`): the same parameters and overloads, `RawResponse[T]` for its `T`, which
`mypy --strict` checks as precisely as the method itself."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from tests import _mypy

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "generated" / "vapi_client" / "_resources.py"

# What a type-checked service writes; a line ending `# E: code` is a mistake mypy must report with that code,
# and no other line may be reported.
SERVICE = """
from typing import assert_type

from vapi_client import AsyncVapiClient, RawResponse, VapiClient
from vapi_client._operations._raw import RawView
from vapi_client._resources import CallsResource
from vapi_client.models import Call, CallBatchResponse

CUSTOMER = {"number": "+14155550123"}


def sync_service(client: VapiClient) -> None:
    raw = client.calls.with_raw_response
    view: RawView[CallsResource] = raw
    assert_type(raw.get("c1"), RawResponse[Call])
    assert_type(raw.get("c1", timeout=2.0, extra_headers={"X-Trace": "1"}).parsed, Call)
    assert_type(raw.create(assistant_id="a", customer=CUSTOMER), RawResponse[Call])
    assert_type(raw.create(assistant_id="a", customers=[CUSTOMER]), RawResponse[CallBatchResponse])
    assert_type(raw.create({"assistantId": "a"}), RawResponse[Call | CallBatchResponse])
    assert_type(raw.list(limit=10), RawResponse[list[Call]])
    assert_type(raw.delete("c1"), RawResponse[Call])
    raw.get(7)  # E: arg-type
    raw.get("c1", timeout="slow")  # E: arg-type
    raw.get()  # E: call-arg
    raw.list(limit="ten")  # E: arg-type
    raw.create(assistant_id=1)  # E: call-overload
    raw.create(assistant_id="a", customers=[CUSTOMER]).parsed.id  # E: attr-defined
    raw.download_pcap("c1", to="out.pcap")  # E: attr-defined
    raw.list_all()  # E: attr-defined


async def async_service(client: AsyncVapiClient) -> None:
    raw = client.calls.with_raw_response
    assert_type(await raw.get("c1"), RawResponse[Call])
    assert_type(await raw.create(assistant_id="a", customers=[CUSTOMER]), RawResponse[CallBatchResponse])
    assert_type(await raw.update("c1", name="n"), RawResponse[Call])
    await raw.get(7)  # E: arg-type
    raw.get("c1").parsed  # E: attr-defined
"""


def expected_errors(source: str) -> set[tuple[int, str]]:
    marked = (re.search(r"# E: ([\w-]+)$", line) for line in source.splitlines())
    return {(number, found.group(1)) for number, found in enumerate(marked, 1) if found}


def test_a_raw_view_types_each_method_as_the_resource_does_with_a_raw_result(tmp_path: Path) -> None:
    checked = _mypy.check(tmp_path, {"service.py": SERVICE})
    reported = {
        (int(line), code)
        for line, code in re.findall(r"^service\.py:(\d+): error: .*\[([\w-]+)\]$", checked.stdout, re.M)
    }
    assert reported == expected_errors(SERVICE), checked.stdout


def test_no_signature_is_restated_for_the_raw_view() -> None:
    tree = ast.parse(RESOURCES.read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    views = {name: node for name, node in classes.items() if name.endswith("WithRawResponse")}
    assert views, "no raw views generated"
    for name, view in views.items():
        resource = name.removesuffix("WithRawResponse")
        assert not [m.name for m in view.body if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef)], name
        for member in view.body:
            if isinstance(member, ast.Assign):  # `get = raw_method(CallsResource.get)`: the resource's method
                assert ast.unparse(member.value) in {
                    f"{wrap}({resource}.{ast.unparse(member.targets[0])})"
                    for wrap in ("raw_method", "async_raw_method")
                }, ast.unparse(member)
    # every method is defined once per flavour (sync, async): a batch create's overloads and body, no more
    defined = Counter(
        (cls.name.startswith("Async"), member.name)
        for cls in classes.values()
        for member in cls.body
        if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    assert defined[(False, "create")] == defined[(True, "create")] == 4
    assert defined[(False, "get")] == defined[(True, "get")] == 1
