"""AsyncVapiClient against the real fault server (asyncio.run: no pytest plugin needed)."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import pytest
from vapi_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncVapiClient,
    BadRequestError,
    CallCreationUncertainError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
    ValidationError,
)
from vapi_client._spec import OPERATIONS

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL, Sleeps, error_body, methods

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

T = TypeVar("T")
MakeClient = Callable[..., AsyncVapiClient]
CREATED = {"status": 201, "json": CALL}
OK = {"status": 200, "json": CALL}
CALL_ID = CALL["id"]


def run(make: MakeClient, use: Callable[[AsyncVapiClient], Coroutine[Any, Any, T]], **kwargs: Any) -> T:
    """Run `use(client)` in a fresh event loop, closing the client inside it."""

    async def main() -> T:
        async with make(**kwargs) as client:
            return await use(client)

    return asyncio.run(main())


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def test_create_phone_call(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", CREATED)])
    call = run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL, extra_headers={"X-A": "1"}))
    assert call.id == CALL_ID
    [request] = faults.requests()
    assert json.loads(request["body"]) == MINIMAL_PHONE_CALL
    assert request["headers"]["authorization"] == f"Bearer {API_KEY}"
    assert request["headers"]["x-a"] == "1"


def test_create_429_with_retry_after_then_201_posts_twice(
    faults: Any, make_async_client: MakeClient, sleeps: Sleeps
) -> None:
    limited = {"status": 429, "headers": {"Retry-After": "2"}, "json": error_body(429, "Too many calls")}
    faults.script([rule("POST", "/call/phone", limited, CREATED)])
    call = run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL))
    assert call.id == CALL_ID
    assert methods(faults.requests()) == ["POST /call/phone"] * 2
    assert sleeps.delays == [2.0]


def test_get_503_twice_then_200(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 503}, {"status": 503}, OK)])
    assert run(make_async_client, lambda c: c.calls.get(CALL_ID)).id == CALL_ID
    assert len(faults.requests()) == 3


def test_create_dropped_after_the_body_is_sent_once(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"close": "after_body"}, CREATED)])
    with pytest.raises(CallCreationUncertainError) as caught:
        run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL), max_retries=5)
    assert len(faults.requests()) == 1
    assert caught.value.sent_at <= datetime.now(UTC)


def test_create_stalling_past_the_read_timeout_is_sent_once(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/web", {"stall": 3.0, "then": CREATED})])
    with pytest.raises(CallCreationUncertainError) as caught:
        run(make_async_client, lambda c: c.calls.create_web_call(assistant_id="a", timeout=0.3), max_retries=5)
    assert isinstance(caught.value.__cause__, APITimeoutError)
    assert len(faults.requests()) == 1


def test_create_5xx_is_sent_once(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 502, "body": "bad gateway"}, CREATED)])
    with pytest.raises(CallCreationUncertainError) as caught:
        run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL))
    assert caught.value.status_code == 502
    assert len(faults.requests()) == 1


def test_get_stalling_is_retried_then_times_out(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"stall": 3.0, "then": OK})])
    with pytest.raises(APITimeoutError):
        run(make_async_client, lambda c: c.calls.get(CALL_ID, timeout=0.2, max_retries=1))
    assert len(faults.requests()) == 2


def test_create_is_retried_when_the_connection_is_refused(
    closed_port_url: str, make_async_client: MakeClient, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vapi_client")
    with pytest.raises(APIConnectionError) as caught:
        run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL), base_url=closed_port_url)
    assert type(caught.value) is APIConnectionError
    assert len(sleeps.delays) == 2
    assert sum(r.getMessage().startswith("retrying POST") for r in caplog.records) == 2


def test_html_and_520(faults: Any, make_async_client: MakeClient) -> None:
    faults.script(
        [
            rule("GET", "/call", {"status": 200, "body": "<html></html>", "content_type": "text/html"}),
            rule("GET", "/call/*", {"status": 520}),
        ]
    )
    with pytest.raises(ResponseValidationError) as html:
        run(make_async_client, lambda c: c.calls.list())
    assert html.value.body == b"<html></html>"
    with pytest.raises(InternalServerError) as origin:
        run(make_async_client, lambda c: c.calls.get(CALL_ID), max_retries=0)
    assert origin.value.status_code == 520


def test_list_update_delete(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("GET", "/call", {"status": 200, "json": [CALL]}), rule("*", "/call/*", OK)])

    async def use(client: AsyncVapiClient) -> list[str]:
        calls = await client.calls.list(assistant_id="a", created_at_ge="2024-05-01T00:00:00+00:00")
        updated = await client.calls.update(CALL_ID, {"metadata": {"a": 1}})
        deleted = await client.calls.delete(CALL_ID)
        return [calls[0].id, updated.id, deleted.id]

    assert run(make_async_client, use) == [CALL_ID] * 3
    assert [r["method"] for r in faults.requests()] == ["GET", "PATCH", "DELETE"]


def test_errors_and_validation(faults: Any, make_async_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 400, "json": error_body(400, ["a", "b"])})])
    with pytest.raises(BadRequestError) as caught:
        run(make_async_client, lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL))
    assert caught.value.messages == ["a", "b"]
    faults.script([rule("POST", "/call/phone", CREATED)])
    with pytest.raises(ValidationError, match=r"customer\.number"):
        run(make_async_client, lambda c: c.calls.create_phone_call(customer={"number": 1}))
    assert faults.requests() == []


def test_context_manager_closes_its_own_client_only(faults: Any, make_async_client: MakeClient) -> None:
    async def main() -> tuple[bool, bool]:
        async with make_async_client() as own:
            pass
        async with httpx.AsyncClient() as theirs:
            async with make_async_client(http_client=theirs):
                pass
            theirs_open = not theirs.is_closed
        return own._http.is_closed, theirs_open

    assert asyncio.run(main()) == (True, True)


def test_a_status_error_raised_by_an_event_hook_becomes_the_typed_status_error(
    faults: Any, make_async_client: MakeClient
) -> None:
    async def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"response": [raise_for_status]}) as http:
            async with make_async_client(http_client=http) as client:
                await client.calls.create_phone_call(MINIMAL_PHONE_CALL)

    faults.script([rule("POST", "/call/phone", {"status": 404, "json": error_body(404, "no")})])
    with pytest.raises(NotFoundError) as caught:  # not "uncertain": the server answered 404
        asyncio.run(main())
    assert isinstance(caught.value.__cause__, httpx.HTTPStatusError)
    assert len(faults.requests()) == 1


def test_a_dot_only_id_is_refused_and_a_404_after_an_ambiguous_delete_explained(
    faults: Any, make_async_client: MakeClient
) -> None:
    with pytest.raises(ValidationError):
        run(make_async_client, lambda c: c.calls.delete(".."))
    assert faults.requests() == []
    faults.script([rule("DELETE", "/call/*", {"status": 503}, {"status": 404, "json": error_body(404, "gone")})])
    with pytest.raises(NotFoundError, match="may already have deleted it"):
        run(make_async_client, lambda c: c.calls.delete(CALL_ID))


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_async_methods_take_exactly_the_sync_methods_parameters(name: str) -> None:
    from vapi_client._resources import AsyncCallsResource, CallsResource

    resource, method = name.split(".")
    assert resource == "calls"
    sync, async_ = (
        inspect.signature(getattr(CallsResource, method)),
        inspect.signature(getattr(AsyncCallsResource, method)),
    )
    assert sync == async_
    assert list(sync.parameters)[-4:] == ["timeout", "max_retries", "extra_headers", "validate"]
