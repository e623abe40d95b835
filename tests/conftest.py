"""Shared fixtures: real servers on loopback, started by the tests and stopped by PID."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests._servers.processes import FaultServer, ServerProcess, start_process

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
PRISM = ROOT / "node_modules" / ".bin" / "prism"


# Settings a developer's shell may carry that would change what the tests talk to.
CLIENT_ENV = ("VAPI_API_KEY", "VAPI_BASE_URL", "VAPI_LOG")
PROXY_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No VAPI_* setting leaks in, and no proxy from the environment intercepts 127.0.0.1."""
    for name in CLIENT_ENV + PROXY_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting is refused."""
    return f"http://127.0.0.1:{_free_port()}"


def load_json(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    """The scriptable fault-injecting server (tests/_servers/fault_server.py)."""
    server = FaultServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def faults(fault_server: FaultServer) -> FaultServer:
    """The fault server with no rules and an empty request log."""
    fault_server.reset()
    return fault_server


@pytest.fixture(scope="session")
def second_server() -> Iterator[FaultServer]:
    """Another fault server: another origin (a storage host a download is redirected to)."""
    server = FaultServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def second_host(second_server: FaultServer) -> FaultServer:
    """The second fault server with no rules and an empty request log."""
    second_server.reset()
    return second_server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> Callable[[], int | None]:
    def check() -> int | None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return port
        except OSError:
            return None

    return check


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """`prism mock --errors` of openapi.yaml's mock view on loopback (needs `npm ci`)."""
    if not PRISM.exists() and shutil.which("prism") is None:
        pytest.fail("Prism is not installed: run `npm ci` (nox -s tests does)")
    port = _free_port()
    # Prism serves vapi_spec/mock_view.py's view of openapi.yaml: it cannot dereference the unions in time.
    view = tmp_path_factory.mktemp("prism") / "openapi-mock-view.json"
    subprocess.run([sys.executable, "-m", "vapi_spec.mock_view", str(ROOT / "openapi.yaml"), str(view)], check=True)
    argv = [str(PRISM), "mock", str(view), "--errors", "-h", "127.0.0.1", "-p", str(port)]
    process = start_process(argv, ready=_listening(port), timeout=180)  # slow on a loaded machine
    try:
        yield process
    finally:
        process.stop()
