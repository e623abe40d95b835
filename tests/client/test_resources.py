"""`client.calls` as generated from the spec: coverage of the spec, batch create, paging, bulk delete,
artifact downloads, the seed-era methods and raw responses, against the fault server on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_client import (
    CallCreationUncertainError,
    NotFoundError,
    RawResponse,
    ReconcilePolicy,
    ValidationError,
    VapiClient,
)
from vapi_client._resources import AsyncCallsResource, CallsResource
from vapi_client._spec import OPERATIONS
from vapi_client.models import Call, CallBatchResponse

from tests._servers.processes import FaultServer
from tests.client.conftest import API_KEY

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.load(
    (ROOT / "openapi.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
NAMES = yaml.safe_load((ROOT / "spec" / "selection.yaml").read_text(encoding="utf-8"))["operations"]
MakeClient = Callable[..., VapiClient]


def call(call_id: str, created_at: str) -> dict[str, Any]:
    return {"id": call_id, "orgId": "org-1", "createdAt": created_at, "updatedAt": created_at, "type": "webCall"}


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


# --- the spec, method for method -----------------------------------------------------------------


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "patch", "put", "delete")
    ]


def camel_to_snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


@pytest.mark.parametrize(
    ("method", "path", "operation"), spec_operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_operation_has_its_method_and_every_field_its_argument(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    name = operation["x-vapi-method"]
    assert (operation["x-vapi-resource"], name) == ("calls", NAMES[f"{method} {path}"]["method"])
    for resource in (CallsResource, AsyncCallsResource):
        parameters = inspect.signature(getattr(resource, name)).parameters
        for parameter in operation.get("parameters", ()):
            assert camel_to_snake(parameter["name"]) in parameters, f"{name}: no argument for {parameter['name']}"
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body:
            schema = SPEC["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
            assert "body" in parameters
            for field in schema["properties"]:
                python = camel_to_snake(field)
                assert python in parameters or python + "_" in parameters, f"{name}: no argument for body {field}"
        assert list(parameters)[-4:] == ["timeout", "max_retries", "extra_headers", "validate"]
        # A create chooses its request id by keyword (`_operations._request_ids`); nothing else has one.
        assert ("request_id" in parameters) == bool(operation.get("x-vapi-creates-call"))
        assert (getattr(resource, name).__doc__ or "").startswith(operation["summary"])


def test_the_client_has_a_method_per_operation_and_no_other_request_surface() -> None:
    assert sorted(OPERATIONS) == sorted(f"calls.{NAMES[f'{m} {p}']['method']}" for m, p, _ in spec_operations())
    import vapi_client

    assert not hasattr(vapi_client, "AuthenticatedClient")
    with pytest.raises(ImportError):
        __import__("vapi_client.api")


def test_help_of_the_client_leads_to_the_calls_methods() -> None:
    doc = inspect.getdoc(VapiClient) or ""
    for name in ("client.calls", "create", "list_all", "download_"):
        assert name in doc


# --- create: one call or a batch -------------------------------------------------------------------


def test_create_returns_a_call_and_a_batch_returns_a_batch_result(faults: Any, make_client: MakeClient) -> None:
    one = call("c1", "2026-08-01T10:00:00.000Z")
    batch = {"results": [one], "errors": [{"customer": {"number": "+1555"}, "error": "over limit"}]}
    faults.script([rule("POST", "/call", {"status": 201, "json": one}, {"status": 201, "json": batch})])
    client = make_client()
    created = client.calls.create(assistant_id="a1", customer={"number": "+14155550123"})
    assert type(created) is Call and created.id == "c1"
    result = client.calls.create(assistant_id="a1", customers=[{"number": "+14155550123"}, {"number": "+1555"}])
    assert type(result) is CallBatchResponse
    assert [c.id for c in result.results] == ["c1"] and result.errors[0].error == "over limit"
    first, second = faults.requests()
    assert json.loads(second["body"])["customers"] == [{"number": "+14155550123"}, {"number": "+1555"}]
    assert json.loads(first["body"]) == {"assistantId": "a1", "customer": {"number": "+14155550123"}}


def test_schedule_plan_takes_aware_datetimes_and_refuses_naive_ones(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", {"status": 201, "json": call("c1", "2026-08-01T10:00:00Z")})])
    client = make_client()
    with pytest.raises(ValidationError, match="schedulePlan.earliestAt"):
        client.calls.create(assistant_id="a1", schedule_plan={"earliestAt": datetime(2026, 9, 1, 9)})
    assert faults.requests() == []
    client.calls.create(assistant_id="a1", schedule_plan={"earliestAt": datetime(2026, 9, 1, 9, tzinfo=UTC)})
    assert json.loads(faults.requests()[0]["body"])["schedulePlan"] == {"earliestAt": "2026-09-01T09:00:00Z"}


@pytest.mark.parametrize("name", ["create_phone_call", "create_web_call"])
def test_the_seed_era_methods_send_the_deprecated_operations_and_say_so(
    faults: Any, make_client: MakeClient, name: str
) -> None:
    path = "/call/phone" if name == "create_phone_call" else "/call/web"
    faults.script([rule("POST", path, {"status": 201, "json": call("c1", "2026-08-01T10:00:00Z")})])
    with pytest.warns(DeprecationWarning, match=r"use create\(\)") as caught:
        getattr(make_client().calls, name)(assistant_id="a1")
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert [r["path"] for r in faults.requests()] == [path]


# --- listing every call --------------------------------------------------------------------------

T3, T2, T1 = "2026-08-01T10:00:03.000Z", "2026-08-01T10:00:02.000Z", "2026-08-01T10:00:01.000Z"
PAGES = [
    [call("c0", T3), call("c1", T3), call("c2", T2)],
    [call("c2", T2), call("c3", T2), call("c4", T1)],  # c2 again: it shares T2 with c3
    [call("c4", T1), call("c5", T1)],
]


def test_list_all_pages_by_created_at_without_skipping_or_repeating(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call", *({"status": 200, "json": page} for page in PAGES))])
    calls = make_client().calls.list_all(page_size=3, assistant_id="a1")
    assert next(calls).id == "c0"
    assert len(faults.requests()) == 1  # lazy: the next page is fetched when needed
    assert [c.id for c in calls] == ["c1", "c2", "c3", "c4", "c5"]
    queries = [parse_qs(r["query"]) for r in faults.requests()]
    # A short page is not the end (the server may cap `limit`): the next one, with nothing new, is.
    assert [q.get("createdAtLe") for q in queries] == [None, [T2], [T1], [T1]]
    assert all(q["limit"] == ["3"] and q["assistantId"] == ["a1"] for q in queries)


def test_list_all_grows_the_page_when_a_whole_page_shares_one_timestamp(faults: Any, make_client: MakeClient) -> None:
    same = [call(f"s{i}", T2) for i in range(3)]
    pages = [same[:2], same[:2], [*same, call("old", T1)], [call("old", T1)]]
    faults.script([rule("GET", "/call", *({"status": 200, "json": page} for page in pages))])
    assert [c.id for c in make_client().calls.list_all(page_size=2)] == ["s0", "s1", "s2", "old"]
    assert [parse_qs(r["query"])["limit"] for r in faults.requests()] == [["2"], ["2"], ["4"], ["4"]]


def test_async_list_all(faults: Any, make_async_client: Callable[..., Any]) -> None:
    faults.script([rule("GET", "/call", *({"status": 200, "json": page} for page in PAGES))])

    async def collect() -> list[str]:
        async with make_async_client() as client:
            return [c.id async for c in client.calls.list_all(page_size=3)]

    assert asyncio.run(collect()) == ["c0", "c1", "c2", "c3", "c4", "c5"]


# --- delete ----------------------------------------------------------------------------------------


def test_bulk_delete_and_the_503_that_asks_for_a_retry(faults: Any, make_client: MakeClient) -> None:
    refused = {"status": 503, "json": {"message": "failed to erase call recordings; the call was not deleted. Retry"}}
    faults.script([rule("DELETE", "/call/*", refused, {"status": 200, "json": call("c1", T1)})])
    assert make_client().calls.delete("c1", ids=["c1", "c2"]).id == "c1"
    requests = faults.requests()
    assert [r["method"] for r in requests] == ["DELETE", "DELETE"]
    assert json.loads(requests[1]["body"]) == {"ids": ["c1", "c2"]}


# --- artifact downloads ----------------------------------------------------------------------------


@pytest.fixture
def storage() -> Any:
    with FaultServer.start() as server:  # another port: another origin
        yield server


def test_a_download_follows_the_redirect_without_the_api_key(
    faults: Any, storage: Any, make_client: MakeClient, tmp_path: Path
) -> None:
    location = f"{storage.url}/bucket/c1.wav?X-Amz-Signature=abc"
    faults.script([rule("GET", "/call/c1/stereo-recording", {"status": 302, "headers": {"Location": location}})])
    storage.script([rule("GET", "/bucket/c1.wav", {"status": 200, "body": "RIFF" * 5000, "content_type": "audio/wav"})])
    target = tmp_path / "c1.wav"
    written = make_client().calls.download_stereo_recording("c1", target, extra_headers={"X-Tenant": "t-1"})
    assert written == 20000 and target.read_bytes() == b"RIFF" * 5000
    [api] = faults.requests()
    assert api["headers"]["authorization"] == f"Bearer {API_KEY}"
    [fetched] = storage.requests()
    assert "authorization" not in fetched["headers"] and "x-tenant" not in fetched["headers"]
    assert fetched["query"] == "X-Amz-Signature=abc"


def test_a_direct_download_streams_into_a_file_object(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "pcap" * 10, "content_type": "x"})])
    sink = io.BytesIO()
    assert make_client().calls.download_pcap("c1", sink) == 40
    assert sink.getvalue() == b"pcap" * 10


def test_a_missing_artifact_is_not_found_and_leaves_no_file(
    faults: Any, make_client: MakeClient, tmp_path: Path
) -> None:
    missing = {"status": 404, "json": {"message": "Artifact not found.", "statusCode": 404}}
    faults.script([rule("GET", "/call/c1/call-logs", missing)])
    with pytest.raises(NotFoundError, match="Artifact not found"):
        make_client().calls.download_call_logs("c1", tmp_path / "logs.txt")
    assert list(tmp_path.iterdir()) == []


def _declared_media_types(operation: dict[str, Any]) -> list[str]:
    media: list[str] = []
    for response in operation["responses"].values():
        while "$ref" in response:
            response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        media += [name for name in response.get("content", {}) if name not in media]
    return media


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_operation_accepts_what_its_responses_declare(faults: Any, make_client: MakeClient, name: str) -> None:
    # Every request once said `Accept: application/json`, and a server that negotiates (Prism) answered
    # the downloads with 406.
    table = OPERATIONS[name]
    operation = SPEC["paths"][table["path"]][table["method"].lower()]
    faults.script([rule("*", "/call*", {"status": 200, "json": {"id": "c1"}})])
    client = make_client()
    method = table["name"]
    args = ["c1"] * len(table["path_params"]) + ([io.BytesIO()] if method.startswith("download_") else [])
    # A seed-era method warns first (asserted above); the suppress below would swallow it as an error.
    deprecated: Any = pytest.warns(DeprecationWarning) if table.get("replaced_by") else contextlib.nullcontext()
    with deprecated, contextlib.suppress(Exception):  # only the request matters here
        getattr(getattr(client, table["resource"]), method)(*args)
    [request] = faults.requests()
    accepted = [part.strip() for part in request["headers"]["accept"].split(",")]
    assert sorted(accepted) == sorted(_declared_media_types(operation))
    if method.startswith("download_"):
        assert accepted[0] == "application/octet-stream"  # the success first
    else:
        assert accepted == ["application/json"]


# --- raw access ------------------------------------------------------------------------------------


def test_with_raw_response_gives_status_headers_and_bytes_beside_the_call(faults: Any, make_client: MakeClient) -> None:
    body = call("c1", T1)
    faults.script([rule("GET", "/call/c1", {"status": 200, "json": body, "headers": {"X-Request-Id": "r-9"}})])
    raw = make_client().calls.with_raw_response.get("c1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r-9"
    assert json.loads(raw.content) == body and isinstance(raw.parsed, Call)


def test_the_raw_view_is_its_own_class_with_every_method_but_the_streamed_downloads() -> None:
    from vapi_client._resources import AsyncCallsResourceWithRawResponse, CallsResourceWithRawResponse

    client = VapiClient(api_key=API_KEY)
    assert type(client.calls.with_raw_response) is CallsResourceWithRawResponse
    assert client.calls is client.calls  # one resource per client, made on first use
    methods = {key.removeprefix("calls.") for key in OPERATIONS}
    for view, resource in (
        (CallsResourceWithRawResponse, CallsResource),
        (AsyncCallsResourceWithRawResponse, AsyncCallsResource),
    ):
        public = {name for name in vars(view) if not name.startswith("_")}
        assert public == {name for name in methods if not name.startswith("download_")}
        for name in public:  # the resource's own method, as help() shows it
            method, original = getattr(view, name), getattr(resource, name)
            assert (method.__name__, method.__doc__) == (original.__name__, original.__doc__)
            assert inspect.iscoroutinefunction(method) == inspect.iscoroutinefunction(original)


def test_the_async_raw_view_answers_like_the_sync_one(faults: Any, make_async_client: Callable[..., Any]) -> None:
    batch = {"results": [call("c1", T1)], "errors": []}
    faults.script(
        [
            rule("GET", "/call/c1", {"status": 200, "json": call("c1", T1)}),
            rule("POST", "/call", {"status": 201, "json": batch}),
        ]
    )

    async def run() -> tuple[RawResponse[Call], RawResponse[CallBatchResponse]]:
        async with make_async_client() as client:
            raw = client.calls.with_raw_response
            return await raw.get("c1"), await raw.create(assistant_id="a1", customers=[{"number": "+14155550123"}])

    one, many = asyncio.run(run())
    assert one.status_code == 200 and isinstance(one.parsed, Call) and one.parsed.id == "c1"
    assert many.status_code == 201 and isinstance(many.parsed, CallBatchResponse)
    assert json.loads(many.content) == batch


def test_a_raw_create_whose_outcome_is_unknown_raises_and_is_not_reconciled(
    faults: Any, make_client: MakeClient, make_async_client: Callable[..., Any]
) -> None:
    faults.script([rule("POST", "/call", {"close": "after_body"}), rule("GET", "/call", {"status": 200, "json": []})])
    with pytest.raises(CallCreationUncertainError):
        make_client(reconcile=ReconcilePolicy()).calls.with_raw_response.create(assistant_id="a1")

    async def create() -> None:
        async with make_async_client(reconcile=ReconcilePolicy()) as client:
            await client.calls.with_raw_response.create(assistant_id="a1")

    with pytest.raises(CallCreationUncertainError):
        asyncio.run(create())
    assert [r["method"] for r in faults.requests()] == ["POST", "POST"]  # no lookup: there is no response to show
