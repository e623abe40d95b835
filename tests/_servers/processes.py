"""Start test servers as subprocesses and stop them reliably by PID / process group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Ready check: a port file the server writes once listening, or a callable that
# returns the port once the server is ready and None before that.
Ready: TypeAlias = "str | os.PathLike[str] | Callable[[], int | None]"


class ServerProcess:
    def __init__(self, proc: subprocess.Popen[bytes], port: int, log: IO[bytes], host: str) -> None:
        self.proc = proc
        self.port = port
        self.host = host
        self._log = log

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def output(self) -> str:
        """Combined stdout/stderr so far (handy in assertion messages)."""
        self._log.flush()
        return Path(self._log.name).read_text(errors="replace")

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM the whole group, wait, then SIGKILL whatever is left.

        The child leads its own session (start_new_session=True), so its PID is
        also its process-group id: signalling the group reaches grandchildren
        too (e.g. `node` started by a wrapper script), which a plain
        proc.terminate() would leave orphaned.
        """
        pgid = self.proc.pid
        _killpg(pgid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        # The leader may be gone while group members linger; give them the rest
        # of the grace period, then kill unconditionally.
        while group_alive(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        _killpg(pgid, signal.SIGKILL)
        self.proc.wait()
        self._log.close()
        try:
            os.unlink(self._log.name)
        except FileNotFoundError:
            pass

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _killpg(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass  # group already empty


def group_alive(pgid: int) -> bool:
    """Whether any non-zombie process is still in the group.

    Zombies are skipped: orphaned grandchildren are reparented to PID 1, and in
    containers PID 1 often never reaps them, so killpg(pgid, 0) would keep
    reporting dead processes as alive.
    """
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: fall back to the signal probe
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            # Fields after the parenthesised command: state ppid pgrp ...
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # process vanished while scanning
        if fields[2] == str(pgid) and fields[0] != "Z":
            return True
    return False


def start_process(
    argv: Sequence[str],
    *,
    ready: Ready,
    timeout: float = 10.0,
    cwd: str | os.PathLike[str] | None = PROJECT_ROOT,
    env: dict[str, str] | None = None,
    host: str = "127.0.0.1",
) -> ServerProcess:
    """Start argv in a new session and wait until `ready` yields its port."""
    # Output goes to a file, not a pipe: nobody reads a pipe during the test,
    # and a chatty server would block once the pipe buffer fills up.
    log = tempfile.NamedTemporaryFile(prefix="server-", suffix=".log", delete=False)
    proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = ServerProcess(proc, 0, log, host)
    check: Callable[[], int | None] = ready if callable(ready) else _port_file_reader(Path(ready))
    deadline = time.monotonic() + timeout
    while True:
        port = check()
        if port:
            server.port = port
            return server
        if proc.poll() is not None:
            output = server.output()
            server.stop()
            raise RuntimeError(f"{argv!r} exited with {proc.returncode} before ready:\n{output}")
        if time.monotonic() > deadline:
            output = server.output()
            server.stop()
            raise TimeoutError(f"{argv!r} not ready after {timeout}s:\n{output}")
        time.sleep(0.02)


def _port_file_reader(path: Path) -> Callable[[], int | None]:
    def read() -> int | None:
        try:
            text = path.read_text().strip()
        except FileNotFoundError:
            return None
        return int(text) if text else None

    return read


class FaultServer:
    """The fault_server subprocess plus a tiny client for its control API."""

    def __init__(self, process: ServerProcess) -> None:
        self.process = process
        # trust_env=False: a proxy from the environment must not intercept 127.0.0.1.
        self._control = httpx.Client(base_url=process.url, trust_env=False, timeout=5.0)

    @classmethod
    def start(cls, timeout: float = 10.0) -> FaultServer:
        with tempfile.TemporaryDirectory() as tmp:
            port_file = os.path.join(tmp, "port")
            argv = [sys.executable, "-m", "tests._servers.fault_server", "--port-file", port_file]
            process = start_process(argv, ready=port_file, timeout=timeout)
        return cls(process)

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def pid(self) -> int:
        return self.process.pid

    def script(self, rules: list[dict[str, Any]]) -> None:
        """Replace all rules (and clear the request log)."""
        resp = self._control.post("/__control/script", json={"rules": rules})
        if resp.status_code != 200:
            raise ValueError(resp.text)

    def requests(self) -> list[dict[str, Any]]:
        resp = self._control.get("/__control/requests")
        resp.raise_for_status()
        result: list[dict[str, Any]] = resp.json()
        return result

    def calls(self) -> list[dict[str, Any]]:
        """The calls the server's `create` actions made, in order: `call`, `made_at`, `listed_at` (time.time())."""
        resp = self._control.get("/__control/calls")
        resp.raise_for_status()
        result: list[dict[str, Any]] = resp.json()
        return result

    def reset(self) -> None:
        self._control.post("/__control/reset").raise_for_status()

    def stop(self) -> None:
        self._control.close()
        self.process.stop()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
