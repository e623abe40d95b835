"""Hostile or careless input, in either direction, always ends in a typed error, never a bare
ValueError, TypeError, RecursionError or httpx exception, and nothing is sent for a bad body."""

from __future__ import annotations

import asyncio
import copy
import math
import pickle
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from vapi_client import (
    APIConnectionError,
    AsyncVapiClient,
    BadRequestError,
    ClientClosedError,
    EventLoopMismatchError,
    InvalidBaseURLError,
    MisspelledFieldWarning,
    ResponseValidationError,
    ValidationError,
    VapiClient,
)
from vapi_client import models as vapi_models
from vapi_client._json_guard import MAX_DEPTH
from vapi_client._spec import SCHEMAS
from vapi_client.models import Call, UpdateCallDTO

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, MINIMAL_PHONE_CALL, error_body

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

CALL_ID = CALL["id"]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def nested(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = {"x": value}
    return value


# --- numbers that are not JSON ---------------------------------------------------------------

NUMBER_PROPERTIES = [
    (schema, name)
    for schema, table in SCHEMAS.items()
    for name, desc in table["properties"].items()
    if desc[0] == "number" or (desc[0] == "nullable" and desc[1][0] == "number")
]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=repr)
def test_no_number_property_accepts_a_non_finite_value_strictly(value: float) -> None:
    assert NUMBER_PROPERTIES, "the spec has number properties"
    for schema, name in NUMBER_PROPERTIES:
        model = getattr(vapi_models, schema)
        with pytest.raises(ValidationError, match="finite") as caught:
            model.from_dict({name: value}, strict=True)
        assert caught.value.path == name


def test_a_non_finite_number_the_server_sends_is_kept_and_reported() -> None:
    schema, name = NUMBER_PROPERTIES[0]
    parsed = getattr(vapi_models, schema).from_dict({name: math.nan})
    assert math.isnan(parsed.to_dict()[name])
    assert [issue.path for issue in parsed.validation_issues if issue.path] == [name]  # (and missing required ones)


@pytest.mark.parametrize(
    ("metadata", "path", "reason"),
    [
        ({"a": math.nan}, "metadata.a", "NaN"),
        ({"a": [1, -math.inf]}, "metadata.a[1]", "-Infinity"),
        ({"a": b"bytes"}, "metadata.a", "bytes"),
        ({"a": {1, 2}}, "metadata.a", "set"),
        ({"a": datetime(2024, 5, 1, tzinfo=UTC)}, "metadata.a", "datetime"),
        ({(1, 2): "tuple key"}, "metadata", "keys must be strings"),
        ({"a": "lone \ud800 surrogate"}, "metadata.a", "surrogate"),
        ({"\udfff": 1}, "metadata", "surrogate"),
        ({"a": nested(MAX_DEPTH + 500)}, "metadata.a.x...x.x", "nested deeper"),
    ],
    ids=["nan", "-inf-in-list", "bytes", "set", "datetime", "tuple-key", "surrogate", "surrogate-key", "deep"],
)
def test_a_body_that_is_not_json_names_its_path_and_sends_nothing(
    faults: Any, make_client: Callable[..., VapiClient], metadata: dict[Any, Any], path: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_client().calls.update(CALL_ID, {"metadata": metadata})  # a field the API may know
    assert caught.value.path == path
    assert reason in caught.value.reason
    assert faults.requests() == []


def test_a_body_at_the_depth_limit_is_sent(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    faults.script([rule("PATCH", "/call/*", {"status": 200, "json": CALL})])
    make_client().calls.update(CALL_ID, {"metadata": nested(MAX_DEPTH - 2)})  # body > metadata > 98 levels
    assert len(faults.requests()) == 1


def test_a_surrogate_in_the_path_is_not_called_a_header_problem(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_client().calls.get("call-\ud800")
    assert "header" not in str(caught.value)
    assert faults.requests() == []


# --- responses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('{"id": "c", "metadata": ' + '{"x": ' * 500 + "1" + "}" * 500 + "}", "nested deeper"),
        ('{"id": "c", "cost": NaN}', "NaN or Infinity"),
        ('{"id": "c", "cost": -Infinity}', "NaN or Infinity"),
    ],
    ids=["500-deep", "nan", "-infinity"],
)
def test_a_success_body_json_does_not_allow_is_a_response_validation_error(
    faults: Any, make_client: Callable[..., VapiClient], body: str, reason: str
) -> None:
    faults.script([rule("GET", "/call/*", {"status": 200, "body": body, "content_type": "application/json"})])
    with pytest.raises(ResponseValidationError, match=reason) as caught:
        make_client().calls.get(CALL_ID)
    assert caught.value.body == body.encode()


def test_nan_inside_strings_and_a_call_at_the_depth_limit_parse(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    call = {**CALL, "metadata": {"note": 'NaN, Infinity and "[[[[" are text', "deep": nested(MAX_DEPTH - 3)}}
    faults.script([rule("GET", "/call/*", {"status": 200, "json": call})])
    parsed = make_client().calls.get(CALL_ID)
    assert parsed.to_dict()["metadata"] == call["metadata"]
    assert "NaN, Infinity" in repr(parsed)


def test_a_response_larger_than_max_response_bytes_is_not_read_whole(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    big = {**CALL, "metadata": {"padding": "x" * 50_000}}
    faults.script([rule("GET", "/call/*", {"status": 200, "json": big})])
    with pytest.raises(ResponseValidationError, match="larger than 10000 bytes") as caught:
        make_client(max_response_bytes=10_000).calls.get(CALL_ID)
    assert len(caught.value.body) == 10_000
    assert (
        make_client(max_response_bytes=100_000).calls.get(CALL_ID).additional_properties["metadata"] == big["metadata"]
    )


def test_an_error_response_over_the_limit_keeps_its_status(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    faults.script([rule("GET", "/call/*", {"status": 400, "json": error_body(400, "x" * 50_000)})])
    with pytest.raises(BadRequestError, match="body cut at 1000 bytes") as caught:
        make_client(max_response_bytes=1000).calls.get(CALL_ID)
    assert caught.value.status_code == 400


@pytest.mark.parametrize("limit", [0, -1, True, 1.5])
def test_max_response_bytes_must_be_a_positive_integer(limit: Any) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        VapiClient(API_KEY, max_response_bytes=limit)


# --- the base URL ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("http://[::1", "not a valid URL"),
        ("ftp://api.vapi.ai", "https://"),
        ("api.vapi.ai", "https://"),
        ("https://", "no host"),
        ("https://api.vapi.ai/#frag", "#fragment"),
        ("https://api.vapi.ai/v1?x=1", "?query"),
        ("https://user:hunter2-secret@api.vapi.ai", "credentials"),
        ("http://user:hunter2-secret@[::1", "not a valid URL"),
        ("http://user:hunter2-secret@host:port", "not a valid URL"),
    ],
)
def test_a_base_url_requests_cannot_be_appended_to_is_refused_up_front(base_url: str, reason: str) -> None:
    with pytest.raises(InvalidBaseURLError, match=re.escape(reason)) as caught:
        VapiClient(API_KEY, base_url=base_url)
    assert isinstance(caught.value, ValueError)
    assert "hunter2" not in str(caught.value)


def test_the_base_url_from_the_environment_is_checked_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAPI_BASE_URL", "http://[::1")
    with pytest.raises(InvalidBaseURLError, match="VAPI_BASE_URL"):
        VapiClient(API_KEY)


def test_a_base_url_with_a_path_prefix_keeps_it(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    faults.script([rule("GET", "/gateway/vapi/call/*", {"status": 200, "json": CALL})])
    make_client(base_url=f"{faults.url}/gateway/vapi/").calls.get(CALL_ID)
    assert faults.requests()[0]["path"] == f"/gateway/vapi/call/{CALL_ID}"


# --- query parameters ------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [-5, math.nan, math.inf, 1001])
def test_list_limit_outside_the_spec_range_is_refused(
    faults: Any, make_client: Callable[..., VapiClient], limit: float
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_client().calls.list(limit=limit)
    assert caught.value.path == "limit"
    assert faults.requests() == []


@pytest.mark.parametrize("limit", [0, 1000])
def test_list_limit_bounds_are_accepted(faults: Any, make_client: Callable[..., VapiClient], limit: int) -> None:
    faults.script([rule("GET", "/call", {"status": 200, "json": []})])
    assert make_client().calls.list(limit=limit) == []
    assert faults.requests()[0]["query"] == f"limit={limit}"


# --- the client's own state ------------------------------------------------------------------


def test_a_closed_client_raises_a_typed_error(faults: Any, make_client: Callable[..., VapiClient]) -> None:
    client = make_client()
    client.close()
    with pytest.raises(ClientClosedError) as caught:
        client.calls.get(CALL_ID)
    assert isinstance(caught.value, RuntimeError)
    assert faults.requests() == []


def test_a_closed_async_client_raises_a_typed_error(faults: Any, make_async_client: Callable[..., Any]) -> None:
    async def main() -> None:
        client: AsyncVapiClient = make_async_client()
        async with client:
            pass
        await client.calls.get(CALL_ID)

    with pytest.raises(ClientClosedError):
        asyncio.run(main())


def test_an_async_client_used_from_a_second_event_loop_says_so(
    faults: Any, make_async_client: Callable[..., Any]
) -> None:
    faults.script([rule("GET", "/call/*", {"status": 200, "json": CALL})])
    client: AsyncVapiClient = make_async_client()
    # Closed in its own loop at the end: a pooled connection left open warns (ResourceWarning) when collected.
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(client.calls.get(CALL_ID)).id == CALL_ID
        with pytest.raises(EventLoopMismatchError, match="one client per event loop"):
            asyncio.run(client.calls.get(CALL_ID))
        assert len(faults.requests()) == 1
    finally:
        first.run_until_complete(client.close())
        first.close()


# --- models are values: no shared containers, issues that survive copies ---------------------


def test_to_dict_shares_no_container_with_the_model_or_the_input() -> None:
    given = {"metadata": {"tags": ["a", {"b": 1}]}, "extra": {"k": [1]}}
    model = UpdateCallDTO.from_dict(given)
    out = model.to_dict()
    out["metadata"]["tags"][1]["b"] = 2
    out["metadata"]["tags"].append("c")
    out["extra"]["k"].append(2)
    assert model.to_dict() == given == {"metadata": {"tags": ["a", {"b": 1}]}, "extra": {"k": [1]}}


@pytest.mark.parametrize(
    "duplicate", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))], ids=["copy", "deepcopy", "pickle"]
)
def test_validation_issues_survive_copies(duplicate: Callable[[Any], Any]) -> None:
    call = Call.from_dict({**CALL, "cost": "free"})
    assert call.validation_issues
    again = duplicate(call)
    assert again.validation_issues == call.validation_issues
    assert again.to_dict() == call.to_dict()


# --- likely typos in bodies you build ----------------------------------------------------------


def test_a_field_close_to_a_known_one_warns_with_the_likely_name_and_is_still_sent(
    faults: Any, make_client: Callable[..., VapiClient]
) -> None:
    faults.script([rule("PATCH", "/call/*", {"status": 200, "json": CALL})])
    known = next(iter(SCHEMAS["UpdateCallDTO"]["properties"]))
    typo = known[:-1] + known[-1].upper() if known[-1].islower() else known.lower()
    with pytest.warns(MisspelledFieldWarning, match=f"did you mean {known!r}"):
        make_client().calls.update(CALL_ID, {typo: {"a": 1}})
    assert typo in faults.requests()[0]["body"]


def test_unrelated_unknown_fields_and_lenient_parsing_never_warn(recwarn: pytest.WarningsRecorder) -> None:
    UpdateCallDTO.from_dict({"aBrandNewField": 1}, strict=True)
    known = next(iter(SCHEMAS["UpdateCallDTO"]["properties"]))
    UpdateCallDTO.from_dict({known.upper(): 1})  # what the server sends is never second-guessed
    assert not [w for w in recwarn if issubclass(w.category, MisspelledFieldWarning)]


def test_a_closed_http_client_of_the_callers_is_named(faults: Any) -> None:
    http = httpx.Client()
    client = VapiClient(API_KEY, base_url=faults.url, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match="the http_client given to this VapiClient is closed"):
        client.calls.get(CALL_ID)


def test_a_create_that_never_connected_says_no_call_was_placed(
    closed_port_url: str, make_client: Callable[..., VapiClient]
) -> None:
    with pytest.raises(APIConnectionError, match="the call was not placed: the request never reached Vapi"):
        make_client(base_url=closed_port_url).calls.create_phone_call(MINIMAL_PHONE_CALL)
    with pytest.raises(APIConnectionError) as caught:
        make_client(base_url=closed_port_url).calls.get(CALL_ID)
    assert "placed" not in str(caught.value)
