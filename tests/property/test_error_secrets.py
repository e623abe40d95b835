"""No secret ever reaches an error: its pickle, repr, message, attributes, cause chain or the logs.

Secrets are generated (the API key, a second key and a custom credential header passed per
call, and every property the spec marks sensitive), the fault server echoes them back in every
way it can (error messages, headers, raw text, JSON escapes), and every error raised while
talking to it is searched for every spelling of every secret.
"""

from __future__ import annotations

import io
import json
import logging
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vapi_client import VapiClient, VapiError
from vapi_client._http._logging import logger
from vapi_client._spec import SCHEMAS, SENSITIVE

from tests._servers.processes import FaultServer
from tests._warnings import SEED_ERA
from tests.client.conftest import FAST, MINIMAL_PHONE_CALL

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

CREATE_SCHEMA = "CreateOutboundCallDTO"

# Header values: visible ASCII (what an API key may hold). Body secrets: any text but surrogates.
_header_text = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=10, max_size=30)
_body_text = st.text(st.characters(exclude_categories=["Cs"]), min_size=10, max_size=30)


def _unique(prefix: str, strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # A prefix no response holds by chance, so a hit is a leak, never a coincidence.
    return strategy.map(lambda text: f"{prefix}{text}")


def sensitive_slots() -> list[tuple[str, str, list[str]]]:
    """(create-body property, its schema, sensitive properties of it) for every directly nested
    schema with a sensitive property whose other required properties are plain strings."""
    slots = []
    for prop, desc in SCHEMAS[CREATE_SCHEMA]["properties"].items():
        if desc[0] == "model" and desc[1] in SENSITIVE:
            table = SCHEMAS[desc[1]]
            others = [name for name in table["required"] if name not in SENSITIVE[desc[1]]]
            if all(table["properties"][name][0] == "string" for name in others):
                slots.append((prop, desc[1], list(SENSITIVE[desc[1]])))
    return slots


SLOTS = sensitive_slots()


@st.composite
def secrets(draw: st.DrawFn) -> dict[str, Any]:
    body_secrets = {(prop, name): draw(_unique("bs-", _body_text)) for prop, _schema, names in SLOTS for name in names}
    return {
        "api_key": draw(_unique("sk-", _header_text)),
        "other_key": draw(_unique("ok-", _header_text)),
        "custom_header": draw(_unique("ch-", _header_text)),
        "body": body_secrets,
    }


def phone_call_body(drawn: dict[str, Any]) -> dict[str, Any]:
    body = dict(MINIMAL_PHONE_CALL)
    for prop, schema, _names in SLOTS:
        table = SCHEMAS[schema]
        part = {name: "+14155550100" for name in table["required"]}
        part.update({name: value for (slot, name), value in drawn["body"].items() if slot == prop})
        body[prop] = part
    return body


def all_secrets(drawn: dict[str, Any]) -> list[str]:
    """The secrets the client sends: a GET has no body, so only the header ones are in play."""
    headers = [drawn["api_key"], drawn["other_key"], drawn["custom_header"]]
    return headers if drawn.get("method") == "GET" else [*headers, *drawn["body"].values()]


def spellings(secret: str) -> set[str]:
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        repr(secret.encode("utf-8"))[2:-1],
    }


def echoes(drawn: dict[str, Any]) -> tuple[dict[str, str], str, dict[str, Any]]:
    """Headers, raw text and a JSON error body that repeat every secret back."""
    ascii_ones = [drawn["api_key"], drawn["other_key"], drawn["custom_header"]]
    headers = {f"X-Echo-{index}": value for index, value in enumerate(ascii_ones)}
    headers["Set-Cookie"] = f"session={drawn['other_key']}"
    text = " | ".join(all_secrets(drawn))
    body = {
        "message": [f"invalid: {secret}" for secret in all_secrets(drawn)],
        "error": text,
        "statusCode": 400,
        "echo": {"authorization": f"Bearer {drawn['other_key']}", "raw": all_secrets(drawn)},
    }
    return headers, text, body


def scenario_actions(name: str, drawn: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(method, path, fault-server action) of each scenario."""
    headers, text, body = echoes(drawn)
    create = ("POST", "/call/phone")
    return {
        "400 json echo": (*create, {"status": 400, "headers": headers, "json": body}),
        "401 text echo": (*create, {"status": 401, "headers": headers, "body": text}),
        "502 on create": (*create, {"status": 502, "headers": headers, "json": {**body, "statusCode": 502}}),
        "html success": (*create, {"status": 201, "headers": headers, "body": f"<p>{text}</p>"}),
        "deep success": (*create, {"status": 201, "headers": headers, "body": "[" * 200 + json.dumps(text)}),
        "dropped after send": (*create, {"close": "after_body"}),
        "read timeout": (*create, {"stall": 2.0}),
        "404 on get": ("GET", "/call/*", {"status": 404, "headers": headers, "json": {**body, "statusCode": 404}}),
        "500 on get": ("GET", "/call/*", {"status": 500, "headers": headers, "body": text}),
    }[name]


SCENARIOS = [
    "400 json echo",
    "401 text echo",
    "502 on create",
    "html success",
    "deep success",
    "dropped after send",
    "read timeout",
    "404 on get",
    "500 on get",
]


@contextmanager
def captured_logs() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def error_views(error: BaseException) -> dict[str, str]:
    """Every form in which an error is kept, logged or shipped, as text to search."""
    views = {
        "str": str(error),
        "repr": repr(error),
        "__dict__": repr(vars(error)),
        "pickle": pickle.dumps(error).decode("utf-8", "surrogateescape"),
    }
    chain: BaseException | None = error.__cause__ or error.__context__
    depth = 0
    while chain is not None and depth < 10:  # error trackers walk the chain and its attributes
        views[f"cause {depth}"] = f"{chain!s} {chain!r} {vars(chain)!r}"
        for attribute in ("request", "response"):
            live = getattr(chain, "_request" if attribute == "request" else attribute, None)
            if live is not None:
                views[f"cause {depth} {attribute}"] = pickle.dumps(live).decode("utf-8", "surrogateescape")
        chain, depth = chain.__cause__ or chain.__context__, depth + 1
    return views


@pytest.mark.parametrize("scenario", SCENARIOS)
@given(drawn=secrets())
def test_no_secret_in_any_error_from_the_fault_server(fault_server: FaultServer, scenario: str, drawn: Any) -> None:
    drawn["method"] = "GET" if scenario.endswith("on get") else "POST"
    method, path, action = scenario_actions(scenario, drawn)
    fault_server.script([{"method": method, "path": path, "responses": [action]}])
    extra = {"Authorization": f"Bearer {drawn['other_key']}", "X-Api-Key": drawn["custom_header"]}
    with captured_logs() as logs, VapiClient(drawn["api_key"], base_url=fault_server.url, max_retries=1) as client:
        client._retry_policy = FAST
        client._sleep = lambda _seconds: None
        with pytest.raises(VapiError) as caught:
            if method == "POST":
                client.calls.create_phone_call(phone_call_body(drawn), extra_headers=extra, timeout=0.3)
            else:
                client.calls.get("call-1", extra_headers=extra, timeout=0.3)
    sent = fault_server.requests()
    assert sent, "the request reached the server"  # so the secrets were really in play
    views = {**error_views(caught.value), "logs": logs.getvalue()}
    for secret in all_secrets(drawn):
        for spelling in spellings(secret):
            for view, text in views.items():
                assert spelling not in text, f"{scenario}: a secret in {view}"
