"""Contract tests: the client against Stoplight Prism serving openapi.yaml (`prism` fixture)."""

from __future__ import annotations

import pytest

_ENV = ("VAPI_API_KEY", "VAPI_BASE_URL", "VAPI_LOG")
_PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No VAPI_* setting leaks in, and no proxy from the environment intercepts 127.0.0.1."""
    for name in _ENV + _PROXIES:
        monkeypatch.delenv(name, raising=False)
