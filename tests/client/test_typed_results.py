"""A method typed to return a model returns that model, never a dict: a create answered with a Call that
lacks what the spec requires (`orgId`, `createdAt`, `updatedAt`) is the Call the request asked for,
parsed leniently, its gaps in `validation_issues` (issue 26, item 5).

Over HTTP to the fault server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import VapiClient
from vapi_client.models import Call, CallBatchResponse

from tests._warnings import SEED_ERA

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # create_phone_call, the seed-era method, on purpose
MakeClient = Callable[..., VapiClient]
SHORT_CALL = {"id": "call_1", "type": "outboundPhoneCall", "status": "queued", "assistantId": "asst_1"}
SHORT_BATCH = {"results": [SHORT_CALL]}
CUSTOMER = {"number": "+14155550123"}
MISSING_FROM_CALL = ["(root): missing 'orgId' (in Call)", "(root): missing 'createdAt' (in Call)"]


def _answer(faults: Any, path: str, body: dict[str, Any]) -> None:
    faults.script([{"method": "POST", "path": path, "responses": [{"status": 201, "json": body}]}])


def _issues(result: Any) -> list[str]:
    return [str(issue) for issue in result.validation_issues]


@pytest.mark.parametrize("method", ["create", "create_phone_call"])
def test_a_short_call_is_a_call_with_its_issues(faults: Any, make_client: MakeClient, method: str) -> None:
    _answer(faults, "/call/phone" if method == "create_phone_call" else "/call", SHORT_CALL)
    call = getattr(make_client().calls, method)(assistant_id="asst_1", phone_number_id="pn_1", customer=CUSTOMER)
    assert type(call) is Call
    assert (call.id, call.status, call.assistant_id) == ("call_1", "queued", "asst_1")
    assert _issues(call)[:2] == MISSING_FROM_CALL
    assert call.to_dict() == SHORT_CALL  # nothing lost


def test_a_body_without_customers_expects_a_call_too(faults: Any, make_client: MakeClient) -> None:
    _answer(faults, "/call", SHORT_CALL)
    call = make_client().calls.create({"assistantId": "asst_1", "customer": CUSTOMER})
    assert type(call) is Call and _issues(call)[:2] == MISSING_FROM_CALL


@pytest.mark.parametrize("how", ["keyword", "body"])
def test_a_short_batch_answer_is_a_batch_response(faults: Any, make_client: MakeClient, how: str) -> None:
    _answer(faults, "/call", SHORT_BATCH)
    client = make_client()
    if how == "keyword":
        batch = client.calls.create(assistant_id="asst_1", customers=[CUSTOMER, CUSTOMER])
    else:
        batch = client.calls.create({"assistantId": "asst_1", "customers": [CUSTOMER, CUSTOMER]})
    assert type(batch) is CallBatchResponse
    assert "(root): missing 'errors' (in CallBatchResponse)" in _issues(batch)
    assert batch.to_dict() == SHORT_BATCH


def test_a_full_answer_still_picks_its_own_model(faults: Any, make_client: MakeClient) -> None:
    # What the answer says wins over what was expected: a complete batch response is one.
    _answer(faults, "/call", {"results": [], "errors": []})
    assert type(make_client().calls.create(assistant_id="asst_1", customer=CUSTOMER)) is CallBatchResponse


def test_the_async_client_returns_the_model_too(faults: Any, make_async_client: Callable[..., Any]) -> None:
    _answer(faults, "/call", SHORT_CALL)

    async def run() -> Any:
        async with make_async_client() as client:
            return await client.calls.create(assistant_id="asst_1", customer=CUSTOMER)

    call = asyncio.run(run())
    assert type(call) is Call and _issues(call)[:2] == MISSING_FROM_CALL


def test_a_raw_response_parses_to_the_model(faults: Any, make_client: MakeClient) -> None:
    _answer(faults, "/call", SHORT_CALL)
    raw = make_client().calls.with_raw_response.create(assistant_id="asst_1", customer=CUSTOMER)
    assert type(raw.parsed) is Call
