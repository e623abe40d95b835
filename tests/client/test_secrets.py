"""The API key and sensitive body fields never reach reprs, log records or exception messages."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from vapi_client import APIConnectionError, BadRequestError, CallCreationUncertainError, VapiClient
from vapi_client._logging import configure_from_env, logger

from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL

TWILIO_TOKEN = "twilio-token-SECRET-4242"
SERVER_SECRET = "server-url-secret-SECRET-9999"
SECRETS = (API_KEY, TWILIO_TOKEN, SERVER_SECRET)
BODY = {
    **MINIMAL_PHONE_CALL,
    "phoneNumber": {
        "twilioPhoneNumber": "+14155550100",
        "twilioAccountSid": "AC123",
        "twilioAuthToken": TWILIO_TOKEN,
        "serverUrlSecret": SERVER_SECRET,
    },
}


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text
    assert "Bearer" not in text


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="vapi_client")
    return caplog


def test_client_repr_masks_the_key() -> None:
    with VapiClient(API_KEY, base_url="http://example.invalid") as client:
        for text in (repr(client), str(client)):
            assert "http://example.invalid" in text
            assert_no_secret(text)


def test_debug_logs_are_redacted(
    faults: Any, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture
) -> None:
    echoed = {**CALL, "phoneNumber": BODY["phoneNumber"]}
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [{"status": 201, "json": echoed}]}])
    call = make_client().calls.create_phone_call(BODY)
    messages = [record.getMessage() for record in debug_logs.records]
    assert any(m.startswith("request POST") and '"twilioAuthToken": "***"' in m for m in messages)
    assert any(m.startswith("response POST") and " 201 " in m for m in messages)
    assert_no_secret(debug_logs.text)
    assert_no_secret(repr(call))
    assert json.loads(faults.requests()[0]["body"])["phoneNumber"]["twilioAuthToken"] == TWILIO_TOKEN


def test_error_messages_scrub_echoed_secrets(
    faults: Any, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture
) -> None:
    echo = [f"twilioAuthToken {TWILIO_TOKEN} is invalid", f"key {API_KEY} has no access"]
    response = {"status": 400, "json": {"message": echo, "error": "Bad Request", "statusCode": 400}}
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [response]}])
    with pytest.raises(BadRequestError) as caught:
        make_client().calls.create_phone_call(BODY)
    assert_no_secret(str(caught.value))
    assert_no_secret(repr(caught.value))
    assert all(message.endswith(("is invalid", "has no access")) for message in caught.value.messages)
    assert_no_secret(" ".join(caught.value.messages))
    assert_no_secret(debug_logs.text)


@pytest.mark.parametrize("action", [{"close": "after_body"}, {"status": 500, "json": {"message": TWILIO_TOKEN}}])
def test_uncertain_creation_messages_have_no_secrets(
    faults: Any, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture, action: Any
) -> None:
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [action]}])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client().calls.create_phone_call(BODY)
    error: BaseException | None = caught.value
    while error is not None:  # the whole chain
        assert_no_secret(str(error))
        error = error.__cause__
    assert_no_secret(debug_logs.text)


def test_connection_errors_have_no_secrets(
    closed_port_url: str, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(APIConnectionError) as caught:
        make_client(base_url=closed_port_url, max_retries=1).calls.get("c1")
    assert_no_secret(str(caught.value))
    assert_no_secret(debug_logs.text)


@pytest.fixture
def restore_logger() -> Iterator[None]:
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.usefixtures("restore_logger")
def test_vapi_log_debug_turns_on_request_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAPI_LOG", "debug")
    logger.handlers.clear()
    configure_from_env()
    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == 1
    configure_from_env()  # idempotent: no second handler
    assert len(logger.handlers) == 1


@pytest.mark.usefixtures("restore_logger")
def test_without_vapi_log_nothing_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    with VapiClient(API_KEY):
        pass
    assert logger.level == logging.NOTSET
    assert logger.handlers == []
