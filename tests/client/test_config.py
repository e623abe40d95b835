"""Client settings: API key and base URL fallbacks, timeouts, headers, own vs. caller's httpx client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from vapi_client import (
    APIConnectionError,
    AsyncVapiClient,
    MissingAPIKeyError,
    ValidationError,
    VapiClient,
    VapiError,
)
from vapi_client._exceptions import InvalidAPIKeyError

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

OK = {"status": 200, "json": CALL}


def test_api_key_and_base_url_fall_back_to_the_environment(faults: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAPI_API_KEY", "sk-from-env-0123456789")
    monkeypatch.setenv("VAPI_BASE_URL", faults.url + "/")
    faults.script([{"method": "GET", "path": "/call/*", "responses": [OK]}])
    with VapiClient() as client:
        assert client.base_url == faults.url
        client.calls.get("c1")
    assert faults.requests()[0]["headers"]["authorization"] == "Bearer sk-from-env-0123456789"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAPI_API_KEY", "sk-from-env-0123456789")
    monkeypatch.setenv("VAPI_BASE_URL", "http://env.invalid")
    with VapiClient(API_KEY, base_url="http://arg.invalid") as client:
        assert client.base_url == "http://arg.invalid"
        assert client._api_key == API_KEY


def test_defaults() -> None:
    with VapiClient(API_KEY) as client:
        assert client.base_url == "https://api.vapi.ai"
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
        assert client.max_retries == 2


@pytest.mark.parametrize("client_class", [VapiClient, AsyncVapiClient])
@pytest.mark.parametrize("api_key", [None, "", " \n"])
def test_no_api_key_is_a_clear_error(client_class: Callable[..., Any], api_key: str | None) -> None:
    with pytest.raises(MissingAPIKeyError, match="VAPI_API_KEY"):
        client_class(api_key)


@pytest.mark.parametrize("kwargs", [{"max_retries": -1}, {"max_retries": 1.5}, {"base_url": "api.vapi.ai"}])
def test_bad_settings_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        VapiClient(API_KEY, **kwargs)


def test_timeout_per_client_and_per_call(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    assert make_client(timeout=2.5).timeout == httpx.Timeout(2.5)
    custom = httpx.Timeout(10.0, connect=1.0)
    assert make_client(timeout=custom).timeout is custom
    # The per-call timeout wins over a generous client timeout (else this would wait 3 s).
    faults.script([{"method": "GET", "path": "/call/*", "responses": [{"stall": 3.0, "then": OK}]}])
    from vapi_client import APITimeoutError

    with pytest.raises(APITimeoutError):
        make_client(timeout=30.0).calls.get("c1", timeout=httpx.Timeout(0.2), max_retries=0)


def test_context_manager_closes_what_it_opened(faults: Any) -> None:
    with VapiClient(API_KEY, base_url=faults.url) as client:
        http = client._http
    assert http.is_closed


def test_a_callers_http_client_is_used_and_left_open(faults: Any) -> None:
    faults.script([{"method": "GET", "path": "/call/*", "responses": [OK]}])
    with httpx.Client(timeout=httpx.Timeout(7.0), headers={"X-Proxy-Team": "blue"}) as http:
        with VapiClient(API_KEY, base_url=faults.url, http_client=http) as client:
            assert client.timeout == httpx.Timeout(7.0)  # theirs is kept unless one is given
            client.calls.get("c1")
        assert not http.is_closed
    headers = faults.requests()[0]["headers"]
    assert headers["x-proxy-team"] == "blue"
    assert headers["authorization"] == f"Bearer {API_KEY}"


def test_close_is_idempotent(faults: Any) -> None:
    client = VapiClient(API_KEY, base_url=faults.url)
    client.close()
    client.close()
    assert client._http.is_closed


# --- the API key: cleaned or refused at construction, never echoed ---------------------------------


@pytest.mark.parametrize("client_class", [VapiClient, AsyncVapiClient])
def test_whitespace_around_the_key_is_removed(faults: Any, monkeypatch: pytest.MonkeyPatch, client_class: Any) -> None:
    # A key read from a Kubernetes secret or a file often ends with a newline.
    monkeypatch.setenv("VAPI_API_KEY", f"  {API_KEY}\n")
    faults.script([{"method": "GET", "path": "/call/*", "responses": [OK]}])
    client = client_class(base_url=faults.url)
    assert client._api_key == API_KEY
    if client_class is VapiClient:
        with client:
            client.calls.get("c1")
        assert faults.requests()[0]["headers"]["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("key", "where"),
    [
        (API_KEY[:8] + " " + API_KEY[8:], "U+0020 at position 9"),
        (API_KEY[:8] + "\n" + API_KEY[8:], "U+000A at position 9"),
        (API_KEY + "\x7f", "U+007F"),
        (API_KEY[:4] + "ü" + API_KEY[4:], "U+00FC at position 5"),
    ],
    ids=["space", "newline", "delete", "non-ascii"],
)
@pytest.mark.parametrize("from_env", [False, True], ids=["argument", "env"])
def test_a_key_that_cannot_be_a_header_is_refused_without_echoing_it(
    faults: Any, monkeypatch: pytest.MonkeyPatch, key: str, where: str, from_env: bool
) -> None:
    if from_env:
        monkeypatch.setenv("VAPI_API_KEY", key)
    with pytest.raises(InvalidAPIKeyError) as caught:
        VapiClient(None if from_env else key, base_url=faults.url)
    error = caught.value
    assert isinstance(error, VapiError)
    assert where in str(error)
    assert ("VAPI_API_KEY" if from_env else "api_key") in str(error)
    for shown in (str(error), repr(error)):
        assert API_KEY[4:12] not in shown  # no fragment of the key, in any escaping
    assert faults.requests() == []


def test_a_header_httpx_refuses_to_send_is_a_connection_error_not_retried_nor_uncertain(
    faults: Any, make_client: Callable[..., VapiClient], sleeps: Any
) -> None:
    # h11 refuses a header value with a line break before writing a byte: nothing was sent.
    faults.script([{"method": "POST", "path": "/call/phone", "responses": [{"status": 201, "json": CALL}]}])
    with pytest.raises(APIConnectionError) as caught:
        make_client(max_retries=3).calls.create_phone_call(
            MINIMAL_PHONE_CALL, extra_headers={"X-Trace": "a\r\nX-Injected: 1"}
        )
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.LocalProtocolError)
    assert faults.requests() == []
    assert sleeps.delays == []


def test_a_non_ascii_extra_header_is_a_validation_error_before_any_request(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    with pytest.raises(ValidationError, match="X-Note"):
        make_client().calls.get("c1", extra_headers={"X-Note": "café"})
    assert faults.requests() == []


def test_the_default_timeout_is_five_seconds_to_connect_and_a_minute_per_wait() -> None:
    with VapiClient(API_KEY) as client:
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
