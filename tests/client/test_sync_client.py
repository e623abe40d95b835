"""VapiClient against the real fault server: what is sent, retried, raised, and how many times."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from vapi_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallCreationUncertainError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    ValidationError,
    VapiClient,
)
from vapi_client.models import Call, CreateCustomerDTO, CreateOutboundCallDTO, ErrorResponse

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL, Sleeps, error_body, methods

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

MakeClient = Callable[..., VapiClient]
CREATED = {"status": 201, "json": CALL}
OK = {"status": 200, "json": CALL}
CALL_ID = CALL["id"]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


# --- success paths: what goes over the wire -------------------------------------------------


def test_create_phone_call_sends_the_body_and_headers(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", CREATED)])
    call = make_client().calls.create_phone_call(MINIMAL_PHONE_CALL, extra_headers={"X-Trace": "t-1"})
    assert isinstance(call, Call)
    assert call.id == CALL_ID
    [request] = faults.requests()
    assert json.loads(request["body"]) == MINIMAL_PHONE_CALL
    headers = request["headers"]
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["user-agent"].startswith("vapi-client-python/")
    assert headers["content-type"] == "application/json"
    assert headers["x-trace"] == "t-1"


def test_create_phone_call_from_keywords_and_models(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", CREATED)])
    make_client().calls.create_phone_call(
        assistant_id="asst-1", phone_number_id="pn-1", customer=CreateCustomerDTO(number="+14155550123")
    )
    [request] = faults.requests()
    assert json.loads(request["body"]) == {
        "assistantId": "asst-1",
        "phoneNumberId": "pn-1",
        "customer": {"number": "+14155550123"},
    }


def test_keywords_are_merged_over_the_body(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", CREATED)])
    make_client().calls.create_phone_call(CreateOutboundCallDTO.from_dict(MINIMAL_PHONE_CALL), name="follow-up")
    [request] = faults.requests()
    assert json.loads(request["body"]) == {**MINIMAL_PHONE_CALL, "name": "follow-up"}


def test_create_web_call(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/web", {"status": 201, "json": {**CALL, "type": "webCall"}})])
    call = make_client().calls.create_web_call(assistant_id="asst-1")
    assert call.type_ == "webCall"
    assert methods(faults.requests()) == ["POST /call/web"]


def test_list_takes_snake_case_filters_and_returns_calls(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call", {"status": 200, "json": [CALL, {**CALL, "id": "second"}]})])
    calls = make_client().calls.list(
        assistant_id="asst-1",
        limit=10,
        created_at_gt=datetime(2024, 5, 1, tzinfo=UTC),
        updated_at_le="2024-05-02T03:04:05Z",
    )
    assert [c.id for c in calls] == [CALL_ID, "second"]
    [request] = faults.requests()
    assert sorted(request["query"].split("&")) == [
        "assistantId=asst-1",
        "createdAtGt=2024-05-01T00%3A00%3A00Z",
        "limit=10",
        "updatedAtLe=2024-05-02T03%3A04%3A05Z",
    ]


def test_list_without_filters_sends_no_query(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call", {"status": 200, "json": []})])
    assert make_client().calls.list() == []
    assert faults.requests()[0]["query"] == ""


def test_get_update_delete(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("*", "/call/*", OK)])
    client = make_client()
    assert client.calls.get(CALL_ID).id == CALL_ID
    assert client.calls.update(CALL_ID, name="lead 42").id == CALL_ID
    assert client.calls.delete("id with/slash").id == CALL_ID
    requests = faults.requests()
    assert methods(requests) == [f"GET /call/{CALL_ID}", f"PATCH /call/{CALL_ID}", "DELETE /call/id%20with%2Fslash"]
    assert json.loads(requests[1]["body"]) == {"name": "lead 42"}
    assert json.loads(requests[2]["body"]) == {}  # DeleteCallDTO: no ids, just this call


# --- checks before any I/O -------------------------------------------------------------------


def test_a_bad_dict_fails_before_any_request(faults: Any, make_client: MakeClient) -> None:
    with pytest.raises(ValidationError) as caught:
        make_client().calls.create_phone_call({"assistantId": "a", "customer": {"number": 5}})
    assert caught.value.path == "customer.number"
    assert faults.requests() == []


def test_a_bad_model_fails_before_any_request(faults: Any, make_client: MakeClient) -> None:
    body = CreateOutboundCallDTO(assistant_id="a", customer=CreateCustomerDTO(number=5))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"customer\.number"):
        make_client().calls.create_phone_call(body)
    assert faults.requests() == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.calls.list(created_at_gt=datetime(2024, 5, 1)),  # naive: ambiguous window
        lambda c: c.calls.list(created_at_gt="yesterday"),
        lambda c: c.calls.list(limit="10"),
        lambda c: c.calls.get(""),
        lambda c: c.calls.update("x", {"name": {"not": "a string"}}),
    ],
)
def test_bad_arguments_fail_before_any_request(faults: Any, make_client: MakeClient, call: Any) -> None:
    with pytest.raises(ValidationError):
        call(make_client())
    assert faults.requests() == []


def test_a_body_of_the_wrong_type_is_a_type_error(faults: Any, make_client: MakeClient) -> None:
    with pytest.raises(TypeError):
        make_client().calls.create_phone_call(["not", "a", "dict"])  # type: ignore[arg-type]
    assert faults.requests() == []


# --- retries: idempotent operations -------------------------------------------------------------


def test_get_503_twice_then_200_makes_three_requests(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    faults.script([rule("GET", "/call/*", {"status": 503, "json": error_body(503, "busy")}, {"status": 503}, OK)])
    assert make_client().calls.get(CALL_ID).id == CALL_ID
    assert methods(faults.requests()) == [f"GET /call/{CALL_ID}"] * 3
    assert len(sleeps.delays) == 2


def test_get_gives_up_after_max_retries(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 503, "json": error_body(503, "busy")})])
    with pytest.raises(InternalServerError) as caught:
        make_client(max_retries=3).calls.get(CALL_ID)
    assert caught.value.status_code == 503
    assert caught.value.messages == ["busy"]
    assert len(faults.requests()) == 4


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504, 520])
def test_get_retries_these_statuses(faults: Any, make_client: MakeClient, status: int) -> None:
    faults.script([rule("GET", "/call/*", {"status": status, "json": error_body(status, "x")}, OK)])
    assert make_client().calls.get(CALL_ID).id == CALL_ID
    assert len(faults.requests()) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_get_does_not_retry_client_errors(faults: Any, make_client: MakeClient, status: int) -> None:
    faults.script([rule("GET", "/call/*", {"status": status, "json": error_body(status, "no")})])
    with pytest.raises(APIStatusError):
        make_client().calls.get(CALL_ID)
    assert len(faults.requests()) == 1


def test_get_stalling_past_the_read_timeout_is_retried(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"stall": 3.0, "then": OK})])
    with pytest.raises(APITimeoutError):
        make_client(max_retries=2).calls.get(CALL_ID, timeout=0.2)
    assert methods(faults.requests()) == [f"GET /call/{CALL_ID}"] * 3


def test_get_after_a_dropped_connection_is_retried(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"close": "after_body"}, OK)])
    assert make_client().calls.get(CALL_ID).id == CALL_ID
    assert len(faults.requests()) == 2


def test_patch_and_delete_are_retried(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("PATCH", "/call/*", {"status": 500}, OK), rule("DELETE", "/call/*", {"status": 502}, OK)])
    client = make_client()
    client.calls.update(CALL_ID, {"metadata": {}})
    client.calls.delete(CALL_ID)
    assert [r["method"] for r in faults.requests()] == ["PATCH", "PATCH", "DELETE", "DELETE"]


def test_max_retries_zero_per_client_and_per_call(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 503})])
    with pytest.raises(InternalServerError):
        make_client(max_retries=0).calls.get(CALL_ID)
    assert len(faults.requests()) == 1
    faults.script([rule("GET", "/call/*", {"status": 503})])
    with pytest.raises(InternalServerError):
        make_client(max_retries=5).calls.get(CALL_ID, max_retries=0)
    assert len(faults.requests()) == 1
    faults.script([rule("GET", "/call/*", {"status": 503})])
    with pytest.raises(InternalServerError):
        make_client(max_retries=0).calls.get(CALL_ID, max_retries=1)
    assert len(faults.requests()) == 2


# --- retries: creating a call ---------------------------------------------------------------------


def test_create_429_with_retry_after_then_201_posts_twice(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    limited = {"status": 429, "headers": {"Retry-After": "1"}, "json": error_body(429, "Too many calls")}
    faults.script([rule("POST", "/call/phone", limited, CREATED)])
    call = make_client().calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert call.id == CALL_ID
    assert methods(faults.requests()) == ["POST /call/phone"] * 2
    assert sleeps.delays == [1.0]


def test_create_429_exhausted_raises_rate_limit_error(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"status": 429, "json": error_body(429, "slow down")})])
    with pytest.raises(RateLimitError) as caught:
        make_client(max_retries=1).calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert caught.value.messages == ["slow down"]
    assert len(faults.requests()) == 2


def test_create_dropped_after_the_body_is_sent_once_and_uncertain(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"close": "after_body"}, CREATED)])
    before = datetime.now(UTC)
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(max_retries=5).calls.create_phone_call(MINIMAL_PHONE_CALL)
    error = caught.value
    assert len(faults.requests()) == 1
    assert "may or may not have been placed" in str(error)
    assert "created_at_gt" in str(error)
    assert before <= error.sent_at <= datetime.now(UTC)
    assert type(error.__cause__) is APIConnectionError
    assert error.status_code is None


def test_create_stalling_past_the_read_timeout_is_sent_once(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("POST", "/call/phone", {"stall": 3.0, "then": CREATED})])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(max_retries=5).calls.create_phone_call(MINIMAL_PHONE_CALL, timeout=0.3)
    assert isinstance(caught.value.__cause__, APITimeoutError)
    assert len(faults.requests()) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520])
def test_create_5xx_is_sent_once_and_uncertain(faults: Any, make_client: MakeClient, status: int) -> None:
    faults.script([rule("POST", "/call/phone", {"status": status, "json": error_body(status, "boom")}, CREATED)])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(max_retries=5).calls.create_phone_call(MINIMAL_PHONE_CALL)
    error = caught.value
    assert len(faults.requests()) == 1
    assert error.status_code == status
    assert error.response is not None and error.response.status_code == status
    assert isinstance(error.__cause__, InternalServerError)
    assert error.__cause__.messages == ["boom"]


@pytest.mark.parametrize("status", [408, 409])
def test_create_408_409_are_not_retried(faults: Any, make_client: MakeClient, status: int) -> None:
    faults.script([rule("POST", "/call/web", {"status": status, "json": error_body(status, "no")}, CREATED)])
    with pytest.raises(APIStatusError) as caught:
        make_client().calls.create_web_call(assistant_id="a")
    assert caught.value.status_code == status
    assert len(faults.requests()) == 1


def test_create_is_retried_when_the_connection_is_refused(
    closed_port_url: str, make_client: MakeClient, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vapi_client")
    with pytest.raises(APIConnectionError) as caught:
        make_client(base_url=closed_port_url, max_retries=2).calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert type(caught.value) is APIConnectionError  # definitely not placed: not "uncertain"
    assert len(sleeps.delays) == 2
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying POST")]
    assert len(retries) == 2
    assert all("ConnectError" in message for message in retries)


def test_create_201_with_an_html_body_keeps_the_body(faults: Any, make_client: MakeClient) -> None:
    html = "<html><body>OK</body></html>"
    faults.script([rule("POST", "/call/phone", {"status": 201, "body": html, "content_type": "text/html"})])
    with pytest.raises(ResponseValidationError) as caught:
        make_client().calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert caught.value.body == html.encode()
    assert "probably placed" in str(caught.value)
    assert len(faults.requests()) == 1


# --- errors -------------------------------------------------------------------------------------


def test_200_with_an_html_body_is_a_response_validation_error(faults: Any, make_client: MakeClient) -> None:
    html = "<!doctype html><title>Maintenance</title>"
    faults.script([rule("GET", "/call/*", {"status": 200, "body": html, "content_type": "text/html"})])
    with pytest.raises(ResponseValidationError) as caught:
        make_client().calls.get(CALL_ID)
    assert caught.value.status_code == 200
    assert caught.value.body == html.encode()
    assert len(faults.requests()) == 1


def test_an_undocumented_success_status_is_a_response_validation_error(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 204})])
    with pytest.raises(ResponseValidationError, match="204"):
        make_client().calls.get(CALL_ID)


def test_520_is_an_internal_server_error(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 520, "body": "origin error", "reason": "Unknown Error"})])
    with pytest.raises(InternalServerError) as caught:
        make_client(max_retries=0).calls.get(CALL_ID)
    assert caught.value.status_code == 520
    assert caught.value.body is None
    assert caught.value.messages == []
    assert "520" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
    ],
)
def test_statuses_map_to_typed_errors(
    faults: Any, make_client: MakeClient, status: int, error_class: type[APIStatusError]
) -> None:
    faults.script([rule("POST", "/call/phone", {"status": status, "json": error_body(status, "nope")})])
    with pytest.raises(error_class) as caught:
        make_client().calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert type(caught.value) is error_class
    assert caught.value.status_code == status


def test_error_messages_are_a_list_with_body_headers_and_response(faults: Any, make_client: MakeClient) -> None:
    messages = ["customer.number must be a valid phone number", "assistantId must be a UUID"]
    response = {"status": 400, "headers": {"X-Request-Id": "req-7"}, "json": error_body(400, messages, "Bad Request")}
    faults.script([rule("POST", "/call/phone", response)])
    with pytest.raises(BadRequestError) as caught:
        make_client().calls.create_phone_call(MINIMAL_PHONE_CALL)
    error = caught.value
    assert error.messages == messages
    assert isinstance(error.body, ErrorResponse)
    assert error.body.error == "Bad Request"
    assert error.headers["x-request-id"] == "req-7"
    assert error.response.status_code == 400
    assert all(message in str(error) for message in messages)


def test_a_single_error_message_becomes_a_list(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 404, "json": error_body(404, "Call not found")})])
    with pytest.raises(NotFoundError) as caught:
        make_client().calls.get("missing")
    assert caught.value.messages == ["Call not found"]


# --- Retry-After ----------------------------------------------------------------------------------


def test_retry_after_ms_is_honoured(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    limited = {"status": 429, "headers": {"retry-after-ms": "250", "Retry-After": "9"}, "json": error_body(429, "x")}
    faults.script([rule("POST", "/call/phone", limited, CREATED)])
    make_client().calls.create_phone_call(MINIMAL_PHONE_CALL)
    assert sleeps.delays == [0.25]


def test_retry_after_http_date_is_honoured(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    faults.script([rule("GET", "/call/*", {"status": 503, "headers": {"Retry-After": when}}, OK)])
    make_client().calls.get(CALL_ID)
    [delay] = sleeps.delays
    assert 20 < delay <= 30


def test_retry_after_is_capped(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    faults.script([rule("GET", "/call/*", {"status": 429, "headers": {"Retry-After": "3600"}}, OK)])
    make_client().calls.get(CALL_ID)
    assert sleeps.delays == [60.0]


def test_backoff_without_retry_after_is_bounded_jitter(faults: Any, make_client: MakeClient, sleeps: Sleeps) -> None:
    faults.script([rule("GET", "/call/*", {"status": 503})])
    client = make_client(max_retries=4)
    with pytest.raises(InternalServerError):
        client.calls.get(CALL_ID)
    policy = client._retry_policy
    assert len(sleeps.delays) == 4
    for retry, delay in enumerate(sleeps.delays):
        assert 0 <= delay <= min(policy.max_delay, policy.base_delay * 2**retry)


# --- call ids that would change the URL's path ------------------------------------------------------


@pytest.mark.parametrize("call_id", [".", "..", "..."])
@pytest.mark.parametrize("operation", ["get", "update", "delete"])
def test_a_dot_only_call_id_is_refused_before_any_request(
    faults: Any, make_client: MakeClient, call_id: str, operation: str
) -> None:
    # quote() keeps dots, and "/call/.." would be sent as "DELETE /".
    faults.script([rule("*", "*", OK)])
    with pytest.raises(ValidationError, match="only dots"):
        getattr(make_client().calls, operation)(call_id)
    assert faults.requests() == []


@pytest.mark.parametrize(
    ("call_id", "path"), [("a.b", "/call/a.b"), ("a/b", "/call/a%2Fb"), ("a?b#c", "/call/a%3Fb%23c")]
)
def test_an_id_is_one_path_segment(faults: Any, make_client: MakeClient, call_id: str, path: str) -> None:
    faults.script([rule("*", "*", OK)])
    make_client().calls.get(call_id)
    assert methods(faults.requests()) == [f"GET {path}"]


# --- a DELETE retried after an attempt with an unknown outcome --------------------------------------

NOT_FOUND = {"status": 404, "json": error_body(404, "Call not found")}


@pytest.mark.parametrize(
    "first",
    [{"status": 502}, {"stall": 3.0, "then": OK}, {"close": "after_body"}],
    ids=["502", "read-timeout", "dropped"],
)
def test_a_404_after_an_ambiguous_delete_says_it_may_already_be_deleted(
    faults: Any, make_client: MakeClient, first: dict[str, Any]
) -> None:
    faults.script([rule("DELETE", "/call/*", first, NOT_FOUND)])
    with pytest.raises(NotFoundError) as caught:
        make_client().calls.delete(CALL_ID, timeout=0.3)
    assert "an earlier attempt may already have deleted it" in str(caught.value)
    assert caught.value.messages == ["Call not found"]
    assert len(faults.requests()) == 2


@pytest.mark.parametrize(
    "rules",
    [
        [rule("DELETE", "/call/*", NOT_FOUND)],
        [rule("DELETE", "/call/*", {"status": 429}, NOT_FOUND)],  # refused: nothing was deleted
        [rule("GET", "/call/*", {"status": 502}, NOT_FOUND)],
    ],
    ids=["first-attempt", "after-429", "get"],
)
def test_other_404s_say_nothing_of_an_earlier_attempt(
    faults: Any, make_client: MakeClient, rules: list[dict[str, Any]]
) -> None:
    faults.script(rules)
    client = make_client()
    with pytest.raises(NotFoundError) as caught:
        client.calls.get(CALL_ID) if rules[0]["method"] == "GET" else client.calls.delete(CALL_ID)
    assert "earlier attempt" not in str(caught.value)


# --- bodies nested too deep to parse ------------------------------------------------------------------


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_a_success_body_nested_too_deep_to_parse_is_a_response_validation_error(
    faults: Any, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="vapi_client")
    body = '{"id": ' + deep(100_000) + "}"
    faults.script([rule("GET", "/call/*", {"status": 200, "body": body, "content_type": "application/json"})])
    with pytest.raises(ResponseValidationError) as caught:
        make_client().calls.get(CALL_ID)
    assert caught.value.body == body.encode()


@pytest.mark.parametrize(
    "depth", [990, 100_000], ids=["deeper-than-the-recursion-limit-allows-walking", "too-deep-to-parse"]
)
def test_an_error_body_nested_too_deep_is_reported_unparsed(
    faults: Any, make_client: MakeClient, caplog: pytest.LogCaptureFixture, depth: int
) -> None:
    caplog.set_level(logging.DEBUG, logger="vapi_client")
    body = '{"message": ' + deep(depth) + ', "statusCode": 400}'
    faults.script([rule("GET", "/call/*", {"status": 400, "body": body, "content_type": "application/json"})])
    with pytest.raises(BadRequestError) as caught:
        make_client().calls.get(CALL_ID)
    assert caught.value.body is None
    assert caught.value.messages == []
    assert any(record.getMessage().startswith("response GET") for record in caplog.records)


# --- statuses that are not errors, and errors raised by the caller's own httpx hooks ----------------


def test_a_redirect_is_a_status_error_pointing_at_base_url(faults: Any, make_client: MakeClient) -> None:
    faults.script([rule("GET", "/call/*", {"status": 301, "headers": {"Location": "https://elsewhere.invalid/"}})])
    with pytest.raises(APIStatusError) as caught:
        make_client().calls.get(CALL_ID)
    assert type(caught.value) is APIStatusError
    assert caught.value.status_code == 301
    assert "check base_url" in str(caught.value)
    assert len(faults.requests()) == 1


def raise_for_status(response: httpx.Response) -> None:
    response.raise_for_status()


@pytest.mark.parametrize(
    ("call", "status", "error_class"),
    [
        (lambda c: c.calls.get(CALL_ID), 404, NotFoundError),
        (lambda c: c.calls.get(CALL_ID), 503, InternalServerError),  # not retried: the hook chose to raise
        (lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL), 400, BadRequestError),
        (lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL), 502, CallCreationUncertainError),
    ],
    ids=["get-404", "get-503", "create-400", "create-502"],
)
def test_a_status_error_raised_by_an_event_hook_becomes_the_typed_status_error(
    faults: Any, make_client: MakeClient, call: Any, status: int, error_class: type[Exception]
) -> None:
    faults.script([rule("*", "/call/*", {"status": status, "json": error_body(status, "no")})])
    with httpx.Client(event_hooks={"response": [raise_for_status]}) as http:
        with pytest.raises(error_class) as caught:
            call(make_client(http_client=http))
    error: Any = caught.value
    if isinstance(error, CallCreationUncertainError):
        assert error.status_code == status
        error = error.__cause__
    assert error.status_code == status
    assert isinstance(error.__cause__, httpx.HTTPStatusError)
    assert len(faults.requests()) == 1
