"""A client shared across `os.fork()` never crosses responses: in the child it refuses with a typed error,
while the parent goes on using its pool (issue 25, finding 9). Real forks against the loopback fault server."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import AsyncVapiClient, ForkedClientError, VapiClient

from tests.client.conftest import CALL

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def in_child(work: Callable[[], str]) -> str:
    """What `work()` returns (or the name of what it raised), run in a forked child."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanup
        try:
            try:
                outcome = work()
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                outcome = type(error).__name__
            os.write(write, outcome.encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(pid, 0)
    return outcome


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with threads (the test server's clients)
def test_a_client_used_in_a_forked_child_refuses_and_the_parent_keeps_working(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    faults.script([rule("GET", "/call/*", {"status": 200, "json": {**CALL, "id": "c1"}})])
    client = make_client()
    assert client.calls.get("c1").id == "c1"  # a pooled connection the child inherits
    for _ in range(5):
        assert in_child(lambda: client.calls.get("c1").id) == "ForkedClientError"
        assert client.calls.get("c1").id == "c1"
    assert len(faults.requests()) == 6  # the children sent nothing


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_an_async_client_refuses_in_a_forked_child(faults: Any, make_async_client: Callable[..., Any]) -> None:
    faults.script([rule("GET", "/call/*", {"status": 200, "json": {**CALL, "id": "c1"}})])
    client: AsyncVapiClient = make_async_client()

    async def get() -> str:
        call = await client.calls.get("c1")
        return str(call.id)

    def child() -> str:
        return asyncio.run(get())

    assert in_child(child) == ForkedClientError.__name__
    assert faults.requests() == []
