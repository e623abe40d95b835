"""Credential headers inside bodies (`server.headers` and the like) are masked by header name: in model
reprs, logs and the copies an error keeps. Which properties are header maps is read from the spec."""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from vapi_client import BadRequestError, VapiClient
from vapi_client._redaction import redact
from vapi_client._spec import HEADER_MAPS
from vapi_client.models import Call

from tests.client.conftest import CALL

ROOT = Path(__file__).resolve().parents[2]
CREDENTIALS = {
    "Authorization": "Bearer hdr-SECRET-0001",
    "X-Api-Key": "hdr-SECRET-0002",
    "api-key": "hdr-SECRET-0003",
    "Cookie": "session=hdr-SECRET-0004",
    "Ocp-Apim-Subscription-Key": "hdr-SECRET-0005",
    "x-vapi-signature": "hdr-SECRET-0006",
    "X-Custom-Auth": "hdr-SECRET-0007",
    "X-Session-Token": "hdr-SECRET-0008",
    "X-Client-Secret": "hdr-SECRET-0009",
    "X-Request-Signature": "hdr-SECRET-0010",
}
HEADERS = {**CREDENTIALS, "X-Trace-Id": "trace-42", "Content-Type": "application/json"}
SECRET_VALUES = [value.split("=")[-1].split(" ")[-1] for value in CREDENTIALS.values()]
SERVER = {"url": "https://example.com/hook", "headers": HEADERS}


def assert_masked(text: str) -> None:
    for secret in SECRET_VALUES:
        assert secret not in text
    assert "trace-42" in text  # the other headers are kept for debugging


def test_header_maps_are_the_specs_header_properties() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    maps = set()
    for schema in schemas.values():
        for name, prop in schema.get("properties", {}).items():
            target = schemas[prop["$ref"].rsplit("/", 1)[1]] if "$ref" in prop else prop
            if name.lower().endswith("headers") and target.get("type") == "object" and not target.get("properties"):
                maps.add(name)
    assert maps and set(HEADER_MAPS) == maps
    assert "headers" in HEADER_MAPS


def test_redact_masks_credential_headers_by_name() -> None:
    data = {"assistant": {"server": SERVER}}
    masked = redact(data)["assistant"]["server"]["headers"]
    assert all(masked[name] == "***" for name in CREDENTIALS)
    assert masked["X-Trace-Id"] == "trace-42" and masked["Content-Type"] == "application/json"


def test_a_models_repr_masks_credential_headers() -> None:
    call = Call.from_dict({**CALL, "assistant": {"server": SERVER}})
    assert_masked(repr(call))
    assert call.to_dict()["assistant"]["server"]["headers"] == HEADERS  # the data itself is untouched


def test_logs_and_error_copies_mask_credential_headers_of_a_request_body(
    faults: Any, make_client: Callable[..., VapiClient], caplog: pytest.LogCaptureFixture
) -> None:
    echo = {"message": f"bad header {CREDENTIALS['X-Api-Key']}", "statusCode": 400, "echo": {"headers": HEADERS}}
    faults.script([{"method": "POST", "path": "/call", "responses": [{"status": 400, "json": echo}]}])
    caplog.set_level(logging.DEBUG, logger="vapi_client")
    with pytest.raises(BadRequestError) as caught:
        make_client().calls.create(
            assistant={"server": SERVER}, phone_number_id="pn_1", customer={"number": "+14155550123"}
        )
    error = caught.value
    assert_masked(caplog.text)
    assert_masked(error.request.content.decode())
    assert_masked(error.response.content.decode())
    for text in (str(error), repr(vars(error)), pickle.dumps(error).decode("utf-8", "replace")):
        for secret in SECRET_VALUES:
            assert secret not in text
    assert error.messages == ["bad header ***"]
    # The server received the real values.
    sent = json.loads(faults.requests()[0]["body"])
    assert sent["assistant"]["server"]["headers"] == HEADERS
