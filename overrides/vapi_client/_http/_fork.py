"""Which process a client was made in: a pool shared across `os.fork()` crosses responses.

After a fork, parent and child hold the same sockets; a request sent by one can be answered to the other.
A counter bumped in every child (`os.register_at_fork`) lets the send path tell, with no system call per
request, that it runs in a process its connections were not opened for (see `ForkedClientError`).
"""

from __future__ import annotations

import os

_generation = 0


def _forked() -> None:
    global _generation
    _generation += 1


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_forked)


def generation() -> int:
    """The same number in one process; another in each child forked from it."""
    return _generation
