"""The thin request path: a model is looked up once per operation, not on every request, and a request
reuses the headers httpx merged for its operation only where httpx would build the same."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from vapi_client import VapiClient
from vapi_client._codec import _generic
from vapi_client._operations import _request

from tests.client.conftest import CALL

CALL_ID = CALL["id"]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def test_models_are_resolved_once_per_operation(
    faults: Any, make_client: Callable[..., VapiClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    faults.script(
        [rule("GET", "/call/*", {"status": 200, "json": CALL}), rule("PATCH", "/call/*", {"status": 200, "json": CALL})]
    )
    client = make_client()
    client.calls.get(CALL_ID)
    client.calls.update(CALL_ID, {"name": "first"})
    looked_up: list[str] = []

    def resolve_model(name: str) -> Any:
        looked_up.append(name)
        return _generic.resolve_model(name)

    codec = SimpleNamespace(**{name: getattr(_generic, name) for name in dir(_generic) if not name.startswith("__")})
    codec.resolve_model = resolve_model
    monkeypatch.setattr(_request, "_generic", codec)
    for _ in range(3):
        assert client.calls.get(CALL_ID).id == CALL["id"]
        client.calls.update(CALL_ID, {"name": "again"})
    assert looked_up == []


def _seen(requests: list[httpx.Request]) -> list[tuple[Any, ...]]:
    return [
        (r.method, str(r.url), r.headers.raw, r.extensions.get("timeout"), r.content, type(r.stream)) for r in requests
    ]


class _OwnBuild(httpx.Client):
    """An http_client whose `build_request` adds a header: it must be called for every request."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        request = super().build_request(*args, **kwargs)
        request.headers["X-Built"] = str(len(built))
        built.append(request)
        return request


built: list[httpx.Request] = []


@pytest.mark.parametrize(
    "make_http",
    [
        lambda transport: httpx.Client(transport=transport),
        lambda transport: httpx.Client(transport=transport, headers={"X-Team": "a", "accept": "text/plain"}),
        lambda transport: httpx.Client(transport=transport, cookies={"session": "c" * 12}),
        lambda transport: httpx.Client(transport=transport, params={"tenant": "t"}),
        lambda transport: _OwnBuild(transport=transport),
    ],
    ids=["plain", "headers", "cookies", "params", "own-build_request"],
)
def test_a_reused_request_is_the_one_httpx_builds(make_http: Callable[[httpx.MockTransport], httpx.Client]) -> None:
    # Later GETs reuse the headers httpx merged for the first (`Attempts._from_template`): each request must
    # be what `http.build_request` makes, also after the http_client's headers change, and per timeout.
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        # A cookie set late: the requests after it carry it (httpx merges the jar per request).
        return httpx.Response(200, json=CALL, headers={"Set-Cookie": "late=" + "v" * 12} if len(sent) == 5 else {})

    built.clear()
    http = make_http(httpx.MockTransport(answer))
    client = VapiClient(api_key="k" * 12, base_url="http://api.test:8080/v1", http_client=http)
    transport = client.calls._transport
    expected: list[httpx.Request] = []
    cases = [(None, {}, None), (None, {}, None), (3.0, {}, None), (None, {}, "1"), (None, {"X-Own": "2"}, "1")]
    for timeout, extra, later in [*cases, (None, {}, "1")]:
        if later is not None:
            http.headers["X-Later"] = later
        request = httpx.Client.build_request(
            http,
            "GET",
            f"http://api.test:8080/v1/call/{CALL_ID}",
            headers={**transport.headers, "Accept": "application/json", **extra},
            timeout=transport.timeout if timeout is None else timeout,
        )
        if isinstance(http, _OwnBuild):
            request.headers["X-Built"] = str(len(expected))
        expected.append(request)
        client.calls.get(CALL_ID, timeout=timeout, extra_headers=extra or None)
    assert _seen(sent) == _seen(expected)


def test_a_reused_async_request_is_the_one_httpx_builds() -> None:
    from vapi_client import AsyncVapiClient

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=CALL)

    async def run() -> list[httpx.Request]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer), headers={"X-Team": "a"})
        client = AsyncVapiClient(api_key="k" * 12, base_url="http://api.test/v1", http_client=http)
        transport = client.calls._transport
        expected = []
        for later in (None, None, "1"):
            if later is not None:
                http.headers["X-Later"] = later
            expected.append(
                httpx.AsyncClient.build_request(
                    http,
                    "GET",
                    f"http://api.test/v1/call/{CALL_ID}",
                    headers={**transport.headers, "Accept": "application/json"},
                    timeout=transport.timeout,
                )
            )
            await client.calls.get(CALL_ID)
        await http.aclose()
        return expected

    expected = asyncio.run(run())
    assert _seen(sent) == _seen(expected)
