"""Errors keep what debugging needs (method, URL, status, headers, body) with every secret masked,
and never the live httpx objects: pickled, copied or shipped to an error tracker, they leak nothing."""

from __future__ import annotations

import asyncio
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from vapi_client import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CallCreationUncertainError,
    InternalServerError,
    ResponseValidationError,
    VapiClient,
    VapiError,
)
from vapi_client._spec import SENSITIVE

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL, error_body

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

OTHER_KEY = "sk-other-key-7777777777"
TOKEN = "twilio-token-SECRET-4242"
PHONE_NUMBER_SCHEMA = "ImportTwilioPhoneNumberDTO"
BODY = {
    **MINIMAL_PHONE_CALL,
    "phoneNumber": {
        "twilioPhoneNumber": "+14155550100",
        "twilioAccountSid": "AC123",
        **dict.fromkeys(SENSITIVE[PHONE_NUMBER_SCHEMA], TOKEN),
    },
}
SECRETS = (API_KEY, OTHER_KEY, TOKEN)


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def raised(action: Callable[[], Any]) -> VapiError:
    with pytest.raises(VapiError) as caught:
        action()
    return caught.value


def assert_secret_free(error: BaseException) -> None:
    texts = [str(error), repr(error), repr(vars(error)), pickle.dumps(error).decode("utf-8", "replace")]
    for attribute in ("request", "response"):
        value = getattr(error, attribute, None)
        if value is not None:
            texts.append(pickle.dumps(value).decode("utf-8", "replace"))
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


def test_a_status_error_keeps_a_redacted_request_and_response(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    echo = {"message": f"token {TOKEN} rejected", "error": "Bad Request", "statusCode": 400, "twilioAuthToken": "zz"}
    faults.script([rule("POST", "/call/phone", {"status": 400, "headers": {"X-Debug-Key": API_KEY}, "json": echo})])
    error = raised(lambda: make_client().calls.create_phone_call(BODY))
    assert isinstance(error, BadRequestError)
    assert_secret_free(error)
    # What debugging needs is still there.
    assert error.request is not None and error.request.method == "POST"
    assert error.request.url.path == "/call/phone"
    assert error.request.headers["authorization"] == "***"
    sent = json.loads(error.request.content)
    assert sent["customer"] == BODY["customer"]
    assert all(sent["phoneNumber"][name] == "***" for name in SENSITIVE[PHONE_NUMBER_SCHEMA])
    assert error.response.status_code == 400
    assert error.response.request is error.request
    assert error.response.json()["message"] == "token *** rejected"
    assert error.response.json()["twilioAuthToken"] == "***"  # sensitive even though we never sent it
    assert error.headers["x-debug-key"] == "***"
    assert error.headers["content-type"] == "application/json"
    assert error.messages == ["token *** rejected"]
    # The server did receive the real values.
    assert faults.requests()[0]["headers"]["authorization"] == f"Bearer {API_KEY}"


def test_a_key_passed_in_extra_headers_is_scrubbed_from_an_echoing_401(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    echo = error_body(401, f"Invalid key: Bearer {OTHER_KEY}")
    headers = {"WWW-Authenticate": f'Bearer realm="{OTHER_KEY}"', "X-Request-Echo": OTHER_KEY}
    faults.script([rule("GET", "/call/*", {"status": 401, "headers": headers, "json": echo})])
    error = raised(lambda: make_client().calls.get("c1", extra_headers={"Authorization": f"Bearer {OTHER_KEY}"}))
    assert isinstance(error, AuthenticationError)
    assert_secret_free(error)
    assert OTHER_KEY not in repr(error.headers)
    assert error.messages == ["Invalid key: ***"]


def test_a_header_value_with_a_line_break_is_refused_without_showing_it(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    error = raised(lambda: make_client().calls.get("c1", extra_headers={"Authorization": f"Bearer {OTHER_KEY}\nX: y"}))
    assert isinstance(error, APIConnectionError)
    assert_secret_free(error)
    cause = error.__cause__
    assert isinstance(cause, httpx.LocalProtocolError)
    assert OTHER_KEY not in str(cause)
    assert cause.request.headers["authorization"] == "***"
    assert faults.requests() == []


@pytest.mark.parametrize(
    "action",
    [{"close": "after_body"}, {"status": 502, "json": error_body(502, f"upstream saw {TOKEN}")}],
    ids=["dropped", "502"],
)
def test_an_uncertain_create_and_its_cause_hold_only_redacted_copies(
    faults: Any, make_client: Callable[..., VapiClient], action: dict[str, Any]
) -> None:
    faults.script([rule("POST", "/call/phone", action)])
    error = raised(lambda: make_client().calls.create_phone_call(BODY))
    assert isinstance(error, CallCreationUncertainError)
    chain: BaseException | None = error
    while chain is not None:
        assert_secret_free(chain)
        request = getattr(chain, "request", None)
        if isinstance(request, httpx.Request):
            assert request.headers["authorization"] == "***"
        chain = chain.__cause__


def test_a_connection_error_cause_holds_a_redacted_request(
    closed_port_url: str, make_client: Callable[..., VapiClient]
) -> None:
    error = raised(lambda: make_client(base_url=closed_port_url, max_retries=0).calls.get("c1"))
    assert isinstance(error, APIConnectionError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.__cause__.request.headers["authorization"] == "***"
    assert error.request is error.__cause__.request
    assert_secret_free(error)


def test_a_success_body_that_is_not_json_keeps_its_bytes_with_secrets_masked(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    page = f"<html>oops {TOKEN} and {API_KEY}</html>"
    faults.script([rule("POST", "/call/phone", {"status": 201, "body": page, "content_type": "text/html"})])
    error = raised(lambda: make_client().calls.create_phone_call(BODY))
    assert isinstance(error, ResponseValidationError)
    assert error.body == b"<html>oops *** and ***</html>"
    assert error.response.content == error.body
    assert_secret_free(error)


def test_an_error_raised_by_the_callers_event_hook_is_redacted(faults: Any) -> None:
    faults.script([rule("GET", "/call/*", {"status": 500, "body": f"boom {API_KEY}"})])

    def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    with (
        httpx.Client(event_hooks={"response": [raise_for_status]}) as http,
        VapiClient(API_KEY, base_url=faults.url, http_client=http, max_retries=0) as client,
    ):
        error = raised(lambda: client.calls.get("c1"))
    assert isinstance(error, InternalServerError)
    assert isinstance(error.__cause__, httpx.HTTPStatusError)
    assert error.__cause__.request.headers["authorization"] == "***"
    assert_secret_free(error)


def test_credential_headers_of_a_callers_http_client_are_masked_too(faults: Any) -> None:
    faults.script([rule("GET", "/call/*", {"status": 403, "body": f"no: {OTHER_KEY}"})])
    with (
        httpx.Client(headers={"X-Gateway-Token": OTHER_KEY}) as http,
        VapiClient(API_KEY, base_url=faults.url, http_client=http) as client,
    ):
        error = raised(lambda: client.calls.get("c1"))
    assert isinstance(error, APIStatusError)
    assert error.request is not None and error.request.headers["x-gateway-token"] == "***"
    assert error.response.text == "no: ***"
    assert_secret_free(error)


def test_a_redacted_error_still_parses_and_round_trips(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    faults.script([rule("GET", "/call/*", {"status": 404, "json": error_body(404, "Call not found")})])
    error = raised(lambda: make_client().calls.get(CALL["id"]))
    again = pickle.loads(pickle.dumps(error))
    assert again.response.json() == error.response.json()
    assert again.request.url == error.request.url
    assert again.response.request.headers["authorization"] == "***"


def test_the_async_client_redacts_its_errors_the_same_way(faults: Any, make_async_client: Callable[..., Any]) -> None:
    echo = error_body(401, f"bad key {OTHER_KEY}")
    faults.script([rule("GET", "/call/*", {"status": 401, "headers": {"X-Echo": API_KEY}, "json": echo})])

    async def main() -> VapiError:
        async with make_async_client() as client:
            try:
                await client.calls.get("c1", extra_headers={"Authorization": f"Bearer {OTHER_KEY}"})
            except VapiError as error:
                return error
        raise AssertionError("no error")

    error = asyncio.run(main())
    assert isinstance(error, AuthenticationError)
    assert error.request is not None and error.request.headers["authorization"] == "***"
    assert error.headers["x-echo"] == "***"
    assert_secret_free(error)


def test_a_short_credential_header_is_masked_in_the_copy_but_does_not_garble_messages(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    faults.script([rule("GET", "/call/*", {"status": 404, "json": error_body(404, "Call 42 not found")})])
    error = raised(lambda: make_client().calls.get("c1", extra_headers={"X-Tenant-Key": "42"}))
    assert error.request is not None and error.request.headers["x-tenant-key"] == "***"
    assert "Call 42 not found" in str(error)
