"""Every failure is a `VapiError` (issue 25, finding 5): an answer httpx cannot follow, a port no socket takes,
a body integer too long to write and a download target that cannot be written end in typed errors, nothing is
sent twice, and a create that was sent carries its request id."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vapi_client import (
    APIConnectionError,
    APIStatusError,
    AsyncVapiClient,
    CallCreationUncertainError,
    DownloadWriteError,
    InvalidBaseURLError,
    ReconcilePolicy,
    ValidationError,
    VapiClient,
)

from tests.client.conftest import API_KEY, methods

MakeClient = Callable[..., VapiClient]
MakeAsync = Callable[..., AsyncVapiClient]
CREATE = {"assistant_id": "asst-1", "customer": {"number": "+15555550100"}}
QUICK = ReconcilePolicy(window=0.05, interval=0.01)


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def redirect(to: str) -> dict[str, Any]:
    return {"status": 307, "headers": {"Location": to}}


def test_a_create_answered_with_an_unusable_redirect_is_uncertain_with_its_request_id(
    faults: Any, make_client: MakeClient
) -> None:
    faults.script([rule("POST", "/call", redirect("mailto:ops@example.com")), rule("GET", "/call", {"calls": []})])
    with pytest.raises(CallCreationUncertainError) as caught:
        make_client(reconcile=QUICK).calls.create(**CREATE)
    assert caught.value.request_id
    sent = faults.requests()
    assert methods(sent).count("POST /call") == 1
    assert caught.value.request_id in sent[0]["body"]


def test_a_create_answered_with_an_unusable_redirect_async(faults: Any, make_async_client: MakeAsync) -> None:
    faults.script([rule("POST", "/call", redirect("mailto:ops@example.com")), rule("GET", "/call", {"calls": []})])

    async def run() -> None:
        async with make_async_client(reconcile=QUICK) as client:
            await client.calls.create(**CREATE)

    with pytest.raises(CallCreationUncertainError) as caught:
        asyncio.run(run())
    assert caught.value.request_id
    assert methods(faults.requests()).count("POST /call") == 1


@pytest.mark.parametrize("location", ["mailto:ops@example.com", "http://127.0.0.1:99999/file?sig=0123456789abcdef"])
def test_a_download_redirected_where_nothing_can_be_fetched_is_typed(
    faults: Any, make_client: MakeClient, make_async_client: MakeAsync, tmp_path: Path, location: str
) -> None:
    faults.script([rule("GET", "/call/c1/pcap", redirect(location))])
    with pytest.raises((APIConnectionError, APIStatusError)) as caught:
        make_client().calls.download_pcap("c1", tmp_path / "c1.pcap")
    assert "check base_url" not in str(caught.value) and "0123456789abcdef" not in str(caught.value)
    assert methods(faults.requests()) == ["GET /call/c1/pcap"]
    faults.reset()
    faults.script([rule("GET", "/call/c1/pcap", redirect(location))])

    async def run() -> None:
        async with make_async_client() as client:
            await client.calls.download_pcap("c1", tmp_path / "c1.pcap")

    with pytest.raises((APIConnectionError, APIStatusError)):  # not an ExceptionGroup holding an OverflowError
        asyncio.run(run())
    assert methods(faults.requests()) == ["GET /call/c1/pcap"]
    assert not (tmp_path / "c1.pcap").exists()


@pytest.mark.parametrize("port", ["0", "65536", "99999"])
def test_a_base_url_port_no_socket_takes_is_refused(port: str) -> None:
    with pytest.raises(InvalidBaseURLError, match="port"):
        VapiClient(api_key=API_KEY, base_url=f"http://127.0.0.1:{port}")


def test_an_integer_too_long_to_write_is_refused_before_sending(faults: Any, make_client: MakeClient) -> None:
    with pytest.raises(ValidationError) as caught:
        make_client().calls.create(**CREATE, assistant_overrides={"metadata": {"n": 10**5000}})
    assert caught.value.path == "assistantOverrides.metadata.n"
    assert faults.requests() == []


def test_a_target_name_too_long_is_refused_before_sending(faults: Any, make_client: MakeClient, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="(?i)too long"):
        make_client().calls.download_pcap("c1", tmp_path / ("a" * 300))
    assert faults.requests() == []


def test_a_long_target_name_gets_a_short_temporary_name(faults: Any, make_client: MakeClient, tmp_path: Path) -> None:
    target = tmp_path / ("a" * (os.pathconf(tmp_path, "PC_NAME_MAX") - 2))
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "pcap"})])
    assert make_client().calls.download_pcap("c1", target) == 4
    assert target.read_bytes() == b"pcap"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only directory")
def test_an_unwritable_folder_is_refused_before_sending(faults: Any, make_client: MakeClient, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o555)
    with pytest.raises(ValidationError, match="not writable"):
        make_client().calls.download_pcap("c1", folder / "c1.pcap")
    assert faults.requests() == []


def test_a_write_that_fails_after_sending_is_typed(
    faults: Any, make_client: MakeClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "pcap"})])
    with pytest.raises(DownloadWriteError, match="No space left") as caught:
        make_client().calls.download_pcap("c1", tmp_path / "c1.pcap")
    assert isinstance(caught.value, OSError)
    assert methods(faults.requests()) == ["GET /call/c1/pcap"]
    assert list(tmp_path.iterdir()) == []
