"""Write a file all at once or not at all: into a temporary file beside the target, renamed into place.

A failed download (a dropped connection, a full disk) never leaves half a file under the final name,
and the rename stays on one file system because the temporary file is in the target's own directory.

Only a regular file is ever replaced: a rename onto a device node (``/dev/null``), a FIFO or a symbolic
link would put a regular file in its place, so those are refused before anything is sent. A file that
exists keeps its permission bits (a new one is private, 0600, as `tempfile.mkstemp` makes it).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .._exceptions import DownloadWriteError, ValidationError

#: What `tempfile.mkstemp` adds to the prefix: eight random characters, then the suffix.
_RANDOM_PART = 8
_SUFFIX = ".part"
#: The prefix when the target's own name leaves no room for one (names are limited to NAME_MAX bytes).
_SHORT_PREFIX = ".download."


def check_target(path: str | os.PathLike[str], *, argument: str = "to") -> Path:
    """`path` as a `Path` if a file can be written there; else `ValidationError` naming what is wrong.

    Checked before any request is sent: a directory, a directory that does not exist or cannot be
    written, a name too long, or something that is not a regular file would only fail (or be
    replaced) after the whole body had been downloaded.
    """
    target = Path(path)
    shown = repr(str(target))
    try:
        mode: int | None = target.lstat().st_mode  # lstat: a symbolic link is judged, not followed
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise ValidationError(argument, f"{shown} cannot be examined: {error.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ValidationError(argument, f"{shown} is a directory: give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file (a device, FIFO or socket)"
        raise ValidationError(argument, f"{shown} is {kind}: a download replaces only regular files")
    parent = target.parent
    if not parent.is_dir():
        raise ValidationError(argument, f"the directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValidationError(argument, f"the directory {str(parent)!r} is not writable")
    if len(os.fsencode(target.name)) > _name_max(parent):
        raise ValidationError(argument, f"the file name is too long (more than {_name_max(parent)} bytes)")
    return target


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, argument: str = "to") -> Iterator[BinaryIO]:
    """A binary file to write; on a clean exit it replaces `path`, on an error it is removed.

    An `OSError` of the file system (creating, writing or renaming) becomes `DownloadWriteError`.
    """
    target = check_target(path, argument=argument)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=_prefix(target), suffix=_SUFFIX)
    except OSError as error:
        raise _write_error(target, error) from None
    try:
        with os.fdopen(handle, "wb") as out:
            _keep_mode(target, out)
            yield out
        check_target(target, argument=argument)  # it may have changed while the body was downloading
        os.replace(temporary, target)
    except OSError as error:
        raise _write_error(target, error) from None
    finally:
        Path(temporary).unlink(missing_ok=True)


def _keep_mode(target: Path, out: BinaryIO) -> None:
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    os.fchmod(out.fileno(), stat.S_IMODE(mode))


def _prefix(target: Path) -> str:
    prefix = f".{target.name}."
    room = _name_max(target.parent) - _RANDOM_PART - len(_SUFFIX)
    return prefix if len(os.fsencode(prefix)) <= room else _SHORT_PREFIX


def _name_max(directory: Path) -> int:
    try:
        return os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # not POSIX, or the file system does not say
        return 255


def _write_error(target: Path, error: OSError) -> DownloadWriteError:
    reason = error.strerror or type(error).__name__
    return DownloadWriteError(f"cannot write {str(target)!r}: {reason}; it keeps what it held before")
