"""Every public method of `client.calls`, sync and async, found by introspection, against hostile answers.

Each method goes through the one send path (`_send`) whatever it does: operations, list pages, both hops
of a download, the reconciliation of a create. Against a 404, a 5xx, a refused connection, a truncated
body and redirects to a second host, each raises a `VapiError`, and no secret appears in the error (repr,
str, `__dict__`, pickle, cause chain, request/response copies), in the debug logs, or on the second host.

The secrets: the API key, a credential in `extra_headers`, the httpx `auth=` and a cookie of a supplied
`http_client`, and the signature of the presigned URL.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import logging
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from vapi_client import ReconcilePolicy, VapiError
from vapi_client._resources import AsyncCallsResource, CallsResource

from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, CALL, FAST

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # the seed-era methods, on purpose

EXTRA_HEADERS = {"X-Tenant-Token": "xtok-SECRET-5150-abcdef"}
BASIC_USER, BASIC_PASSWORD = "gateway-user", "basic-pw-SECRET-8080"
BASIC_HEADER = base64.b64encode(f"{BASIC_USER}:{BASIC_PASSWORD}".encode()).decode()
COOKIE = "cookie-SECRET-31337-xyz"
SIGNATURE = "presig-SECRET-2718281828"
SECRETS = (API_KEY, EXTRA_HEADERS["X-Tenant-Token"], BASIC_PASSWORD, BASIC_HEADER, COOKIE, SIGNATURE)
#: Request headers that must never reach another host than the API's.
CREDENTIAL_HEADERS = ("authorization", "cookie", "x-tenant-token", "proxy-authorization")

#: Every public method of the resource, so a new one is covered without editing this file.
METHODS = sorted(
    name for name, member in inspect.getmembers(CallsResource) if not name.startswith("_") and callable(member)
)
#: Keyword arguments a method needs beyond those its signature can supply (see `arguments`).
BODIES: dict[str, dict[str, Any]] = {
    "create": {"assistant_id": "asst_1", "phone_number_id": "pn_1", "customer": {"number": "+14155550123"}},
    "create_phone_call": {"assistant_id": "asst_1", "phone_number_id": "pn_1", "customer": {"number": "+14155550123"}},
    "create_web_call": {"assistant_id": "asst_1"},
    "update": {"name": "follow-up"},
}


def rule(path: str, *responses: dict[str, Any], method: str = "*") -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def echo(status: int) -> dict[str, Any]:
    """An error body that echoes every secret the API host was sent, as a careless server or proxy might."""
    message = " ".join(f"saw {secret}" for secret in SECRETS if secret != SIGNATURE)
    return {"status": status, "json": {"message": message, "statusCode": status}}


def presigned(storage: Any) -> str:
    return f"{storage if isinstance(storage, str) else storage.url}/bucket/c1.wav?X-Amz-Expires=60&X-Amz-Signature={SIGNATURE}"


Plan = Callable[[Any, str], tuple[list[dict[str, Any]], list[dict[str, Any]]] | None]
#: fault -> how to script the API host and the second host, given the second host and a URL where nothing
#: listens (None: the API host itself refuses connections).
FAULTS: dict[str, Plan] = {
    "404": lambda storage, closed: ([rule("/*", echo(404))], []),
    "5xx": lambda storage, closed: ([rule("/*", echo(503))], []),
    "connect-refused": lambda storage, closed: None,
    "truncated-body": lambda storage, closed: (
        [rule("/*", {"status": 200, "json": [CALL] * 3, "cut_at": 40, "headers": {"Content-Type": "x"}})],
        [],
    ),
    "redirect-loop": lambda storage, closed: (
        [rule("/*", {"status": 302, "headers": {"Location": presigned(storage)}})],
        [rule("/bucket/*", {"status": 302, "headers": {"Location": presigned(storage)}})],
    ),
    "redirect-then-403": lambda storage, closed: (
        [rule("/*", {"status": 302, "headers": {"Location": presigned(storage)}})],
        [rule("/bucket/*", {"status": 403, "body": f"<Error><Signature>{SIGNATURE}</Signature></Error>"})],
    ),
    "redirect-then-truncated": lambda storage, closed: (
        [rule("/*", {"status": 302, "headers": {"Location": presigned(storage)}})],
        [rule("/bucket/*", {"status": 200, "body": "RIFF" * 100, "cut_at": 10})],
    ),
    "redirect-then-refused": lambda storage, closed: (
        [rule("/*", {"status": 302, "headers": {"Location": presigned(closed)}})],
        [],
    ),
}


def arguments(resource: type, name: str, tmp_path: Path) -> dict[str, Any]:
    """Arguments for `resource.name`: its required parameters from its signature, a body where needed."""
    given: dict[str, Any] = {**BODIES.get(name, {}), "extra_headers": EXTRA_HEADERS}
    for parameter in inspect.signature(getattr(resource, name)).parameters.values():
        if parameter.name == "self" or parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        given[parameter.name] = {"id": "c1", "to": tmp_path / "artifact.bin"}[parameter.name]
    return given


def secret_free_texts(error: BaseException) -> Iterator[str]:
    """Every rendering of the error and of its chain a user might keep, log or ship."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield from (str(current), repr(current), repr(vars(current)))
        yield pickle.dumps(current).decode("utf-8", "replace")
        for attribute in ("request", "response"):
            try:
                value = getattr(current, attribute, None)
            except RuntimeError:  # an httpx error raised before a request was attached
                value = None
            if isinstance(value, httpx.Request):
                yield from (str(value.url), repr(value.headers), value.content.decode("utf-8", "replace"))
            elif isinstance(value, httpx.Response):
                yield from (repr(value.headers), value.content.decode("utf-8", "replace"))
            if value is not None:
                yield pickle.dumps(value).decode("utf-8", "replace")
        pending += [current.__cause__, current.__context__]


def check(error: BaseException, logs: str, storage: Any) -> None:
    assert isinstance(error, VapiError), repr(error)
    for text in [*secret_free_texts(error), logs]:
        for secret in SECRETS:
            assert secret not in text
    for request in storage.requests():
        for header in CREDENTIAL_HEADERS:
            assert header not in request["headers"], request


@pytest.fixture
def scripted(
    faults: Any, second_host: Any, closed_port_url: str, request: pytest.FixtureRequest
) -> tuple[str, Any, Any]:
    """(base_url, API host, second host) scripted for the fault named by the test's `fault` parameter."""
    plan = FAULTS[request.node.callspec.params["fault"]](second_host, closed_port_url)
    if plan is None:
        return closed_port_url, faults, second_host
    api_rules, storage_rules = plan
    faults.script(api_rules)
    second_host.script(storage_rules)
    return faults.url, faults, second_host


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> pytest.LogCaptureFixture:
    monkeypatch.setenv("VAPI_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="vapi_client")
    return caplog


def client_options(base_url: str) -> dict[str, Any]:
    # A lookup window of zero: a create with an unknown outcome is reconciled once, through the same path.
    return {
        "api_key": API_KEY,
        "base_url": base_url,
        "max_retries": 1,
        "reconcile": ReconcilePolicy(window=0.0),
    }


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("method", METHODS)
def test_every_sync_method_fails_typed_and_leaks_nothing(
    method: str, fault: str, scripted: tuple[str, Any, Any], debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    base_url, api, storage = scripted
    http = httpx.Client(auth=(BASIC_USER, BASIC_PASSWORD), cookies={"session": COOKIE})
    from vapi_client import VapiClient

    with http, VapiClient(**client_options(base_url), http_client=http) as client:
        client._retry_policy = FAST
        client._sleep = lambda _seconds: None
        call = getattr(client.calls, method)
        with pytest.raises(Exception) as caught:
            result = call(**arguments(CallsResource, method, tmp_path))
            if inspect.isgenerator(result):
                list(result)
    check(caught.value, debug_logs.text, storage)
    if base_url == api.url:
        assert api.requests(), "the request must reach the server, not fail before it"
    assert not any(path.name.startswith(".artifact") for path in tmp_path.iterdir()), "a temporary file was left"


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("method", METHODS)
def test_every_async_method_fails_typed_and_leaks_nothing(
    method: str, fault: str, scripted: tuple[str, Any, Any], debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    base_url, api, storage = scripted
    from vapi_client import AsyncVapiClient

    async def run() -> BaseException:
        http = httpx.AsyncClient(auth=(BASIC_USER, BASIC_PASSWORD), cookies={"session": COOKIE})
        async with http, AsyncVapiClient(**client_options(base_url), http_client=http) as client:
            client._retry_policy = FAST

            async def no_wait(_seconds: float) -> None:
                return None

            client._sleep = no_wait
            call = getattr(client.calls, method)
            try:
                result = call(**arguments(AsyncCallsResource, method, tmp_path))
                if inspect.isasyncgen(result):
                    [item async for item in result]
                else:
                    await result
            except Exception as error:
                return error
        raise AssertionError(f"{method} did not fail on {fault}")

    check(asyncio.run(run()), debug_logs.text, storage)
    if base_url == api.url:
        assert api.requests(), "the request must reach the server, not fail before it"


def test_the_async_resource_has_the_same_public_methods() -> None:
    methods = sorted(
        name for name, member in inspect.getmembers(AsyncCallsResource) if not name.startswith("_") and callable(member)
    )
    assert methods == METHODS


def test_the_credentials_do_reach_the_api_host(faults: Any, second_host: Any, tmp_path: Path) -> None:
    """The secrets above are real: sent to the API host (so the tests above prove they stop there)."""
    from vapi_client import VapiClient

    faults.script([rule("/*", {"status": 302, "headers": {"Location": presigned(second_host)}})])
    second_host.script([rule("/bucket/*", {"status": 200, "body": "RIFF"})])
    http = httpx.Client(auth=(BASIC_USER, BASIC_PASSWORD), cookies={"session": COOKIE})
    with http, VapiClient(**client_options(faults.url), http_client=http) as client:
        assert client.calls.download_stereo_recording("c1", tmp_path / "a.wav", extra_headers=EXTRA_HEADERS) == 4
    [sent] = faults.requests()
    assert sent["headers"]["authorization"] == f"Basic {BASIC_HEADER}"
    assert sent["headers"]["x-tenant-token"] == EXTRA_HEADERS["X-Tenant-Token"]
    assert COOKIE in sent["headers"]["cookie"]
    [fetched] = second_host.requests()
    assert SIGNATURE in fetched["query"]
    assert not set(CREDENTIAL_HEADERS) & set(fetched["headers"])


def test_reconciliation_lookups_carry_the_creates_own_headers(faults: Any) -> None:
    """A lookup is sent like the create it resolves (a gateway may need the same headers)."""
    from vapi_client import CallCreationUncertainError, VapiClient

    faults.script(
        [
            rule("/call", {"status": 503, "json": {"message": "busy"}}, method="POST"),
            rule("/call", {"status": 200, "json": []}),
        ]
    )
    with VapiClient(**client_options(faults.url)) as client:
        client._retry_policy = FAST
        client._sleep = lambda _seconds: None
        with pytest.raises(CallCreationUncertainError):
            client.calls.create(**BODIES["create"], extra_headers=EXTRA_HEADERS)
    lookups = [r for r in faults.requests() if r["method"] == "GET"]
    assert lookups and all(r["headers"]["x-tenant-token"] == EXTRA_HEADERS["X-Tenant-Token"] for r in lookups)


def test_a_storage_error_keeps_the_url_without_its_signature(faults: Any, second_host: Any, tmp_path: Path) -> None:
    from vapi_client import PermissionDeniedError, VapiClient

    faults.script([rule("/*", {"status": 302, "headers": {"Location": presigned(second_host)}})])
    second_host.script([rule("/bucket/*", {"status": 403, "body": f"<Error>{SIGNATURE}</Error>"})])
    with VapiClient(**client_options(faults.url)) as client, pytest.raises(PermissionDeniedError) as caught:
        client.calls.download_mono_recording("c1", tmp_path / "a.wav")
    error = caught.value
    assert str(error.request.url) == f"{second_host.url}/bucket/c1.wav"  # what debugging needs, no query
    assert error.response.content == b"<Error>***</Error>"
    assert "storage host" in str(error) and SIGNATURE not in str(error)


def test_only_the_send_path_sends_and_reconciliation_does_not_import_the_client() -> None:
    """One send path per flavour: no other module of the package calls httpx's send."""
    import vapi_client

    package = Path(vapi_client.__file__).parent
    senders = sorted(path.name for path in package.rglob("*.py") if ".send(request" in path.read_text("utf-8"))
    assert senders == ["_transport.py"]
    reconcile = (package / "_operations" / "_reconcile.py").read_text("utf-8")
    assert "from ._client" not in reconcile and "import _client" not in reconcile
