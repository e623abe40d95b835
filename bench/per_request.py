"""Per-request cost of `GET /call/{id}` against the loopback call server, one client kind at a time.

    python -m bench.per_request --url http://127.0.0.1:PORT --clients socket,httpx,ours --requests 2000
    python -m bench.per_request --own bench/data/call-2026-08.json    # the client's own CPU, no network

Prints JSON: wall and client-CPU microseconds per request for each client. Clients are timed in interleaved blocks
(socket, httpx, ours, socket, ...) so drift from other load on the machine hits all of them alike.

- socket: a raw keep-alive socket sending a fixed request: the floor of the transport and the server.
- httpx:  `httpx.Client` with VapiClient's connection settings doing `get` + `json.loads` (the baseline).
- httpx_model: the same plus `Call.from_dict`: what any typed client must at least do.
- ours:   `VapiClient(...).calls.get(id)` (request building, retry bookkeeping, `Call.from_dict`).
- sdk:    vapi-server-sdk's `Vapi(...).calls.get(id)`.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

CALL_ID = "9f1c2a7e-5b3d-4e8a-9c61-2d7f0b4e8a13"
API_KEY = "x"

Fetch = Callable[[], Any]


def socket_client(url: str) -> Fetch:
    parts = urlsplit(url)
    conn = socket.create_connection((parts.hostname, parts.port))
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request = f"GET /call/{CALL_ID} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept: application/json\r\n\r\n".encode()

    def fetch() -> bytes:
        conn.sendall(request)
        data = b""
        while (end := data.find(b"\r\n\r\n")) < 0:
            data += conn.recv(65536)
        length = next(
            int(line.split(b":", 1)[1])
            for line in data[:end].split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        body = data[end + 4 :]
        while len(body) < length:
            body += conn.recv(65536)
        return body

    return fetch


def httpx_client(url: str) -> Fetch:
    import httpx

    # The same settings VapiClient gives the httpx.Client it creates (60 s overall, 5 s connect, keep-alive).
    http = httpx.Client(timeout=httpx.Timeout(60.0, connect=5.0))
    target = f"{url}/call/{CALL_ID}"
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}

    def fetch() -> Any:
        response = http.get(target, headers=headers)
        response.raise_for_status()
        return json.loads(response.content)

    return fetch


def httpx_model_client(url: str) -> Fetch:
    from vapi_client.models import Call

    fetch_json = httpx_client(url)
    return lambda: Call.from_dict(fetch_json())


def ours_client(url: str) -> Fetch:
    import vapi_client

    client = vapi_client.VapiClient(api_key=API_KEY, base_url=url)
    return lambda: client.calls.get(CALL_ID)


def sdk_client(url: str) -> Fetch:
    import warnings

    from vapi import Vapi

    warnings.simplefilter("ignore")  # it warns per mismatching union variant; printing is not what we measure
    client = Vapi(token=API_KEY, base_url=url)
    return lambda: client.calls.get(CALL_ID)


CLIENTS: dict[str, Callable[[str], Fetch]] = {
    "socket": socket_client,
    "httpx": httpx_client,
    "httpx_model": httpx_model_client,
    "ours": ours_client,
    "sdk": sdk_client,
}


def own_overhead(document: str, rounds: int = 15, calls: int = 100) -> dict[str, float]:
    """The client's own CPU per `get()`, without a network: `ours` and its floor (httpx `get` +
    `Call.from_dict(json.loads(...))`) on one transport that answers with `document`'s bytes.

    The loopback figures include the server's turn and the scheduler; this one is what the client adds.
    """
    import httpx
    import vapi_client
    from vapi_client.models import Call

    with open(document, "rb") as file:
        body = json.dumps(json.load(file), separators=(",", ":")).encode()
    head = [("content-type", "application/json"), ("content-length", str(len(body)))]

    class Fixed(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=head, stream=httpx.ByteStream(body))

    timeout = httpx.Timeout(60.0, connect=5.0)
    raw = httpx.Client(transport=Fixed(), timeout=timeout)
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}

    def floor() -> Any:
        response = raw.get(f"http://api.test/call/{CALL_ID}", headers=headers)
        response.raise_for_status()
        return Call.from_dict(json.loads(response.content))

    http = httpx.Client(transport=Fixed(), timeout=timeout)
    client = vapi_client.VapiClient(api_key=API_KEY, base_url="http://api.test", http_client=http)
    fetchers: dict[str, Fetch] = {"floor": floor, "ours": lambda: client.calls.get(CALL_ID)}
    times: dict[str, list[float]] = {name: [] for name in fetchers}
    for fetch in fetchers.values():
        for _ in range(20):
            fetch()
    for _ in range(rounds):
        for name, fetch in fetchers.items():
            start = time.process_time()
            for _ in range(calls):
                fetch()
            times[name].append((time.process_time() - start) / calls * 1e6)
    best = {name: min(values) for name, values in times.items()}
    return {**best, "own": best["ours"] - best["floor"], "x_floor": best["ours"] / best["floor"]}


def measure(url: str, names: list[str], requests: int, blocks: int, warmup: int) -> dict[str, dict[str, float]]:
    """Wall and client-CPU microseconds per request, each the median over the interleaved blocks.

    Client CPU time leaves out waiting for the server and for a busy machine's scheduler, so it
    separates what a client costs from what sharing the machine costs.
    """
    fetchers = {name: CLIENTS[name](url) for name in names}
    for fetch in fetchers.values():
        for _ in range(warmup):
            fetch()
    per_block = max(1, requests // blocks)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(blocks):
        for name, fetch in fetchers.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(per_block):
                fetch()
            wall[name].append((time.perf_counter() - start) / per_block)
            cpu[name].append((time.process_time() - start_cpu) / per_block)
    result: dict[str, Any] = {
        "us_per_request": {name: statistics.median(values) * 1e6 for name, values in wall.items()},
        "cpu_us_per_request": {name: statistics.median(values) * 1e6 for name, values in cpu.items()},
    }
    if {"ours", "httpx_model"} <= fetchers.keys():
        # The goal's figure (issue 20): ours over its floor, raw httpx + `Call.from_dict`, in this same run.
        result["x_floor"] = {
            kind: result[kind]["ours"] / result[kind]["httpx_model"]
            for kind in ("us_per_request", "cpu_us_per_request")
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="the loopback call server (bench/call_server.py)")
    parser.add_argument("--own", metavar="DOCUMENT", help="only the client's own CPU per get(), no network")
    parser.add_argument("--clients", default="socket,httpx,httpx_model,ours")
    parser.add_argument("--requests", type=int, default=2000, help="timed requests per client")
    parser.add_argument("--blocks", type=int, default=10, help="interleaved blocks the requests are split into")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--profile", type=int, default=0, help="also cProfile this many `ours` requests")
    args = parser.parse_args()
    if args.own:
        json.dump(own_overhead(args.own), sys.stdout)
        return
    if not args.url:
        parser.error("--url is required (or --own)")
    names = args.clients.split(",")
    result: dict[str, Any] = measure(args.url, names, args.requests, args.blocks, args.warmup)
    if args.profile:
        from .profiling import cprofile_top

        fetch = ours_client(args.url)
        result["profile"] = cprofile_top(fetch, calls=args.profile)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
