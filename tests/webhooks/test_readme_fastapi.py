"""The README's FastAPI receiver runs as printed."""

from __future__ import annotations

import json
import re
from typing import Any

import anyio
import httpx
import pytest

from tests._servers.processes import PROJECT_ROOT
from tests.webhooks._spec import example

SECRET = "whsec-Readme-2c8f4a6e0b1d3f57"


def readme_receiver() -> str:
    blocks = re.findall(r"```python\n(.*?)```", (PROJECT_ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    (code,) = [block for block in blocks if "from vapi_client.asgi import" in block]
    return str(code)


def test_the_readme_fastapi_receiver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAPI_SERVER_SECRET", SECRET)
    monkeypatch.setenv("VAPI_ASSISTANT_ID", "asst-readme")
    code = readme_receiver()
    assert len([line for line in code.splitlines() if line.strip()]) <= 16
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    transport = httpx.ASGITransport(app=namespace["app"])

    async def post(message_type: str, secret: str = SECRET) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            body = json.dumps(example(message_type)).encode()
            return await client.post("/vapi/webhook", content=body, headers={"x-vapi-secret": secret})

    async def scenario() -> None:
        assert (await post("assistant-request")).json() == {"assistantId": "asst-readme"}
        results = (await post("tool-calls")).json()["results"]
        assert [r["toolCallId"] for r in results] == ["call_8VnIbT3f2kYq", "call_Qx41LmZp0aWd"]
        assert (await post("status-update")).json() == {}
        assert (await post("status-update", secret="wrong")).status_code == 401

    anyio.run(scenario)
