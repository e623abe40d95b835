"""Every operation through the generated functions (`vapi_client.api.calls.*`) against Prism.

Prism validates each request against openapi.yaml and reports problems in an `sl-violations`
header; it answers with the spec's examples (or, with `Prefer: dynamic=true`, with data it
generates from the schemas) and with any documented status forced by `Prefer: code=...`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx
import pytest
import vapi_client.api.calls
from hypothesis import HealthCheck, given, settings
from vapi_client import AuthenticatedClient, Model, errors, models
from vapi_client.api.calls import delete_call, get_call, list_calls, update_call
from vapi_client.models import Call, DeleteCallDTO, ErrorResponse, UpdateCallDTO
from vapi_client.types import File, Response

from tests._servers.processes import ServerProcess
from tests.contract._operations import (
    CALL_ID,
    documented_errors,
    operations,
    request_examples,
    request_schema,
    response_example,
    success_status,
)
from tests.property._schemas import valid_instances

pytestmark = pytest.mark.prism

JSON = Any
Invoke = Callable[[AuthenticatedClient, JSON], Response[Any]]
AsyncInvoke = Callable[[AuthenticatedClient, JSON], Coroutine[Any, Any, Response[Any]]]


def _invoker(operation_id: str, *, asynchronous: bool) -> Any:
    """How to call the generated function of an operation with a JSON body (None: no body / an empty one).

    Read from the spec: the module is the snake_case operationId, `id` is the only path parameter, the
    body is parsed strictly into the request schema's model (DELETE /call/{id} takes a DeleteCallDTO).
    """
    module = importlib.import_module(f"vapi_client.api.calls.{_snake_case(operation_id)}")
    function = module.asyncio_detailed if asynchronous else module.sync_detailed
    operation = operations()[operation_id]
    with_id = any(param.get("in") == "path" for param in operation.get("parameters", []))
    schema = request_schema(operation_id)

    def invoke(c: AuthenticatedClient, body: JSON) -> Any:
        kwargs: dict[str, Any] = {"client": c}
        if schema is not None:
            kwargs["body"] = getattr(models, schema).from_dict({} if body is None else body, strict=True)
        return function(CALL_ID, **kwargs) if with_id else function(**kwargs)

    return invoke


def _snake_case(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


# operationId -> how to call its generated function with a JSON body
SYNC: dict[str, Invoke] = {op: _invoker(op, asynchronous=False) for op in operations()}
ASYNC: dict[str, AsyncInvoke] = {op: _invoker(op, asynchronous=True) for op in operations()}
OPERATIONS = sorted(SYNC)
WITH_BODY = [op for op in OPERATIONS if request_schema(op)]
EXAMPLE_CASES = [(op, name) for op in OPERATIONS for name in (request_examples(op) or {"-": None})]
ERROR_CASES = [(op, code) for op in OPERATIONS for code in documented_errors(op)]
# 2026-08: recordings, packet captures and logs download as bytes (application/octet-stream).
DOWNLOADS = {
    op
    for op in OPERATIONS
    if "application/json" not in operations()[op]["responses"][str(success_status(op))].get("content", {})
}


def _body(operation_id: str) -> JSON:
    return next(iter(request_examples(operation_id).values()), None)


def _client(prism: ServerProcess, headers: dict[str, str] | None = None, **kwargs: Any) -> AuthenticatedClient:
    # A generous timeout: Prism compiles an operation's validators on its first request (seconds).
    return AuthenticatedClient(
        base_url=prism.url,
        token="test-key",
        headers=headers or {},
        timeout=httpx.Timeout(60.0, connect=5.0),
        httpx_args={"trust_env": False},
        **kwargs,
    )


@pytest.fixture
def client(prism: ServerProcess) -> Iterator[AuthenticatedClient]:
    with _client(prism) as c:
        yield c


def _assert_valid_request(response: Response[Any]) -> None:
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]


def _assert_lossless(parsed: Model, raw: JSON) -> None:
    assert parsed.validation_issues == (), [str(issue) for issue in parsed.validation_issues]
    assert parsed.to_dict() == raw
    type(parsed).from_dict(raw, strict=True)


def _assert_calls(response: Response[Any], operation_id: str) -> None:
    """The success body parsed into Call (a list of them for listCalls), losslessly; a download into a File."""
    assert response.status_code == success_status(operation_id)
    if operation_id in DOWNLOADS:
        assert isinstance(response.parsed, File) and response.parsed.payload.read() == response.content
        return
    raw = json.loads(response.content)
    if operation_id == "listCalls":
        assert isinstance(response.parsed, list) and len(response.parsed) == len(raw)
        for call, item in zip(response.parsed, raw, strict=True):
            assert isinstance(call, Call)
            _assert_lossless(call, item)
    else:
        assert isinstance(response.parsed, Call)
        _assert_lossless(response.parsed, raw)


def test_every_operation_of_the_spec_is_exercised() -> None:
    assert set(SYNC) == set(ASYNC) == set(operations())
    modules = {info.name for info in pkgutil.iter_modules(vapi_client.api.calls.__path__)}
    assert modules == {_snake_case(op) for op in operations()}
    assert len(DOWNLOADS) == 7 and "deleteCall" in WITH_BODY


@pytest.mark.parametrize(("operation_id", "example"), EXAMPLE_CASES)
def test_request_examples_validate_and_responses_parse(
    client: AuthenticatedClient, operation_id: str, example: str
) -> None:
    body = request_examples(operation_id).get(example)
    response = SYNC[operation_id](client, body)
    _assert_valid_request(response)
    _assert_calls(response, operation_id)
    if operation_id not in DOWNLOADS:
        assert json.loads(response.content) == response_example(operation_id)


def test_async_functions_validate_and_parse(prism: ServerProcess) -> None:
    async def run_all() -> dict[str, Response[Any]]:
        async with _client(prism) as c:
            return {op: await ASYNC[op](c, _body(op)) for op in OPERATIONS}

    for operation_id, response in asyncio.run(run_all()).items():
        _assert_valid_request(response)
        _assert_calls(response, operation_id)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_generated_responses_parse_without_issues(prism: ServerProcess, operation_id: str) -> None:
    # Prism's own generator (json-schema-faker) is an independent reading of the response schemas.
    with _client(prism, headers={"Prefer": "dynamic=true"}) as c:
        for _ in range(3):
            response = SYNC[operation_id](c, _body(operation_id))
            _assert_valid_request(response)
            _assert_calls(response, operation_id)


@pytest.mark.parametrize("operation_id", WITH_BODY)
def test_any_valid_body_validates_in_prism(client: AuthenticatedClient, operation_id: str) -> None:
    # Bodies generated from openapi.yaml, parsed strictly and serialised by the client, are what
    # an independent validator expects.
    schema = request_schema(operation_id)
    assert schema is not None

    # Explicit settings: this folder must not depend on tests/property's profiles being loaded.
    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=valid_instances(schema))
    def check(body: JSON) -> None:
        response = SYNC[operation_id](client, body)
        _assert_valid_request(response)
        assert response.status_code == success_status(operation_id)

    check()


@pytest.mark.parametrize("call_id", ["a/b c", "../x", "?q=1#f", "ünï", "%2F"])
def test_odd_call_ids_stay_one_path_segment(client: AuthenticatedClient, call_id: str) -> None:
    for response in (
        get_call.sync_detailed(call_id, client=client),
        update_call.sync_detailed(call_id, client=client, body=UpdateCallDTO.from_dict({"metadata": {}})),
        delete_call.sync_detailed(call_id, client=client, body=DeleteCallDTO()),
    ):
        _assert_valid_request(response)
        assert response.status_code == 200 and isinstance(response.parsed, Call)


def test_list_filters_validate(client: AuthenticatedClient) -> None:
    utc = dt.UTC
    response = list_calls.sync_detailed(
        client=client,
        assistant_id="7f150524-34b9-45df-9e77-69b10f4205b4",
        limit=10,
        created_at_gt=dt.datetime(2024, 5, 1, tzinfo=utc),
        created_at_le=dt.datetime(2024, 5, 31, 23, 59, 59, 999000, tzinfo=utc),
        updated_at_ge=dt.datetime(2024, 5, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        updated_at_lt=dt.datetime(2024, 6, 1, tzinfo=utc),
    )
    _assert_valid_request(response)
    _assert_calls(response, "listCalls")


def test_a_naive_list_filter_is_rejected_or_sent_as_a_valid_date_time(client: AuthenticatedClient) -> None:
    try:
        response = list_calls.sync_detailed(client=client, created_at_gt=dt.datetime(2024, 5, 1))
    except ValueError:
        return  # refusing the naive datetime before sending is fine too
    _assert_valid_request(response)


@pytest.mark.parametrize(("operation_id", "code"), ERROR_CASES)
def test_forced_error_statuses_parse_into_error_response(prism: ServerProcess, operation_id: str, code: int) -> None:
    with _client(prism, headers={"Prefer": f"code={code}"}) as c:
        response = SYNC[operation_id](c, _body(operation_id))
    _assert_valid_request(response)
    assert response.status_code == code
    assert isinstance(response.parsed, ErrorResponse)
    _assert_lossless(response.parsed, json.loads(response.content))
    assert response.parsed.status_code == code


def test_an_undocumented_status_is_not_parsed(prism: ServerProcess) -> None:
    # listCalls documents no 404: Prism answers with its own problem+json body.
    with _client(prism, headers={"Prefer": "code=404"}) as c:
        response = list_calls.sync_detailed(client=c)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.parsed is None
    with (
        _client(prism, headers={"Prefer": "code=404"}, raise_on_unexpected_status=True) as c,
        pytest.raises(errors.UnexpectedStatus) as raised,
    ):
        list_calls.sync_detailed(client=c)
    assert raised.value.status_code == 404
