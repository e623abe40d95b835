"""Fixtures for client tests: clients pointed at the fault server, with sleeps recorded, not slept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_client import AsyncVapiClient, VapiClient
from vapi_client._http._retries import RetryPolicy

ROOT = Path(__file__).resolve().parents[2]
with (ROOT / "openapi.yaml").open(encoding="utf-8") as _f:
    _SPEC = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

API_KEY = "sk-test-0123456789abcdef"
#: The spec's example responses and requests (realistic, filled-in values).
CALL: dict[str, Any] = _SPEC["paths"]["/call/phone"]["post"]["responses"]["201"]["content"]["application/json"][
    "examples"
]["call"]["value"]
MINIMAL_PHONE_CALL: dict[str, Any] = _SPEC["paths"]["/call/phone"]["post"]["requestBody"]["content"][
    "application/json"
]["examples"]["minimal"]["value"]
#: Backoff that never waits long, should a test sleep for real.
FAST = RetryPolicy(base_delay=0.001, max_delay=0.002, max_retry_after=60.0)


class Sleeps:
    """Stands in for time.sleep / asyncio.sleep: records each requested wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_client(faults: Any, sleeps: Sleeps) -> Iterator[Callable[..., VapiClient]]:
    """`make_client(**kwargs)`: a VapiClient for the fault server (kwargs override the defaults)."""
    made: list[VapiClient] = []

    def make(**kwargs: Any) -> VapiClient:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", faults.url)
        # These tests pin the at-most-once contract (bodies as given, one POST); test_reconcile.py
        # covers the default, which adds a request id and resolves an unknown outcome.
        kwargs.setdefault("reconcile", None)
        client = VapiClient(**kwargs)
        client._sleep = sleeps
        client._retry_policy = FAST
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(faults: Any, sleeps: Sleeps) -> Callable[..., AsyncVapiClient]:
    """Like `make_client`; close it with `async with` inside the test's event loop."""

    def make(**kwargs: Any) -> AsyncVapiClient:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", faults.url)
        kwargs.setdefault("reconcile", None)  # as in make_client
        client = AsyncVapiClient(**kwargs)
        client._sleep = sleeps.async_sleep
        client._retry_policy = FAST
        return client

    return make


def error_body(status: int, message: str | list[str], error: str = "Error") -> dict[str, Any]:
    return {"message": message, "error": error, "statusCode": status}


def methods(requests: list[dict[str, Any]]) -> list[str]:
    return [f"{r['method']} {r['path']}" for r in requests]
