"""A multipart/form-data body (`files.create(file=...)` in a widened build) from a method's keywords: what
`_request._multipart` makes of each kind of file input and form field, and the body httpx then sends.
The Calls selection has no upload: tests/spec/test_widen_selection.py uploads to the fault server."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from vapi_client import ValidationError
from vapi_client._operations._request import _multipart
from vapi_client.models import AnalysisCostAnalysisType

# As `_spec.OPERATIONS` records the body of `POST /file`: keyword -> (JSON name, part, required).
PARTS: dict[str, Any] = {
    "file": ("file", "file", True),
    "attachments": ("attachments", "files", False),
    "purpose": ("purpose", ("enum", "CreateFileDTOPurpose"), False),
    "size": ("size", ("integer", {}), False),
    "meta": ("metadata", ("object",), False),
}


class Pipe(io.RawIOBase):
    """A stream that cannot seek (a pipe): read once."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data


def sent(**given: Any) -> tuple[dict[str, str], list[tuple[str, Any]], bytes]:
    data, files = _multipart(PARTS, given)
    request = httpx.Request("POST", "http://x/file", data=data, files=files)
    return data, files, request.read()


def test_bytes_a_named_file_and_a_tuple_become_file_parts_beside_text_fields() -> None:
    named = io.BytesIO(b"from a file")
    named.name = "/some/dir/notes.txt"
    data, files, body = sent(
        file=("logo.png", b"\x89PNG\r\n", "image/png"),
        attachments=[b"raw", named],
        purpose=AnalysisCostAnalysisType("model"),
        size=3,
        meta={"a": [1]},
    )
    assert data == {"purpose": "model", "size": "3", "metadata": '{"a": [1]}'}
    assert [(name, part[0], part[2]) for name, part in files] == [
        ("file", "logo.png", "image/png"),
        ("attachments", "upload", None),
        ("attachments", "notes.txt", None),
    ]
    assert b'name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n' in body
    assert b'filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nfrom a file' in body


def test_a_stream_that_cannot_seek_is_read_once_so_a_retry_sends_the_same_bytes() -> None:
    _, files, _ = sent(file=Pipe(b"piped"))
    assert files == [("file", ("upload", b"piped", None))]


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ({}, "is required"),
        ({"file": io.StringIO("text")}, "binary mode"),
        ({"file": "a path?"}, "expected bytes"),
        ({"file": ("name",)}, "file name"),
        ({"file": (b"name", b"x")}, "file name"),
        ({"file": b"x", "attachments": b"y"}, "a list of files"),
        ({"file": b"x", "size": 1.5}, "integer"),
    ],
)
def test_what_cannot_be_sent_is_refused_naming_the_argument(given: dict[str, Any], says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        _multipart(PARTS, given)
