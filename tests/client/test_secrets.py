"""The API key and sensitive body fields never reach reprs, log records or exception messages."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from vapi_client import (
    APIConnectionError,
    BadRequestError,
    CallCreationUncertainError,
    VapiClient,
)
from vapi_client._http import _logging
from vapi_client._http._logging import configure_from_env, logger
from vapi_client.models import ErrorResponse

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

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
    assert_no_secret_value(text)
    assert "Bearer" not in text


def assert_no_secret_value(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


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
def bare_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """`bare_logging()`: no handler on the vapi_client or root logger, VAPI_LOG not applied yet.

    A function, not done at setup: pytest adds its capture handlers to the root logger after
    fixtures are set up. Everything is restored afterwards.
    """
    root = logging.getLogger()
    level, handlers, root_handlers = logger.level, list(logger.handlers), list(root.handlers)
    monkeypatch.setattr(_logging, "_applied", None)

    def clear() -> None:
        logger.handlers.clear()
        root.handlers.clear()

    yield clear
    logger.setLevel(level)
    logger.handlers[:] = handlers
    root.handlers[:] = root_handlers


def test_vapi_log_debug_turns_on_request_logs_once(
    monkeypatch: pytest.MonkeyPatch, bare_logging: Callable[[], None]
) -> None:
    bare_logging()
    monkeypatch.setenv("VAPI_LOG", "debug")
    configure_from_env()
    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == 1
    configure_from_env()  # idempotent: no second handler
    with VapiClient(API_KEY), VapiClient(API_KEY):
        pass
    assert len(logger.handlers) == 1


def test_vapi_log_adds_no_handler_when_the_application_configured_logging(
    monkeypatch: pytest.MonkeyPatch, bare_logging: Callable[[], None]
) -> None:
    bare_logging()
    # Records propagate to the root handler already: a second handler would print each line twice.
    logging.getLogger().addHandler(logging.NullHandler())
    monkeypatch.setenv("VAPI_LOG", "info")
    with VapiClient(API_KEY):
        pass
    assert logger.level == logging.INFO
    assert logger.handlers == []


def test_without_vapi_log_nothing_is_configured(bare_logging: Callable[[], None]) -> None:
    bare_logging()
    logger.setLevel(logging.NOTSET)
    with VapiClient(API_KEY):
        pass
    assert logger.level == logging.NOTSET
    assert logger.handlers == []


# --- secrets the server echoes, whatever characters they hold ----------------------------------------

ODD_TOKEN = 'tw-ünï-"sec/ret"\\-4242'


def spellings(secret: str) -> list[str]:
    """The ways a secret could show up in text: raw, JSON-escaped, or inside a Python repr."""
    return [secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1], repr(secret)[1:-1]]


def assert_not_echoed(text: str, secret: str = ODD_TOKEN) -> None:
    for spelling in spellings(secret):
        assert spelling not in text


def test_an_echoed_secret_with_quotes_backslashes_and_non_ascii_is_scrubbed_everywhere(
    faults: Any, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture
) -> None:
    body = {**BODY, "phoneNumber": {**BODY["phoneNumber"], "twilioAuthToken": ODD_TOKEN}}
    echo = {"message": [f"token {ODD_TOKEN} is invalid"], "error": f"Bad Request ({ODD_TOKEN})", "statusCode": 400}
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [{"status": 400, "json": echo}]}])
    with pytest.raises(BadRequestError) as caught:
        make_client().calls.create_phone_call(body)
    error = caught.value
    assert error.messages == ["token *** is invalid"]
    assert isinstance(error.body, ErrorResponse)
    assert error.body.error == "Bad Request (***)"
    for text in (str(error), repr(error), repr(error.body), repr(error.messages), debug_logs.text):
        assert_not_echoed(text)
    assert json.loads(faults.requests()[0]["body"])["phoneNumber"]["twilioAuthToken"] == ODD_TOKEN


def test_a_secret_echoed_under_an_ordinary_key_is_scrubbed_from_debug_logs(
    faults: Any, make_client: Callable[..., VapiClient], debug_logs: pytest.LogCaptureFixture
) -> None:
    body = {**BODY, "phoneNumber": {**BODY["phoneNumber"], "twilioAuthToken": ODD_TOKEN}}
    echoed = {**CALL, "metadata": {"note": f"set to {ODD_TOKEN}", ODD_TOKEN: 1}}
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [{"status": 201, "json": echoed}]}])
    make_client().calls.create_phone_call(body)
    assert any(record.getMessage().startswith("response POST") for record in debug_logs.records)
    assert_not_echoed(debug_logs.text)
