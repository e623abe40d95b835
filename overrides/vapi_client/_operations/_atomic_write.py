"""Write a file all at once or not at all: into a temporary file beside the target, renamed into place.

A failed download (a dropped connection, a full disk) never leaves half a file under the final name,
and the rename stays on one file system because the temporary file is in the target's own directory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .._exceptions import ValidationError


def check_target(path: str | os.PathLike[str], *, argument: str = "to") -> Path:
    """`path` as a `Path` if a file can be written there; else `ValidationError` naming what is wrong.

    Checked before any request is sent: a directory, or a directory that does not exist, would only
    fail after the whole body had been downloaded.
    """
    target = Path(path)
    if target.is_dir():
        raise ValidationError(argument, f"{str(target)!r} is a directory: give a file name")
    parent = target.parent
    if not parent.is_dir():
        raise ValidationError(argument, f"the directory {str(parent)!r} does not exist")
    return target


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, argument: str = "to") -> Iterator[BinaryIO]:
    """A binary file to write; on a clean exit it replaces `path`, on an error it is removed."""
    target = check_target(path, argument=argument)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
