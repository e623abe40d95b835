"""The exception tree, and errors that survive pickle and copy (e.g. sent to another process)."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from vapi_client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    CallCreationUncertainError,
    NotFoundError,
    ValidationError,
    VapiClient,
    VapiError,
)
from vapi_client._exceptions import InvalidAPIKeyError

from tests._warnings import SEED_ERA
from tests.client.conftest import MINIMAL_PHONE_CALL, error_body

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose


def test_call_creation_uncertain_is_an_api_error_but_not_a_connection_error() -> None:
    # It also reports a 5xx the server did send: "connection error" would be wrong.
    assert issubclass(CallCreationUncertainError, APIError)
    assert not issubclass(CallCreationUncertainError, APIConnectionError)


def test_validation_error_is_also_a_value_error() -> None:
    assert issubclass(ValidationError, ValueError)
    assert issubclass(InvalidAPIKeyError, VapiError)


def raised(action: Callable[[], Any]) -> VapiError:
    with pytest.raises(VapiError) as caught:
        action()
    return caught.value


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


ERRORS: dict[str, tuple[list[dict[str, Any]], Callable[[VapiClient], Any]]] = {
    "status": (
        [rule("GET", "/call/*", {"status": 404, "json": error_body(404, "Call not found")})],
        lambda c: c.calls.get("x"),
    ),
    "validation": ([], lambda c: c.calls.create_phone_call({"customer": {"number": 5}})),
    "response-validation": (
        [rule("GET", "/call/*", {"status": 200, "body": "<html/>", "content_type": "text/html"})],
        lambda c: c.calls.get("x"),
    ),
    "uncertain": (
        [rule("POST", "/call/phone", {"status": 502, "json": error_body(502, "bad gateway")})],
        lambda c: c.calls.create_phone_call(MINIMAL_PHONE_CALL),
    ),
    "timeout": ([rule("GET", "/call/*", {"stall": 3.0})], lambda c: c.calls.get("x", timeout=0.2)),
}


@pytest.mark.parametrize("name", ERRORS)
@pytest.mark.parametrize(
    "round_trip",
    [copy.copy, copy.deepcopy, lambda e: pickle.loads(pickle.dumps(e))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_errors_round_trip_with_their_attributes(
    faults: Any, make_client: Callable[..., VapiClient], name: str, round_trip: Callable[[Any], Any]
) -> None:
    rules, action = ERRORS[name]
    faults.script(rules)
    client = make_client(max_retries=0)
    error = raised(lambda: action(client))
    again = round_trip(error)
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.args == error.args
    for attribute in ("path", "reason", "schema", "status_code", "messages", "body", "sent_at"):
        assert getattr(again, attribute, None) == getattr(error, attribute, None), attribute
    response = getattr(error, "response", None)
    if response is not None:  # kept, with its body and request
        assert again.response.status_code == response.status_code
        assert again.response.content == response.content
        assert again.response.request.url == response.request.url
    request = getattr(error, "request", None)
    if request is not None:
        assert again.request.url == request.url


def test_the_round_trip_keeps_the_specific_fields(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    faults.script(ERRORS["uncertain"][0])
    error = raised(lambda: make_client().calls.create_phone_call(MINIMAL_PHONE_CALL))
    assert isinstance(error, CallCreationUncertainError)
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again.sent_at, datetime) and again.sent_at == error.sent_at
    assert again.status_code == 502
    faults.script(ERRORS["status"][0])
    status = raised(lambda: make_client().calls.get("x"))
    assert isinstance(status, NotFoundError)
    again_status = pickle.loads(pickle.dumps(status))
    assert again_status.messages == ["Call not found"]
    assert again_status.headers["content-type"] == "application/json"
    assert again_status.body == status.body


@pytest.mark.parametrize(
    "error",
    [
        ValidationError("a.b", "missing 'c'", "Schema"),
        InvalidAPIKeyError("bad key"),
        APITimeoutError("slow"),
        VapiError("plain"),
    ],
    ids=repr,
)
def test_errors_built_by_hand_round_trip(error: VapiError) -> None:
    for again in (copy.copy(error), pickle.loads(pickle.dumps(error))):
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert vars(again) == vars(error)
