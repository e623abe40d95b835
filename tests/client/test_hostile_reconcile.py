"""Reconciliation against a hostile server: it ignores a filter, caps `limit`, sorts oldest first, spoofs
the request id on someone else's call, or sends what cannot be parsed. Whatever it does, the lookups
are bounded, a call is found only if it is this create's, and the caller always gets the request id.

Each hostile rule ends in a 400 after `PATIENCE` pages, so a client that would page forever fails here
in bounded time instead of hanging.
"""

from __future__ import annotations

import asyncio
import logging
import math
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from vapi_client import (
    REQUEST_ID_KEY,
    CallCreationUncertainError,
    ReconcilePolicy,
    ValidationError,
    VapiClient,
)
from vapi_client._operations._reconcile import reconcile, reconcile_async

RID = "rid-hostile"
NUMBER = "+14155550123"
SECRET = "s3cr3t-webhook-value"
ONE_LOOK = ReconcilePolicy(window=0)
PATIENCE = 40
MakeClient = Callable[..., VapiClient]

BODY = {
    "assistantId": "asst-1",
    "phoneNumberId": "pn-1",
    "customer": {"number": NUMBER},
    "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}},
}


def at(seconds_ago: float) -> str:
    stamp = datetime.now(UTC) - timedelta(seconds=seconds_ago)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def made(call_id: str, *, ago: float = 1.0, request_id: str | None = RID, **extra: Any) -> dict[str, Any]:
    """A listed call as BODY would make it (`extra` changes any of it), `ago` seconds ago."""
    metadata = {REQUEST_ID_KEY: request_id} if request_id else {}
    return {
        "id": call_id,
        "orgId": "org-1",
        "createdAt": at(ago),
        "updatedAt": at(ago),
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customer": {"number": NUMBER},
        "assistantOverrides": {"metadata": metadata},
        **extra,
    }


def others(count: int, *, ago: float = 5.0) -> list[dict[str, Any]]:
    """Calls of the same assistant and number, but not this create's, one per millisecond before `ago`."""
    return [made(f"other{i}", ago=ago + i / 1000, request_id=f"rid-{i}") for i in range(count)]


def hostile(faults: Any, listed: list[dict[str, Any]], **how: Any) -> None:
    """POST /call drops the connection; GET /call lists `listed` as `how` says, `PATIENCE` times, then 400."""
    pages = [{"calls": listed, **how}] * PATIENCE + [{"status": 400, "json": {"message": "patience exhausted"}}]
    faults.script(
        [
            {"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]},
            {"method": "GET", "path": "/call", "responses": pages},
        ]
    )


def gets(faults: Any) -> int:
    return sum(r["method"] == "GET" for r in faults.requests())


def uncertain(client: VapiClient, body: dict[str, Any] = BODY) -> CallCreationUncertainError:
    with pytest.raises(CallCreationUncertainError) as caught:
        client.calls.create(body)
    assert caught.value.request_id == request_id_of(body)
    return caught.value


def request_id_of(body: dict[str, Any]) -> str:
    value: str = body["assistantOverrides"]["metadata"][REQUEST_ID_KEY]
    return value


# --- the server ignores a filter ------------------------------------------------------------------------


def test_a_server_that_ignores_created_at_le_is_looked_at_in_a_few_requests(
    faults: Any, make_client: MakeClient
) -> None:
    hostile(faults, others(150), ignore=["createdAtLe"])
    error = uncertain(make_client(reconcile=ReconcilePolicy(window=4, interval=2)))
    assert gets(faults) == 2  # the page, the same page again: stop (and no further look: it would be the same)
    assert error.reconciliation.lookup_error is not None and "ignored createdAtLe" in error.reconciliation.lookup_error
    assert error.reconciliation.calls_examined == 100


def test_the_call_is_found_on_the_first_page_of_a_server_that_ignores_created_at_le(
    faults: Any, make_client: MakeClient
) -> None:
    hostile(faults, [made("mine"), *others(150)], ignore=["createdAtLe"])
    assert make_client(reconcile=ONE_LOOK).calls.create(BODY).id == "mine"
    assert gets(faults) == 1


def test_a_server_that_ignores_created_at_ge_is_only_looked_at_inside_the_window(
    faults: Any, make_client: MakeClient
) -> None:
    # An old call carrying the same id (a caller's job id reused, say) is outside the window: not this create's.
    old = made("old-mine", ago=3 * 3600)
    hostile(faults, [*others(3), old, *others(300, ago=4 * 3600)], ignore=["createdAtGe"])
    error = uncertain(make_client(reconcile=ONE_LOOK))
    assert error.reconciliation.found == () and error.reconciliation.calls_examined == 3
    assert gets(faults) == 1  # the first page already reaches below the window: nothing older is wanted


def test_a_server_that_caps_limit_is_paged_until_the_call_is_found(faults: Any, make_client: MakeClient) -> None:
    hostile(faults, [*others(25, ago=2.0), made("mine", ago=30.0)], max_limit=10)
    assert make_client(reconcile=ONE_LOOK).calls.create(BODY).id == "mine"
    assert gets(faults) == 3


def test_a_server_that_sorts_oldest_first_is_reported(faults: Any, make_client: MakeClient) -> None:
    hostile(faults, [made("mine", ago=1.0), *others(150)], order="asc")
    error = uncertain(make_client(reconcile=ONE_LOOK))
    assert gets(faults) == 1
    assert "newest first" in (error.reconciliation.lookup_error or "")


def test_lookups_are_bounded_in_pages(faults: Any, make_client: MakeClient) -> None:
    hostile(faults, others(500, ago=2.0))
    error = uncertain(make_client(reconcile=ReconcilePolicy(window=0, max_pages=3)))
    assert gets(faults) == 3 and "stopped after 3 pages" in (error.reconciliation.lookup_error or "")


def test_the_async_reconcile_is_bounded_against_a_server_that_ignores_created_at_le(
    faults: Any, make_async_client: Callable[..., Any]
) -> None:
    hostile(faults, others(150), ignore=["createdAtLe"])

    async def create() -> BaseException:
        async with make_async_client(reconcile=ReconcilePolicy(window=4, interval=2)) as client:
            try:
                await client.calls.create(BODY)
            except CallCreationUncertainError as error:
                return error
        raise AssertionError("not raised")

    error = asyncio.run(create())
    assert isinstance(error, CallCreationUncertainError) and error.request_id == RID
    assert gets(faults) == 2


# --- a call is this create's only if it matches what was sent -------------------------------------------


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"customer": {"number": "+19995550000"}}, "customer.number differs"),
        ({"assistantId": "asst-2"}, "assistantId differs"),
        ({"phoneNumberId": "pn-2"}, "phoneNumberId differs"),
    ],
)
def test_a_spoofed_request_id_on_another_customers_call_is_not_found(
    faults: Any, make_client: MakeClient, change: dict[str, Any], why: str
) -> None:
    spoofed = made("spoofed", **change)
    faults.script(
        [
            {"method": "POST", "path": "/call", "responses": [{"close": "after_body"}]},
            # Not filtered by the server (it may ignore assistantId/phoneNumberId too).
            {
                "method": "GET",
                "path": "/call",
                "responses": [{"calls": [spoofed], "ignore": ["assistantId", "phoneNumberId"]}],
            },
        ]
    )
    error = uncertain(make_client(reconcile=ONE_LOOK))
    assert error.reconciliation.found == ()
    assert error.reconciliation.mismatched == (("spoofed", why),)
    assert f"spoofed ({why})" in str(error)


def test_the_squad_and_workflow_sent_must_match_too(faults: Any, make_client: MakeClient) -> None:
    body = {**BODY, "squadId": "squad-1", "workflowId": "wf-1"}
    body.pop("assistantId")
    listed = [made("wrong", squadId="squad-1", workflowId="wf-2"), made("right", squadId="squad-1", workflowId="wf-1")]
    hostile(faults, listed)
    assert make_client(reconcile=ONE_LOOK).calls.create(body).id == "right"


def test_one_call_is_never_matched_to_two_customers_of_a_batch(faults: Any, make_client: MakeClient) -> None:
    # Two customers with one number (two calls to one person); Vapi listed one call, echoing only the batch id.
    body = {
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customers": [{"number": NUMBER}, {"number": NUMBER}],
        "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}},
    }
    hostile(faults, [made("only-one")])
    error = uncertain(make_client(reconcile=ReconcilePolicy(window=2, interval=2)), body)
    report = error.reconciliation
    assert [c.id for c in report.found] == ["only-one"] and len(report.unresolved_customers) == 1


def test_a_batch_call_echoing_one_customers_id_with_another_number_is_not_taken(
    faults: Any, make_client: MakeClient
) -> None:
    body = {
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customers": [{"number": NUMBER}, {"number": "+14155550124"}],
        "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}},
    }
    swapped = made(
        "swapped",
        customer={"number": "+14155550124", "assistantOverrides": {"metadata": {REQUEST_ID_KEY: f"{RID}/0"}}},
    )
    hostile(faults, [swapped])
    report = uncertain(make_client(reconcile=ONE_LOOK), body).reconciliation
    assert report.found == () and report.mismatched == (("swapped", "customer.number differs"),)


# --- the caller always gets the request id, and no secret -------------------------------------------------


def test_a_timestamp_without_a_timezone_does_not_replace_the_uncertain_error(
    faults: Any, make_client: MakeClient
) -> None:
    naive = made("naive")
    naive["createdAt"] = naive["createdAt"].removesuffix("Z")
    hostile(faults, [*others(2), naive])
    report = uncertain(make_client(reconcile=ONE_LOOK)).reconciliation
    assert report.found == () and report.mismatched == (("naive", "no createdAt with a timezone"),)


@pytest.mark.parametrize("failure", [RuntimeError("boom"), TypeError("not comparable"), KeyError("x")])
def test_nothing_raised_while_looking_replaces_the_uncertain_error(failure: Exception) -> None:
    def list_page(filters: dict[str, Any]) -> list[Any]:
        raise failure

    error = CallCreationUncertainError("lost", sent_at=datetime.now(UTC))
    with pytest.raises(CallCreationUncertainError) as caught:
        reconcile(list_page, lambda seconds: None, ONE_LOOK, BODY, "POST /call", error)
    assert caught.value.request_id == RID
    assert caught.value.reconciliation.lookup_error == f"{type(failure).__name__}: {failure}"

    async def run() -> None:
        async def list_page_async(filters: dict[str, Any]) -> list[Any]:
            raise failure

        async def sleep(seconds: float) -> None:
            pass

        await reconcile_async(list_page_async, sleep, ONE_LOOK, BODY, "POST /call", error)

    with pytest.raises(CallCreationUncertainError) as caught:
        asyncio.run(run())
    assert caught.value.request_id == RID


def test_the_reconciliation_holds_no_secret(
    faults: Any, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    server = {"url": "https://hooks.example.com", "secret": SECRET}
    body = {
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customers": [
            {"number": NUMBER, "assistantOverrides": {"server": server}},
            {"number": "+14155550124", "assistantOverrides": {"server": server}},
        ],
        "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}, "server": server},
    }
    found = made("found", assistantOverrides={"metadata": {REQUEST_ID_KEY: RID}, "server": server})
    hostile(faults, [found])
    with caplog.at_level(logging.DEBUG, logger="vapi_client"):
        error = uncertain(make_client(reconcile=ONE_LOOK), body)
    report = error.reconciliation
    assert [c.id for c in report.found] == ["found"] and len(report.unresolved_customers) == 1
    for text in (repr(report), str(report), repr(error), str(error), report.describe(), caplog.text):
        assert SECRET not in text
    assert SECRET.encode() not in pickle.dumps(error) and SECRET.encode() not in pickle.dumps(report)
    assert pickle.loads(pickle.dumps(error)).reconciliation == report
    assert report.unresolved_customers[0]["assistantOverrides"]["server"]["secret"] == "***"


# --- the policy is checked when it is built -----------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("window", -1),
        ("window", math.nan),
        ("window", math.inf),
        ("window", "10"),
        ("window", 10**9),
        ("interval", 0),
        ("interval", -2.0),
        ("interval", math.inf),
        ("clock_skew", -60),
        ("clock_skew", math.nan),
        ("max_pages", 0),
        ("max_pages", 2.5),
        ("max_pages", True),
        ("retry_unconfirmed", "yes"),
    ],
)
def test_a_reconcile_policy_with_a_bad_number_is_refused_when_built(field: str, value: Any) -> None:
    with pytest.raises(ValidationError, match=field) as caught:
        ReconcilePolicy(**{field: value})
    assert isinstance(caught.value, ValueError) and caught.value.path == field


def test_the_defaults_and_edges_of_a_reconcile_policy() -> None:
    assert ReconcilePolicy().looks == 6
    assert ReconcilePolicy(window=0).looks == 1
    assert ReconcilePolicy(window=3600, interval=3600, clock_skew=0, max_pages=1000).looks == 2
