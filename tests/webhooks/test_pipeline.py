"""One receive pipeline: `webhooks.receive`, `vapi_client.asgi` and `vapi-calls listen`'s server answer alike.

The receivers only read the body and write the answer; authenticating, parsing and deciding the answer
are `_webhooks._pipeline`'s. The same requests go to all three and their (status, body) answers are
compared, and the package's source is searched for a second copy of the steps.
"""

from __future__ import annotations

import ast
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from vapi_client import ValidationError, webhooks
from vapi_client._webhooks._pipeline import Answer, answer, refusal
from vapi_client._webhooks._server import WebhookServer
from vapi_client.asgi import VapiWebhook

from tests.webhooks._spec import example

SECRET = "whsec-Pipeline-3b8e1d0a6c4f9e27"
PLAN = webhooks.as_plan(secret=SECRET)
MAX_BODY_BYTES = 64 * 1024
GOOD = {"x-vapi-secret": SECRET}
MESSAGE = json.dumps(example("status-update")).encode()

#: name: (headers, body, the expected status)
CASES: dict[str, tuple[dict[str, str], bytes, int]] = {
    "good": (GOOD, MESSAGE, 200),
    "unknown message type": (GOOD, b'{"message": {"type": "brand-new-type", "n": 1}}', 200),
    "bad secret": ({"x-vapi-secret": "whsec-not-the-one"}, MESSAGE, 401),
    "no secret": ({}, MESSAGE, 401),
    "too large": (GOOD, b'{"message": {"type": "hang", "pad": "' + b"x" * MAX_BODY_BYTES + b'"}}', 413),
    "bad JSON": (GOOD, b'{"message": ', 400),
    "NaN": (GOOD, b'{"message": NaN}', 400),
    "no message": (GOOD, b'{"call": {}}', 400),
    "nested too deeply": (GOOD, b'{"message": ' + b"[" * 5000 + b"]" * 5000 + b"}", 400),
}


def on_message(message: webhooks.ServerMessageBody) -> None:
    return None  # answered {}


class _Request:
    """What `webhooks.read_body` uses of an ``http.server`` handler, over bytes in memory."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        self.headers = {**headers, "content-length": str(len(body))}
        self.rfile = io.BufferedReader(io.BytesIO(body))
        self.connection = self
        self._timeout: float | None = None

    def gettimeout(self) -> float | None:
        return self._timeout

    def settimeout(self, value: float | None) -> None:
        self._timeout = value


def function_api(headers: dict[str, str], body: bytes) -> Answer:
    """A receiver written with the public functions: `read_body`, then `receive`."""
    request = _Request(headers, body)
    try:
        raw = webhooks.read_body(request, max_bytes=MAX_BODY_BYTES)
        message = webhooks.receive(request.headers, raw, PLAN)
    except (webhooks.WebhookAuthenticationError, webhooks.WebhookBodyError, ValidationError, RecursionError) as error:
        return refusal(error).answer
    return answer(message, None)  # what on_message returns


def asgi_answer(app: Any, method: str, body: bytes, headers: dict[str, str]) -> Answer:
    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as client:
            return await client.request(method, "/", content=body, headers=headers)

    return answered(anyio.run(send))


ASGI_APP = Starlette(routes=[VapiWebhook(on_message, plan=PLAN, max_body_bytes=MAX_BODY_BYTES).route("/")])


@pytest.fixture(scope="module")
def listen() -> Iterator[httpx.Client]:
    server = WebhookServer(("127.0.0.1", 0), PLAN, on_message, max_body_bytes=MAX_BODY_BYTES)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with httpx.Client(base_url=f"http://{server.url_host}", trust_env=False, timeout=10.0) as client:
            yield client
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def answered(response: httpx.Response) -> Answer:
    return Answer(response.status_code, response.json())


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_three_receivers_answer_alike(case: str, listen: httpx.Client) -> None:
    headers, body, status = CASES[case]
    expected = function_api(headers, body)
    assert expected.status == status, expected
    assert asgi_answer(ASGI_APP, "POST", body, headers) == expected
    assert answered(listen.post("/", content=body, headers=headers)) == expected
    assert SECRET not in json.dumps(expected.body)


def test_another_method_is_405_in_both_servers(listen: httpx.Client) -> None:
    # Starlette's router answers a route's other methods itself; the app alone refuses them the same way.
    expected = answered(listen.put("/", content=MESSAGE, headers=GOOD))
    assert expected.status == 405
    assert asgi_answer(VapiWebhook(on_message, plan=PLAN), "PUT", MESSAGE, GOOD) == expected


# --- written once ------------------------------------------------------------------------------------

PACKAGE = Path(__file__).resolve().parents[2] / "overrides" / "vapi_client"
#: The receivers: they read the body and write the answer, nothing else.
RECEIVERS = (PACKAGE / "asgi.py", PACKAGE / "_webhooks" / "_server.py")
#: What only the pipeline uses: the steps and the errors it turns into answers.
STEPS = {"parse", "verify", "expects_reply", "reply", "WebhookAuthenticationError", "ValidationError", "RecursionError"}


def _names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.alias):
            found.add(node.asname or node.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.update(node.module.split("."))
    return found


@pytest.mark.parametrize("path", RECEIVERS, ids=lambda path: path.name)
def test_the_receivers_leave_every_step_to_the_pipeline(path: Path) -> None:
    assert _names(path) & STEPS == set()
    assert "_pipeline" in _names(path)


def test_one_module_parses_received_bodies_and_one_refusal_type() -> None:
    calling_parse, refusals = [], []
    webhook_modules = [*RECEIVERS, PACKAGE / "webhooks.py", *(PACKAGE / "_webhooks").glob("*.py")]
    for path in sorted({*webhook_modules, *(PACKAGE / "_cli").glob("*.py")}):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "parse":
                calling_parse.append(name)
            if isinstance(node, ast.ClassDef) and "Refus" in node.name:
                refusals.append(f"{name}:{node.name}")
    assert sorted(set(calling_parse)) == ["_webhooks/_pipeline.py"]
    assert refusals == ["_webhooks/_pipeline.py:Refused"]


def test_a_refusal_pickles_and_answers_its_reason() -> None:
    import pickle

    refused = refusal(webhooks.WebhookBodyError(413, "body larger than 5 bytes"))
    copy: Any = pickle.loads(pickle.dumps(refused))
    assert (copy.status, copy.reason, copy.answer) == (413, "body larger than 5 bytes", refused.answer)
