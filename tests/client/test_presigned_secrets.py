"""A presigned URL's signature and password, the API key and the body's credentials reach no log record (httpx's
and httpcore's included), no error message and no local variable of the frames an error carries out of the
client, which error trackers record (issue 25, finding 8)."""

from __future__ import annotations

import asyncio
import logging
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from vapi_client import (
    APIConnectionError,
    AsyncVapiClient,
    CallCreationUncertainError,
    PermissionDeniedError,
    VapiClient,
    VapiError,
)

from tests._servers.processes import FaultServer
from tests._warnings import SEED_ERA
from tests.client.conftest import API_KEY, MINIMAL_PHONE_CALL

pytestmark = pytest.mark.filterwarnings(SEED_ERA)  # create_phone_call, the seed-era method, on purpose

SIGNATURE = "sig-SECRET-0123456789abcdef"
PASSWORD = "pa55word-SECRET-4242"
TWILIO_TOKEN = "twilio-token-SECRET-7777"
SECRETS = (SIGNATURE, PASSWORD, TWILIO_TOKEN, API_KEY)
BODY = {
    **MINIMAL_PHONE_CALL,
    "phoneNumber": {"twilioPhoneNumber": "+14155550100", "twilioAccountSid": "AC123", "twilioAuthToken": TWILIO_TOKEN},
}


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


@pytest.fixture
def storage() -> Iterator[FaultServer]:
    with FaultServer.start() as server:  # another port: another origin
        yield server


def script_presigned(faults: Any, storage: Any, answer: dict[str, Any]) -> None:
    """The API redirects to the storage host with a signature and a password; the storage host says `answer`."""
    host = storage.url.removeprefix("http://")
    location = f"http://reader:{PASSWORD}@{host}/bucket/c1.wav?X-Amz-Signature={SIGNATURE}&X-Amz-Expires=300"
    faults.script([rule("GET", "/call/c1/stereo-recording", {"status": 302, "headers": {"Location": location}})])
    storage.script([rule("GET", "/bucket/c1.wav", answer)])


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


# --- logs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [{"status": 200, "body": "RIFF"}, {"status": 403, "body": "denied"}])
def test_httpx_and_httpcore_records_hold_no_signature_or_password(
    faults: Any,
    storage: Any,
    make_client: Callable[..., VapiClient],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    answer: dict[str, Any],
) -> None:
    caplog.set_level(logging.DEBUG)  # as logging.basicConfig(level=logging.DEBUG) would: every logger
    script_presigned(faults, storage, answer)
    try:
        make_client().calls.download_stereo_recording("c1", tmp_path / "c1.wav")
    except PermissionDeniedError as error:
        assert_no_secret(str(error))
    names = {record.name for record in caplog.records}
    assert "httpx" in names and "httpcore.http11" in names  # they did log the requests
    for record in caplog.records:
        assert_no_secret(record.getMessage())


# --- messages ------------------------------------------------------------------------------------


def test_a_presigned_password_is_in_no_error_message(
    faults: Any, storage: Any, make_client: Callable[..., VapiClient], tmp_path: Path
) -> None:
    script_presigned(faults, storage, {"close": "before_body"})
    with pytest.raises(APIConnectionError) as caught:
        make_client().calls.download_stereo_recording("c1", tmp_path / "c1.wav")
    error: BaseException | None = caught.value
    while error is not None:
        assert_no_secret(str(error))
        request = getattr(error, "request", None)
        assert request is None or (PASSWORD not in str(request.url) and SIGNATURE not in str(request.url))
        error = error.__cause__


# --- frames --------------------------------------------------------------------------------------


def frames(error: BaseException) -> Iterator[types.FrameType]:
    """Every frame of `error`'s traceback and of the errors it chains, as an error tracker walks them."""
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback = current.__traceback__
        while traceback is not None:
            yield traceback.tb_frame
            traceback = traceback.tb_next
        pending += [current.__cause__, current.__context__]


def assert_no_secret_in_frames(error: BaseException, *, arguments_of: str | None = None) -> None:
    """No local of any frame shows a secret in its repr. `arguments_of`: the method the test called, whose
    frame holds the arguments the caller passed (the caller holds them too)."""
    walked = 0
    for frame in frames(error):
        if frame.f_code.co_name == arguments_of or frame.f_code.co_filename == __file__:
            continue
        walked += 1
        for name, value in frame.f_locals.items():
            shown = repr(value)
            for secret in SECRETS:
                assert secret not in shown, f"{frame.f_code.co_name}() in {frame.f_code.co_filename}: {name}"
    assert walked >= 3  # the send path's frames were walked


def download_failure(make: Callable[[], Any], target: Path) -> VapiError:
    try:
        make().calls.download_stereo_recording("c1", target)
    except VapiError as error:
        return error
    raise AssertionError("the download did not fail")


@pytest.mark.parametrize("answer", [{"status": 403, "body": "denied"}, {"close": "before_body"}])
def test_the_frames_of_a_failed_download_hold_no_presigned_request(
    faults: Any, storage: Any, make_client: Callable[..., VapiClient], tmp_path: Path, answer: dict[str, Any]
) -> None:
    script_presigned(faults, storage, answer)
    assert_no_secret_in_frames(download_failure(make_client, tmp_path / "c1.wav"))


def test_the_frames_of_a_failed_async_download_hold_no_presigned_request(
    faults: Any, storage: Any, make_async_client: Callable[..., AsyncVapiClient], tmp_path: Path
) -> None:
    script_presigned(faults, storage, {"status": 403, "body": "denied"})

    async def run() -> VapiError:
        async with make_async_client() as client:
            try:
                await client.calls.download_stereo_recording("c1", tmp_path / "c1.wav")
            except VapiError as error:
                return error
        raise AssertionError("the download did not fail")

    assert_no_secret_in_frames(asyncio.run(run()))


@pytest.mark.parametrize("action", [{"close": "after_body"}, {"status": 500, "json": {"message": "down"}}])
def test_the_frames_of_a_failed_create_hold_no_body_credential_or_api_key(
    faults: Any, make_client: Callable[..., VapiClient], action: dict[str, Any]
) -> None:
    faults.script([rule("POST", "/call/phone", action)])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client().calls.create_phone_call(BODY)
    assert_no_secret_in_frames(caught.value, arguments_of="create_phone_call")
