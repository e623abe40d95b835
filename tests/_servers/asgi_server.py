"""Serve an ASGI app with uvicorn on a free loopback port, written to --port-file once listening.

python -m tests._servers.asgi_server tests.webhooks._asgi_app:app --port-file PATH
"""

from __future__ import annotations

import argparse
import asyncio
import socket
from pathlib import Path

import uvicorn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("app", help="module:attribute")
    parser.add_argument("--port-file", type=Path, required=True)
    args = parser.parse_args()
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # the port is known before uvicorn starts: no race for a free one
    config = uvicorn.Config(args.app, log_level="info", access_log=False, lifespan="off")
    server = uvicorn.Server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started:
            temporary = args.port_file.with_suffix(".tmp")
            temporary.write_text(str(sock.getsockname()[1]))
            temporary.replace(args.port_file)
        await task

    asyncio.run(serve())


if __name__ == "__main__":
    main()
