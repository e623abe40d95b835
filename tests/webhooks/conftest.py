"""The example receiver (examples/webhook_receiver.py) on loopback, started and stopped by PID."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator

import pytest

from tests._servers.processes import PROJECT_ROOT, ServerProcess, start_process

RECEIVER_SECRET = "whsec-Receiver-7f3a9c1e5b2d4f6a8c0e"
NON_ASCII_SECRET = "whsec-clé-sécrète-✓-4e7a"


@pytest.fixture(scope="module")
def receiver() -> Iterator[ServerProcess]:
    process = start_receiver(RECEIVER_SECRET)
    try:
        yield process
    finally:
        process.stop()


def start_receiver(secret: str, **environ: str) -> ServerProcess:
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        argv = [
            sys.executable,
            str(PROJECT_ROOT / "examples" / "webhook_receiver.py"),
            "--port",
            "0",
            "--port-file",
            port_file,
            "--body-timeout",
            "0.5",
        ]
        env = {**os.environ, "VAPI_SERVER_SECRET": secret, "PYTHONUNBUFFERED": "1"}
        env.pop("VAPI_ASSISTANT_ID", None)
        env.pop("VAPI_TRANSFER_NUMBER", None)
        env.update(environ)
        return start_process(argv, ready=port_file, env=env)
