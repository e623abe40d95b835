"""Resuming a create (`request_id=` + `attempted_since=`): a retried job finds the call its first attempt made.

Against the fault server, with exact request counts: found, nothing is sent; not found, the create is sent
once; without `attempted_since` nothing changes.
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
from vapi_client import REQUEST_ID_KEY, CallCreationUncertainError, ReconcilePolicy, ValidationError, VapiClient
from vapi_client.models import CallBatchResponse

from .test_reconcile import RID, created, listed, methods, rule

POLICY = ReconcilePolicy(window=4.0, interval=2.0, clock_skew=30.0)  # 3 looks; sleeps are recorded, not slept
MakeClient = Callable[..., VapiClient]
FIELDS: dict[str, Any] = {"assistant_id": "asst-1", "phone_number_id": "pn-1", "customer": {"number": "+14155550123"}}
#: What the create below sends with `request_id=RID`; `created()` lists such a call.
BODY = {
    "assistantId": "asst-1",
    "phoneNumberId": "pn-1",
    "customer": {"number": "+14155550123"},
    "assistantOverrides": {"metadata": {"crm": "lead-1", REQUEST_ID_KEY: RID}},
}
CREATED = {"status": 201, "json": created("c-new")}


def since(minutes: float = 5.0) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=minutes)


def test_without_attempted_since_a_create_sends_exactly_one_post(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(created("c-old")))])
    client = make_client(reconcile=POLICY)
    assert client.calls.create(BODY, request_id=RID).id == "c-new"
    assert client.calls.create(BODY).id == "c-new"
    assert methods(faults) == ["POST", "POST"]


def test_a_call_an_earlier_attempt_made_is_returned_and_nothing_is_sent(
    faults: Any, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    first_attempt = since(minutes=10)
    faults.script(
        [
            rule("POST", "/call", CREATED),
            rule("GET", "/call", listed(created("someone-else", request_id="job-other"), created("c-old", ago=500))),
        ]
    )
    with caplog.at_level(logging.WARNING, logger="vapi_client"):
        call = make_client(reconcile=POLICY).calls.create(BODY, request_id=RID, attempted_since=first_attempt)
    assert call.id == "c-old"
    assert methods(faults) == ["GET"]
    query = parse_qs(faults.requests()[0]["query"])
    assert datetime.fromisoformat(query["createdAtGe"][0]) == first_attempt - timedelta(seconds=30)
    assert query["assistantId"] == ["asst-1"] and query["phoneNumberId"] == ["pn-1"]
    assert f"not sent: an earlier attempt created the call(s) with request id {RID}: c-old" in caplog.text


def test_nothing_found_in_the_window_sends_the_create_once(faults: Any, make_client: MakeClient, sleeps: Any) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed())])
    call = make_client(reconcile=POLICY).calls.create(**FIELDS, request_id=RID, attempted_since=since())
    assert call.id == "c-new"
    assert methods(faults) == ["GET", "GET", "GET", "POST"]  # three looks, then the create
    assert sleeps.delays == [2.0, 2.0]
    sent = json.loads(faults.requests()[-1]["body"])
    assert sent["assistantOverrides"]["metadata"][REQUEST_ID_KEY] == RID


def test_a_call_vapi_lists_late_is_found_on_a_later_look(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(), listed(created("c-old")))])
    call = make_client(reconcile=POLICY).calls.create(BODY, request_id=RID, attempted_since=since())
    assert call.id == "c-old"
    assert methods(faults) == ["GET", "GET"]


@pytest.mark.parametrize(
    "listed_call",
    [
        created("other-customer", customer={"number": "+14155550999"}),
        created("other-assistant", assistantId="asst-2"),
        created("before-the-window", ago=3600),
    ],
    ids=["customer", "assistant", "createdAt"],
)
def test_a_call_with_the_id_but_not_what_the_body_says_is_not_taken(
    faults: Any, make_client: MakeClient, listed_call: dict[str, Any]
) -> None:
    faults.script(
        [
            rule("POST", "/call", CREATED),
            rule("GET", "/call", {"calls": [listed_call], "ignore": ["assistantId", "createdAtGe"]}),
        ]
    )
    call = make_client(reconcile=ReconcilePolicy(window=0)).calls.create(BODY, request_id=RID, attempted_since=since())
    assert call.id == "c-new"
    assert methods(faults)[-1] == "POST" and methods(faults).count("POST") == 1


def test_a_lookup_that_fails_sends_nothing(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", {"status": 503})])
    with pytest.raises(CallCreationUncertainError, match="was not sent") as caught:
        make_client(reconcile=POLICY, max_retries=1).calls.create(BODY, request_id=RID, attempted_since=since())
    assert caught.value.request_id == RID and caught.value.reconciliation.lookup_error is not None
    assert methods(faults) == ["GET", "GET"]


def test_a_batch_found_whole_is_returned_and_one_found_in_part_sends_nothing(
    faults: Any, make_client: MakeClient
) -> None:
    customers = [{"number": "+14155550100"}, {"number": "+14155550101"}]
    body = {"customers": customers, "assistantId": "asst-1"}
    made = [created(f"c{i}", customer=customers[i]) for i in (0, 1)]
    client = make_client(reconcile=ReconcilePolicy(window=0))
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(*made))])
    result = client.calls.create(body, request_id=RID, attempted_since=since())
    assert isinstance(result, CallBatchResponse) and [c.id for c in result.results] == ["c0", "c1"]
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(made[1]))])
    with pytest.raises(CallCreationUncertainError, match="not found for customers: \\+14155550100"):
        client.calls.create(body, request_id=RID, attempted_since=since())
    assert "POST" not in methods(faults)


def test_a_client_that_does_not_reconcile_still_resumes(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(created("c-old")))])
    call = make_client(reconcile=None).calls.create(BODY, request_id=RID, attempted_since=since())
    assert call.id == "c-old" and methods(faults) == ["GET"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"attempted_since": datetime.now(UTC)}, "needs request_id="),
        ({"request_id": RID, "attempted_since": datetime.now()}, "no timezone"),
        ({"request_id": RID, "attempted_since": "2026-01-01T00:00:00Z"}, "expected a datetime"),
        ({"request_id": RID, "attempted_since": datetime.now(UTC) + timedelta(days=1)}, "in the future"),
    ],
)
def test_attempted_since_is_checked_before_anything_is_sent(
    faults: Any, make_client: MakeClient, arguments: dict[str, Any], message: str
) -> None:
    faults.script([rule("*", "/call", CREATED)])
    with pytest.raises(ValidationError, match=message):
        make_client(reconcile=POLICY).calls.create(**FIELDS, **arguments)
    assert faults.requests() == []


def test_the_raw_view_refuses_to_resume(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("*", "/call", CREATED)])
    client = make_client(reconcile=POLICY)
    with pytest.raises(ValidationError, match="with_raw_response does not resume"):
        client.calls.with_raw_response.create(**FIELDS, request_id=RID, attempted_since=since())
    assert faults.requests() == []


def test_the_async_client_resumes_too(faults: Any, make_async_client: Callable[..., Any]) -> None:
    faults.script([rule("POST", "/call", CREATED), rule("GET", "/call", listed(), listed(created("c-old")))])

    async def create() -> Any:
        async with make_async_client(reconcile=POLICY) as client:
            return await client.calls.create(BODY, request_id=RID, attempted_since=since())

    assert asyncio.run(create()).id == "c-old"
    assert methods(faults) == ["GET", "GET"]


def test_only_operations_that_create_calls_take_attempted_since() -> None:
    import inspect

    from vapi_client._resources import AsyncCallsResource, CallsResource

    for resource in (CallsResource, AsyncCallsResource):
        for name in ("create", "create_phone_call", "create_web_call"):
            assert "attempted_since" in inspect.signature(getattr(resource, name)).parameters, name
        for name in ("list", "get", "update", "delete"):
            assert "attempted_since" not in inspect.signature(getattr(resource, name)).parameters, name
