"""openapi-python-client's `File` and `Response` (re-exported by `types`), imported on first use."""

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import BinaryIO, Generic, TypeVar

from attrs import define

T = TypeVar("T")


@define
class File:
    """Contains information for file uploads."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> tuple[str | None, BinaryIO, str | None]:  # one of `types.FileTypes`
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


@define
class Response(Generic[T]):
    """A response from an endpoint."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
