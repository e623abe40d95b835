"""Contains some shared types for properties"""

import enum
from collections.abc import Mapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, Final, Literal


class Unset(enum.Enum):
    """The value of an optional property the data leaves out (`None` is JSON null).

    An enum of one member, so that type checkers narrow `value is not UNSET` (and `is UNSET`) like an
    isinstance check. Copies and pickles give back the one member, so `value is UNSET` keeps working.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    # How defaults read in help(), inspect.signature and reprs: the name to write, not `<Unset.UNSET: ...>`.
    def __repr__(self) -> str:
        return "UNSET"

    def __str__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]
#: What a method's file part (a multipart body's `format: binary` field, `files.create(file=...)`) takes: its
#: bytes, a binary file (sent under its own name), or (file name, bytes or binary file[, content type]).
FileInput = bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]

if TYPE_CHECKING:
    from ._upload_types import File, Response
else:
    # Hidden from type checkers, which see the imports above (a visible one would type any name as Any).
    def __getattr__(name: str) -> Any:
        # openapi-python-client's attrs classes, built on first use: nothing on the client's path needs them.
        if name in ("File", "Response"):
            from . import _upload_types

            return getattr(_upload_types, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["UNSET", "File", "FileInput", "FileTypes", "RequestFiles", "Response", "Unset"]


def to_status(code: int) -> HTTPStatus | int:
    """`HTTPStatus` when the code is registered; the bare int otherwise (520, 599, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
