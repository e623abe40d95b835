"""Exactly once: a create whose response is lost is resolved by finding the call it made, by its request id.

Against the fault server, with exact request counts. The request id is set by the caller here (a caller
who sets `vapiClientRequestId` chooses the id), so the scripted list can carry it; `tag` is tested on its
own for the generated ids.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest
from vapi_client import (
    REQUEST_ID_KEY,
    CallCreationUncertainError,
    ReconcilePolicy,
    VapiClient,
)
from vapi_client._operations._request_ids import CLIENT_ID_PREFIX, tag
from vapi_client.models import Call, CallBatchResponse

RID = "rid-7f3a"
POLICY = ReconcilePolicy(window=4.0, interval=2.0)  # 3 looks; the tests' sleeps are recorded, not slept
MakeClient = Callable[..., VapiClient]


def at(seconds_ago: float = 1.0) -> str:
    """A `createdAt` that many seconds before now (the window is around the create's `sent_at`)."""
    stamp = datetime.now(UTC) - timedelta(seconds=seconds_ago)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def created(call_id: str, request_id: str = RID, ago: float = 1.0, **extra: Any) -> dict[str, Any]:
    """A listed call made by BODY (same assistant, phone number and customer), `ago` seconds ago."""
    return {
        "id": call_id,
        "orgId": "org-1",
        "createdAt": at(ago),
        "updatedAt": at(ago),
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customer": {"number": "+14155550123"},
        "assistantOverrides": {"metadata": {"crm": "lead-1", REQUEST_ID_KEY: request_id}},
        **extra,
    }


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def listed(*calls: dict[str, Any], **hostile: Any) -> dict[str, Any]:
    """The fault server lists `calls` as `GET /call` would (filters, limit, newest first), or as `hostile` says."""
    return {"calls": list(calls), **hostile}


BODY = {
    "assistantId": "asst-1",
    "phoneNumberId": "pn-1",
    "customer": {"number": "+14155550123"},
    "assistantOverrides": {"metadata": {"crm": "lead-1", REQUEST_ID_KEY: RID}},
}
DROPPED = {"close": "after_body"}


def methods(faults: Any) -> list[str]:
    return [r["method"] for r in faults.requests()]


# --- the request id --------------------------------------------------------------------------------


def test_the_request_id_is_merged_after_the_callers_metadata_and_never_replaces_it() -> None:
    body = {"assistantOverrides": {"metadata": {"z": 1, "a": 2}, "firstMessage": "Hi"}}
    tagged, request_id = tag(body)
    assert list(tagged["assistantOverrides"]["metadata"]) == ["z", "a", REQUEST_ID_KEY]
    assert tagged["assistantOverrides"]["firstMessage"] == "Hi" and request_id.startswith(CLIENT_ID_PREFIX)
    assert body == {"assistantOverrides": {"metadata": {"z": 1, "a": 2}, "firstMessage": "Hi"}}  # not changed
    assert tag(tagged)[1] != request_id  # an id of the client's found in a body was copied: a fresh one
    mine = {"assistantOverrides": {"metadata": {"z": 1, REQUEST_ID_KEY: "job-1", "a": 2}}}
    assert tag(mine) == (mine, "job-1")  # one written by hand is the caller's, kept in its place
    batch, batch_id = tag({"customers": [{"number": "+1"}, {"number": "+2", "assistantOverrides": {"metadata": {}}}]})
    ids = [c["assistantOverrides"]["metadata"][REQUEST_ID_KEY] for c in batch["customers"]]
    assert ids == [f"{batch_id}/0", f"{batch_id}/1"]


def test_every_create_carries_a_fresh_request_id_unless_turned_off(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", {"status": 201, "json": created("c1")})])
    client = make_client(reconcile=ReconcilePolicy())
    client.calls.create(assistant_id="a1")
    client.calls.create(assistant_id="a1")
    make_client(reconcile=None).calls.create(assistant_id="a1")
    first, second, off = (json.loads(r["body"]) for r in faults.requests())
    ids = [b["assistantOverrides"]["metadata"][REQUEST_ID_KEY] for b in (first, second)]
    assert ids[0] != ids[1]
    assert "assistantOverrides" not in off


# --- reconciling -----------------------------------------------------------------------------------


def test_created_then_dropped_returns_the_call_after_one_post(
    faults: Any, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    unrelated = created("someone-else", request_id="rid-other")
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", listed(unrelated, created("c1")))])
    with caplog.at_level(logging.WARNING, logger="vapi_client"):
        call = make_client(reconcile=POLICY).calls.create(BODY)
    assert isinstance(call, Call) and call.id == "c1"
    assert methods(faults) == ["POST", "GET"]
    query = parse_qs(faults.requests()[1]["query"])
    assert query["assistantId"] == ["asst-1"] and query["phoneNumberId"] == ["pn-1"] and "createdAtGe" in query
    assert f"found the call(s) it created by request id {RID}: c1" in caplog.text


def test_a_call_that_appears_late_is_found_on_a_later_look(faults: Any, make_client: MakeClient, sleeps: Any) -> None:
    faults.script(
        [rule("POST", "/call", {"status": 502}), rule("GET", "/call", listed(), listed(), listed(created("c1")))]
    )
    call = make_client(reconcile=POLICY).calls.create(BODY)
    assert call.id == "c1"
    assert methods(faults) == ["POST", "GET", "GET", "GET"]
    assert sleeps.delays == [2.0, 2.0]


def test_never_created_raises_after_the_window_saying_what_was_checked(
    faults: Any, make_client: MakeClient, sleeps: Any
) -> None:
    unrelated = created("someone-else", request_id="rid-other")
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", listed(unrelated))])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(reconcile=POLICY).calls.create(BODY)
    error = caught.value
    # One POST, never a second one. Each look: the page; the calls at or before its oldest one (nothing
    # new); strictly older ones (a short page may be a server capping `limit`): nothing, so the end.
    assert methods(faults) == ["POST"] + ["GET"] * 9
    queries = [parse_qs(r["query"]) for r in faults.requests()[1:4]]
    oldest = queries[1]["createdAtLe"]
    assert oldest != queries[0]["createdAtLe"] and queries[2]["createdAtLt"] == oldest
    assert error.request_id == RID
    assert error.reconciliation.looks == 3 and error.reconciliation.calls_examined == 1
    assert f"looked 3 time(s) for request id {RID}" in str(error) and "1 calls examined" in str(error)


def test_a_batch_of_five_of_which_three_were_created(faults: Any, make_client: MakeClient) -> None:
    customers = [{"number": f"+1415555010{i}"} for i in range(5)]
    body = {"assistantId": "asst-1", "customers": customers, "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}}}
    made = [
        created(
            f"c{i}",
            request_id=RID,
            customer={**customers[i], "assistantOverrides": {"metadata": {REQUEST_ID_KEY: f"{RID}/{i}"}}},
        )
        for i in (0, 2, 4)
    ]
    faults.script([rule("POST", "/call", {"status": 504}), rule("GET", "/call", listed(*made))])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(reconcile=ReconcilePolicy(window=0)).calls.create(body)
    report = caught.value.reconciliation
    assert [c.id for c in report.found] == ["c0", "c2", "c4"]
    assert [c["number"] for c in report.unresolved_customers] == ["+14155550101", "+14155550103"]
    assert "not found for customers: +14155550101, +14155550103" in str(caught.value)
    assert methods(faults) == ["POST", "GET", "GET", "GET"]  # one look: the page, nothing new, nothing older


def test_a_whole_batch_found_returns_the_batch_result(faults: Any, make_client: MakeClient) -> None:
    customers = [{"number": "+14155550100"}, {"number": "+14155550101"}]
    body = {"customers": customers, "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}}}
    # Vapi echoes the batch's own overrides on each call; the customers are matched by number.
    made = [created(f"c{i}", customer=customers[i]) for i in (1, 0)]
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", listed(*made))])
    result = make_client(reconcile=POLICY).calls.create(body)
    assert isinstance(result, CallBatchResponse)
    assert [c.id for c in result.results] == ["c0", "c1"] and result.errors == []


@pytest.mark.parametrize("status", [429, 500])
def test_the_lookup_is_retried_like_any_get(faults: Any, make_client: MakeClient, status: int) -> None:
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", {"status": status}, listed(created("c1")))])
    assert make_client(reconcile=POLICY).calls.create(BODY).id == "c1"
    assert methods(faults) == ["POST", "GET", "GET"]


def test_a_lookup_that_keeps_failing_says_so(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", {"status": 503})])
    with pytest.raises(CallCreationUncertainError, match="the lookup failed") as caught:
        make_client(reconcile=POLICY, max_retries=1).calls.create(BODY)
    assert caught.value.reconciliation.lookup_error is not None
    assert methods(faults) == ["POST", "GET", "GET"]


def test_opting_in_resends_with_the_same_request_id(faults: Any, make_client: MakeClient) -> None:
    faults.script(
        [rule("POST", "/call", DROPPED, {"status": 201, "json": created("c1")}), rule("GET", "/call", listed())]
    )
    policy = ReconcilePolicy(window=0, retry_unconfirmed=True)
    assert make_client(reconcile=policy).calls.create(BODY).id == "c1"
    posts = [json.loads(r["body"]) for r in faults.requests() if r["method"] == "POST"]
    assert len(posts) == 2 and posts[0] == posts[1]
    assert methods(faults) == ["POST", "GET", "POST"]


def test_the_async_client_reconciles_too(faults: Any, make_async_client: Callable[..., Any]) -> None:
    faults.script([rule("POST", "/call", DROPPED), rule("GET", "/call", listed(), listed(created("c1")))])

    async def create() -> Any:
        async with make_async_client(reconcile=POLICY) as client:
            return await client.calls.create(BODY)

    assert asyncio.run(create()).id == "c1"
    assert methods(faults) == ["POST", "GET", "GET"]
