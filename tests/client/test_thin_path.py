"""The thin request path: a model is looked up once per operation, not on every request."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

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
