"""Request ids are the caller's or the client's, never inherited (issue 25, findings 3, 4 and 6).

Against the fault server, with exact request counts: an id that came back in a response is not taken
for a new create's, a batch's customers never share an id, and an interrupted create says its id.
"""

from __future__ import annotations

import asyncio
import json
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from vapi_client import REQUEST_ID_KEY, CallCreationUncertainError, ReconcilePolicy, ValidationError, VapiClient
from vapi_client._operations._request_ids import CLIENT_ID_PREFIX

NUMBER, OTHER = "+14155550123", "+14155550124"
ONE_LOOK = ReconcilePolicy(window=0)
MakeClient = Callable[..., VapiClient]


def at(seconds_ago: float) -> str:
    stamp = datetime.now(UTC) - timedelta(seconds=seconds_ago)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def call(call_id: str, request_id: str, number: str = NUMBER, **extra: Any) -> dict[str, Any]:
    """A call to `number` by asst-1 from pn-1, made a second ago, carrying `request_id`."""
    return {
        "id": call_id,
        "orgId": "org-1",
        "createdAt": at(1.0),
        "updatedAt": at(1.0),
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customer": {"number": number},
        "assistantOverrides": {"metadata": {"crm": "lead-1", REQUEST_ID_KEY: request_id}},
        **extra,
    }


def posts(faults: Any) -> list[dict[str, Any]]:
    return [json.loads(r["body"]) for r in faults.requests() if r["method"] == "POST"]


def sent_id(body: dict[str, Any]) -> str:
    value: str = body["assistantOverrides"]["metadata"][REQUEST_ID_KEY]
    return value


# --- finding 3: an id that came back in a response is never the new create's ------------------------


@pytest.mark.parametrize(
    ("first_id", "copy"),
    [
        ("rid-first", lambda overrides: overrides),  # the parsed model itself
        (f"{CLIENT_ID_PREFIX}0123456789abcdef0123456789abcdef", lambda overrides: overrides.to_dict()),
    ],
    ids=["parsed-model", "to_dict-of-a-response"],
)
def test_overrides_copied_from_a_response_do_not_find_the_first_call(
    faults: Any, make_client: MakeClient, first_id: str, copy: Callable[[Any], Any]
) -> None:
    first = call("first", first_id)
    faults.script(
        [
            {"method": "GET", "path": "/call/first", "responses": [{"status": 200, "json": first}]},
            {"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]},
            {"method": "GET", "path": "/call", "responses": [{"calls": [first]}]},
        ]
    )
    client = make_client(reconcile=ONE_LOOK)
    prev = client.calls.get("first")
    with pytest.raises(CallCreationUncertainError) as caught:
        client.calls.create(
            assistant_id="asst-1",
            phone_number_id="pn-1",
            customer={"number": NUMBER},
            assistant_overrides=copy(prev.assistant_overrides),
        )
    (body,) = posts(faults)  # sent once
    assert body["assistantOverrides"]["metadata"]["crm"] == "lead-1"  # the caller's metadata kept
    assert sent_id(body) != first_id and sent_id(body).startswith(CLIENT_ID_PREFIX)
    assert caught.value.request_id == sent_id(body)
    assert caught.value.reconciliation.found == ()  # the first call is not taken for this one
    assert [r["method"] for r in faults.requests()][:2] == ["GET", "POST"]  # then only the lookups' GETs


def test_request_id_is_the_callers_explicit_choice_and_finds_the_call(faults: Any, make_client: MakeClient) -> None:
    mine = call("mine", "job-42")
    faults.script(
        [
            {"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]},
            {"method": "GET", "path": "/call", "responses": [{"calls": [call("first", "rid-hand"), mine]}]},
        ]
    )
    overrides = {"metadata": {"crm": "lead-1", REQUEST_ID_KEY: "rid-hand"}}
    found = make_client(reconcile=ONE_LOOK).calls.create(
        assistant_id="asst-1",
        phone_number_id="pn-1",
        customer={"number": NUMBER},
        assistant_overrides=overrides,
        request_id="job-42",
    )
    assert found.id == "mine"
    (body,) = posts(faults)
    assert body["assistantOverrides"]["metadata"] == {"crm": "lead-1", REQUEST_ID_KEY: "job-42"}
    with pytest.raises(ValidationError, match="request_id"):
        make_client().calls.create(assistant_id="asst-1", request_id="job\n42")
    assert len(posts(faults)) == 1  # refused before anything is sent


# --- finding 4: each customer of a batch gets a distinct id ---------------------------------------------


def test_customers_sharing_the_callers_overrides_are_not_resolved_to_one_call(
    faults: Any, make_client: MakeClient
) -> None:
    shared = {"metadata": {REQUEST_ID_KEY: "rid-batch"}}
    body = {
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "assistantOverrides": shared,
        "customers": [
            {"number": NUMBER, "assistantOverrides": shared},
            {"number": OTHER, "assistantOverrides": shared},
        ],
    }
    # Vapi made the call to the first customer only (echoing the batch's overrides), then the response was lost.
    faults.script(
        [
            {"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]},
            {"method": "GET", "path": "/call", "responses": [{"calls": [call("to-first", "rid-batch")]}]},
        ]
    )
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(reconcile=ONE_LOOK).calls.create(body)
    (sent,) = posts(faults)
    ids = [sent_id(customer) for customer in sent["customers"]]
    assert sent_id(sent) == "rid-batch" and ids == ["rid-batch/0", "rid-batch/1"]
    report = caught.value.reconciliation
    assert caught.value.request_id == "rid-batch"
    assert [c.id for c in report.found] == ["to-first"]
    assert [c["number"] for c in report.unresolved_customers] == [OTHER]
    assert shared == {"metadata": {REQUEST_ID_KEY: "rid-batch"}}  # the caller's dict is not changed


# --- finding 6: an interrupted create says its request id ----------------------------------------------


def test_a_create_cancelled_by_wait_for_carries_its_request_id(
    faults: Any, make_async_client: Callable[..., Any]
) -> None:
    faults.script([{"method": "POST", "path": "/call", "responses": [{"stall": 5.0}]}])

    async def create() -> None:
        async with make_async_client(reconcile=ReconcilePolicy()) as client:
            await asyncio.wait_for(client.calls.create(assistant_id="asst-1", customer={"number": NUMBER}), 0.5)

    with pytest.raises(TimeoutError) as caught:
        asyncio.run(create())
    (body,) = posts(faults)  # the POST reached the server, once
    cancelled = caught.value.__cause__ or caught.value.__context__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert getattr(cancelled, "request_id", None) == sent_id(body)
    shown = "".join(traceback.format_exception(caught.value))
    assert f"its request id is {sent_id(body)}" in shown


def test_a_raw_create_whose_response_is_lost_carries_its_request_id(faults: Any, make_client: MakeClient) -> None:
    faults.script([{"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]}])
    raw = make_client(reconcile=ReconcilePolicy()).calls.with_raw_response
    with pytest.raises(CallCreationUncertainError) as caught:
        raw.create(assistant_id="asst-1", customer={"number": NUMBER})
    (body,) = posts(faults)
    assert caught.value.request_id == sent_id(body)
    with pytest.raises(CallCreationUncertainError) as chosen:  # reconciling off: an id chosen is still sent
        make_client().calls.with_raw_response.create(assistant_id="asst-1", request_id="job-7")
    assert chosen.value.request_id == "job-7" and sent_id(posts(faults)[1]) == "job-7"
    assert len(posts(faults)) == 2
