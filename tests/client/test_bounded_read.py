"""The bounded read: a body known to fit is read into the response itself (one response per request,
no copy); a compressed body is never trusted by its Content-Length, since it may decode to far more."""

from __future__ import annotations

import gzip
from typing import Any

import httpx
import pytest
from vapi_client import ResponseValidationError, VapiClient
from vapi_client._http._bounded_read import read, truncated_at

from tests.client.conftest import API_KEY


def streamed(content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=content)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        return http.send(http.build_request("GET", "http://api.test/call"), stream=True)


def test_a_body_that_fits_is_read_into_the_same_response() -> None:
    response = streamed(b"[]")
    assert read(response, 100) is response and response.content == b"[]" and truncated_at(response) is None


def test_a_body_over_the_limit_is_cut() -> None:
    response = read(streamed(b"x" * 500), 100)
    assert response.content == b"x" * 100 and truncated_at(response) == 100


def test_a_compressed_body_is_bounded_by_what_it_decodes_to() -> None:
    bomb = gzip.compress(b"[" + b"0," * 50_000 + b"0]")
    assert len(bomb) < 1000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=bomb)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with http, VapiClient(api_key=API_KEY, http_client=http, max_response_bytes=1000) as client:
        with pytest.raises(ResponseValidationError, match="larger than 1000 bytes") as caught:
            client.calls.list()
    error: Any = caught.value
    assert len(error.body) == 1000


def test_a_compressed_body_that_fits_is_read_into_the_same_response() -> None:
    body = b'{"id": "c1"}' * 100
    response = streamed(gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert read(response, 10_000) is response and response.content == body and truncated_at(response) is None


def test_a_cut_body_stays_in_the_same_response() -> None:
    response = streamed(gzip.compress(b"x" * 5000), headers={"Content-Encoding": "gzip"})
    assert read(response, 100) is response and response.content == b"x" * 100 and truncated_at(response) == 100
