"""Downloads: a target that cannot be written is refused before anything is sent, the temporary file is
written beside the target, a body that breaks off is a typed error, and an error body is read no further
than `max_response_bytes`."""

from __future__ import annotations

import asyncio
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vapi_client import APIConnectionError, AsyncVapiClient, NotFoundError, ValidationError, VapiClient
from vapi_client._operations._atomic_write import atomic_write

MakeClient = Callable[..., VapiClient]


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


@pytest.mark.parametrize("where", ["directory", "no-parent"])
def test_an_unwritable_target_is_refused_before_the_request(
    faults: Any, make_client: MakeClient, make_async_client: Callable[..., AsyncVapiClient], tmp_path: Path, where: str
) -> None:
    target = tmp_path if where == "directory" else tmp_path / "missing" / "call.wav"
    with pytest.raises(ValidationError, match="directory") as caught:
        make_client().calls.download_stereo_recording("c1", target)
    assert caught.value.path == "to"

    async def run() -> None:
        async with make_async_client() as client:
            await client.calls.download_stereo_recording("c1", target)

    with pytest.raises(ValidationError, match="directory"):
        asyncio.run(run())
    assert faults.requests() == []


def test_the_temporary_file_is_beside_the_target_and_gone_after(tmp_path: Path) -> None:
    target = tmp_path / "call.wav"
    with atomic_write(target) as out:
        out.write(b"RIFF")
        [temporary] = [path for path in tmp_path.iterdir()]
        assert temporary.name.startswith(".call.wav.") and not target.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["call.wav"] and target.read_bytes() == b"RIFF"
    with pytest.raises(OSError), atomic_write(target) as out:
        out.write(b"half")
        raise OSError("disk full")
    assert [path.name for path in tmp_path.iterdir()] == ["call.wav"] and target.read_bytes() == b"RIFF"


def test_a_body_that_breaks_off_is_a_typed_error_and_leaves_no_file(
    faults: Any, make_client: MakeClient, make_async_client: Callable[..., AsyncVapiClient], tmp_path: Path
) -> None:
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "pcap" * 100, "cut_at": 7})])
    with pytest.raises(APIConnectionError, match="ended early"):
        make_client().calls.download_pcap("c1", tmp_path / "c1.pcap")
    assert list(tmp_path.iterdir()) == []

    async def run() -> None:
        async with make_async_client() as client:
            await client.calls.download_pcap("c1", io.BytesIO())

    with pytest.raises(APIConnectionError, match="ended early"):
        asyncio.run(run())
    assert len(faults.requests()) == 2  # not retried: part of the body was already handed on


def test_a_download_error_body_is_read_no_further_than_max_response_bytes(
    faults: Any, make_client: MakeClient, tmp_path: Path
) -> None:
    faults.script([rule("GET", "/call/c1/call-logs", {"status": 404, "body": "x" * 5000})])
    with pytest.raises(NotFoundError, match="body cut at 100 bytes") as caught:
        make_client(max_response_bytes=100).calls.download_call_logs("c1", tmp_path / "logs.txt")
    assert caught.value.response.content == b"x" * 100


# --- only regular files are replaced (issue 25, finding 7) ------------------------------------


@pytest.mark.parametrize("kind", ["device", "fifo", "symlink", "dangling-symlink"])
def test_only_a_regular_file_is_replaced_and_it_is_checked_before_sending(
    faults: Any, make_client: MakeClient, tmp_path: Path, kind: str
) -> None:
    if kind == "device":
        target = Path("/dev/null")
    elif kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    else:
        (tmp_path / "real.wav").write_bytes(b"kept")
        target = tmp_path / "link.wav"
        target.symlink_to(tmp_path / ("real.wav" if kind == "symlink" else "missing.wav"))
    before = target.lstat()
    with pytest.raises(ValidationError, match="regular file|symbolic link") as caught:
        make_client().calls.download_pcap("c1", target)
    assert caught.value.path == "to"
    assert faults.requests() == []
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


def test_an_existing_file_keeps_its_mode(faults: Any, make_client: MakeClient, tmp_path: Path) -> None:
    target = tmp_path / "c1.pcap"
    target.write_bytes(b"old")
    target.chmod(0o644)
    faults.script([rule("GET", "/call/c1/pcap", {"status": 200, "body": "new"})])
    assert make_client().calls.download_pcap("c1", target) == 3
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_target_replaced_by_a_symlink_while_downloading_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "c1.pcap"
    with pytest.raises(ValidationError, match="symbolic link"), atomic_write(target) as out:
        out.write(b"body")
        target.symlink_to(tmp_path / "elsewhere")
    assert target.is_symlink() and not (tmp_path / "elsewhere").exists()
    assert [path.name for path in tmp_path.iterdir()] == ["c1.pcap"]
