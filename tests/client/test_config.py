"""Client settings: API key and base URL fallbacks, timeouts, headers, own vs. caller's httpx client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from vapi_client import AsyncVapiClient, MissingAPIKeyError, VapiClient

from tests.client.conftest import API_KEY, CALL

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
@pytest.mark.parametrize("api_key", [None, ""])
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
