"""Bounded means bounded across stacked encodings (issue 25, finding 2): a small body gzipped twice that
decodes to far more than `max_response_bytes` is counted as it is decoded, on the success, error and
download paths, so memory stays near the limit and the error says the body was too large."""

from __future__ import annotations

import base64
import gzip
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from vapi_client import APIConnectionError, APIStatusError, ResponseValidationError, VapiClient
from vapi_client._http._decoding import PIECE, Decoder

from tests._servers.processes import FaultServer
from tests.client.conftest import API_KEY

DECODED = 64 * 1024 * 1024  # what the bomb decodes to: 64 MiB of JSON-looking bytes
LIMIT = 1024 * 1024


def _gzip_stream(total: int) -> bytes:
    """gzip of `total` bytes without holding them: compressed a MiB at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"0," * (512 * 1024)
    parts = [packer.compress(b"[")]
    parts += [packer.compress(block) for _ in range(total // len(block))]
    parts.append(packer.compress(b"0]") + packer.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    twice = gzip.compress(_gzip_stream(DECODED), 9)
    assert len(twice) < 200_000  # small on the wire
    return twice


def _peak(run: Any) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_each_stage_hands_on_bounded_pieces(bomb: bytes) -> None:
    decoder = Decoder("gzip, gzip")
    total = 0
    for piece in decoder.feed(bomb):
        assert len(piece) <= PIECE
        total += len(piece)
        if total > 3 * PIECE:
            break
    assert total > 3 * PIECE


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, " * 5 + "gzip"])
def test_an_encoding_the_client_cannot_bound_is_refused(encoding: str) -> None:
    with pytest.raises(httpx.DecodingError):
        Decoder(encoding)


def test_the_client_asks_only_for_what_it_bounds(faults: FaultServer) -> None:
    faults.script([{"method": "GET", "path": "/call", "responses": [{"status": 200, "json": []}]}])
    with VapiClient(api_key=API_KEY, base_url=faults.url, reconcile=None) as client:
        client.calls.list()
    assert faults.requests()[0]["headers"]["accept-encoding"] == "gzip, deflate"


def _bomb_rule(path: str, status: int, bomb: bytes) -> dict[str, Any]:
    body = base64.b64encode(bomb).decode()
    action = {"status": status, "body_base64": body, "headers": {"Content-Encoding": "gzip, gzip"}}
    return {"method": "GET", "path": path, "responses": [action]}


def _serve(faults: FaultServer, path: str, status: int, bomb: bytes) -> None:
    faults.script([_bomb_rule(path, status, bomb)])


def test_a_success_body_gzipped_twice_stops_at_the_limit(faults: FaultServer, bomb: bytes) -> None:
    _serve(faults, "/call", 200, bomb)
    caught: list[ResponseValidationError] = []

    def run() -> None:
        with VapiClient(api_key=API_KEY, base_url=faults.url, max_response_bytes=LIMIT) as client:
            with pytest.raises(ResponseValidationError, match=f"larger than {LIMIT} bytes") as error:
                client.calls.list()
            caught.append(error.value)

    peak = _peak(run)
    assert peak < 8 * LIMIT, f"peak {peak} bytes for a {LIMIT}-byte limit"
    assert len(caught) == 1


def test_an_error_body_gzipped_twice_stops_at_the_limit(faults: FaultServer, bomb: bytes) -> None:
    _serve(faults, "/call", 500, bomb)

    def run() -> None:
        with VapiClient(api_key=API_KEY, base_url=faults.url, max_response_bytes=LIMIT, max_retries=0) as client:
            with pytest.raises(APIStatusError) as error:
                client.calls.list()
            assert len(error.value.response.content) <= LIMIT

    assert _peak(run) < 8 * LIMIT


def test_a_download_gzipped_twice_streams_in_bounded_pieces(faults: FaultServer, bomb: bytes, tmp_path: Path) -> None:
    presign = {"status": 302, "headers": {"Location": f"{faults.url}/bucket/c1.wav"}}
    faults.script(
        [
            {"method": "GET", "path": "/call/c1/mono-recording", "responses": [presign]},
            _bomb_rule("/bucket/c1.wav", 200, bomb),
        ]
    )
    target = tmp_path / "c1.wav"

    def run() -> None:
        with VapiClient(api_key=API_KEY, base_url=faults.url) as client:
            try:
                written = client.calls.download_mono_recording("c1", target)
            except APIConnectionError:  # a client that refuses the stack outright is bounded too
                return
            assert written == target.stat().st_size

    assert _peak(run) < 8 * LIMIT
