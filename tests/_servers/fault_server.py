"""Scriptable fault-injecting HTTP/1.1 server for client tests (stdlib only).

Run: python -m tests._servers.fault_server --port 0 --port-file PATH

Control API (never logged as traffic):
  POST /__control/script   {"rules": [{"method", "path", "responses": [ACTION, ...]}]}
                           replaces rules and clears the request log
  GET  /__control/requests list of logged requests, in arrival order (a multipart/form-data body's
                           parts also under "parts": name, filename, content_type, content_base64), each
                           with its arrival time `at`, the client's port `peer`, whether it was `answered`
                           and, for a create, `answer_at`
  GET  /__control/calls    the calls `create` actions made, in order: {"call", "made_at", "listed_at"}
  POST /__control/reset    clears rules, the request log and the created calls

Rules: first rule whose method ("*" or omitted = any) and path match wins.
A path ending in "*" is a prefix pattern ("/call/*"); otherwise exact (query
string ignored). Each match consumes the next ACTION; the last one repeats.
Unmatched requests get 501 so a forgotten rule can't pass as a real API 404.

ACTIONs:
  {"status": 201, "headers": {...}, "json": ...}
  {"status": 200, "body": "<text>", "content_type": "text/html", "reason": "..."}
  {"status": 200, "body_base64": "<bytes>", "headers": {"Content-Encoding": "gzip, gzip"}}
                             bytes sent as given (an encoded body, which the headers describe)
  {"close": "before_body"}   headers read, body unread, socket closed
  {"close": "after_body"}    whole request read, socket closed, no response
  {"stall": 5.0}             whole request read, sleep, then close
  {"stall": 5.0, "then": ACTION}
  {"delay": 0.2, ...}        any action above, performed after the delay
  {"calls": [CALL, ...], "ignore": ["createdAtLe", ...], "max_limit": 5, "order": "asc"}
                             a 200 list of the calls matching the query the way `GET /call` filters them
                             (createdAtGt/Lt/Ge/Le, id, assistantId, phoneNumberId, limit; newest first,
                             ties in the given order); a hostile one ignores the parameters in `ignore`,
                             caps `limit` at `max_limit`, or sorts oldest first
  {"create": {"answer_after": 0.5, "answer": false, "list_after": 0.2}}
                             plays Vapi: makes a call from the request's body (kept for `created`), then
                             after `answer_after` seconds answers 201 with it, or closes the connection
                             unanswered (`answer`: false); `GET /call` lists it `list_after` seconds on
  {"created": true}          a 200 list of the calls `create` made and listed by now, filtered like `calls`
  {"numbered": [ITEM, ...], "ignore_page": true, "endless": true, "hide": ["hasNextPage", ...]}
                             a 200 page by page number (`page`, `limit`) of a page-number listing:
                             {"results": [...], "metadata": {itemsPerPage, totalItems, currentPage,
                             totalPages, hasNextPage}}; a hostile one answers page 1 whatever is asked
                             (`ignore_page`), or a full page of fresh items (ids suffixed by the page)
                             on every page, claiming more (`endless`); `hide` drops metadata keys
  {"status": 200, "body": "...", "cut_at": 5}
                             Content-Length of the whole body, only its first 5 bytes
                             sent, then the socket closed (a truncated body)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import http
import itertools
import json
import os
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

Action = dict[str, Any]

CONTROL_PREFIX = "/__control/"
CLOSE_MODES = ("before_body", "after_body")


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    @property
    def keep_alive(self) -> bool:
        conn = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return conn == "keep-alive"
        return conn != "close"


@dataclass
class Rule:
    method: str
    path: str
    responses: list[Action]
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method):
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path

    def next_action(self) -> Action:
        action = self.responses[min(self.hits, len(self.responses) - 1)]
        self.hits += 1
        return action


@dataclass
class State:
    rules: list[Rule] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    conn_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    #: Calls made by `create` actions, each with `listed_at` (time.time()) from when `GET /call` shows it.
    calls: list[dict[str, Any]] = field(default_factory=list)

    def reset(self) -> None:
        self.rules.clear()
        self.log.clear()
        self.calls.clear()

    def create_call(self, body: str, list_after: float) -> dict[str, Any]:
        """A call as Vapi makes it from a create's body (its fields echoed), listed `list_after` seconds on."""
        sent = json.loads(body) if body else {}
        now = time.time()
        stamp = datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        echoed = ("assistantId", "phoneNumberId", "customer", "assistantOverrides", "squadId", "workflowId")
        call = {
            "id": f"call-{len(self.calls) + 1}",
            "orgId": "org-fault-server",
            "createdAt": stamp,
            "updatedAt": stamp,
            "type": "outboundPhoneCall",
            "status": "queued",
            **{name: sent[name] for name in echoed if isinstance(sent, dict) and name in sent},
        }
        self.calls.append({"call": call, "made_at": now, "listed_at": now + list_after})
        return call

    def listed_calls(self) -> list[dict[str, Any]]:
        now = time.time()
        return [made["call"] for made in self.calls if made["listed_at"] <= now]


def check_action(action: Any) -> None:
    """Reject malformed scripts at POST time, so tests fail loudly and early."""
    if not isinstance(action, dict):
        raise ValueError(f"action must be an object: {action!r}")
    if "delay" in action and not isinstance(action["delay"], (int, float)):
        raise ValueError(f"delay must be a number: {action!r}")
    if "stall" in action:
        if not isinstance(action["stall"], (int, float)):
            raise ValueError(f"stall must be a number: {action!r}")
        if "then" in action:
            check_action(action["then"])
    elif "create" in action:
        options = action["create"]
        if not isinstance(options, dict) or not set(options) <= {"answer_after", "answer", "list_after"}:
            raise ValueError(f"create takes answer_after, answer and list_after: {action!r}")
    elif "created" in action:
        pass
    elif "close" in action:
        if action["close"] not in CLOSE_MODES:
            raise ValueError(f"close must be one of {CLOSE_MODES}: {action!r}")
    elif "calls" in action:
        if not isinstance(action["calls"], list) or not all(isinstance(c, dict) for c in action["calls"]):
            raise ValueError(f"calls must be a list of objects: {action!r}")
        if not set(action.get("ignore", ())) <= set(LIST_FILTERS) | {"limit"}:
            raise ValueError(f"ignore names unknown parameters: {action!r}")
        if not isinstance(action.get("max_limit", 1), int) or action.get("order", "desc") not in ("asc", "desc"):
            raise ValueError(f"max_limit must be an integer and order asc or desc: {action!r}")
    elif "numbered" in action:
        if not isinstance(action["numbered"], list) or not all(isinstance(c, dict) for c in action["numbered"]):
            raise ValueError(f"numbered must be a list of objects: {action!r}")
    elif not isinstance(action.get("status"), int):
        raise ValueError(f"response action needs an integer status: {action!r}")
    elif "json" in action and "body" in action:
        raise ValueError(f"use either json or body, not both: {action!r}")
    elif "cut_at" in action and not isinstance(action["cut_at"], int):
        raise ValueError(f"cut_at must be an integer: {action!r}")


def parse_rules(payload: Any) -> list[Rule]:
    rules = []
    for raw in payload["rules"]:
        responses = raw["responses"]
        if not isinstance(responses, list) or not responses:
            raise ValueError(f"responses must be a non-empty list: {raw!r}")
        for action in responses:
            check_action(action)
        rules.append(Rule(str(raw.get("method", "*")).upper(), str(raw["path"]), responses))
    return rules


def render_response(
    status: int,
    *,
    body: bytes = b"",
    content_type: str | None = None,
    headers: dict[str, Any] | None = None,
    reason: str | None = None,
    keep_alive: bool = True,
) -> bytes:
    """Build the raw response by hand so any status (520, 599, ...) can be sent."""
    if reason is None:
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"]
    given = {k.lower() for k in (headers or {})}
    for name, value in (headers or {}).items():
        # A list value sends the header once per item (e.g. several Set-Cookie).
        for item in value if isinstance(value, list) else [value]:
            lines.append(f"{name}: {item}")
    if content_type and "content-type" not in given:
        lines.append(f"Content-Type: {content_type}")
    if "content-length" not in given:  # overridable, to fake truncated bodies
        lines.append(f"Content-Length: {len(body)}")
    if "connection" not in given:
        lines.append("Connection: " + ("keep-alive" if keep_alive else "close"))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


#: `GET /call`'s filters: query parameter -> the call's field and the test it passes.
LIST_FILTERS: dict[str, tuple[str, Any]] = {
    "createdAtGt": ("createdAt", lambda value, bound: value > bound),
    "createdAtLt": ("createdAt", lambda value, bound: value < bound),
    "createdAtGe": ("createdAt", lambda value, bound: value >= bound),
    "createdAtLe": ("createdAt", lambda value, bound: value <= bound),
    "id": ("id", lambda value, wanted: value == wanted),
    "assistantId": ("assistantId", lambda value, wanted: value == wanted),
    "phoneNumberId": ("phoneNumberId", lambda value, wanted: value == wanted),
}


def _instant(text: Any) -> datetime:
    value = datetime.fromisoformat(str(text))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def list_calls(action: Action, query: str) -> list[Any]:
    """The page a `{"calls": ...}` action answers to this query (see the module docstring)."""
    params = {name: values[-1] for name, values in parse_qs(query).items()}
    ignored = set(action.get("ignore", ()))
    calls = list(action["calls"])
    for name, (field_name, passes) in LIST_FILTERS.items():
        if name in params and name not in ignored:
            wanted: Any = _instant(params[name]) if field_name == "createdAt" else params[name]
            calls = [
                c
                for c in calls
                if passes(_instant(c[field_name]) if field_name == "createdAt" else c.get(field_name), wanted)
            ]
    calls.sort(key=lambda c: _instant(c["createdAt"]), reverse=action.get("order", "desc") == "desc")
    limit = 100 if "limit" not in params or "limit" in ignored else int(float(params["limit"]))
    return calls[: min(limit, action.get("max_limit", limit))]


def list_numbered(action: Action, query: str) -> dict[str, Any]:
    """The page a `{"numbered": ...}` action answers to this query (see the module docstring)."""
    params = {name: values[-1] for name, values in parse_qs(query).items()}
    limit = int(float(params.get("limit", 100)))
    page = 1 if action.get("ignore_page") else int(float(params.get("page", 1)))
    items = list(action["numbered"])
    if action.get("endless"):
        results = [{**items[i % len(items)], "id": f"{items[i % len(items)]['id']}-p{page}-{i}"} for i in range(limit)]
        total = limit * (page + 1)
    else:
        results, total = items[(page - 1) * limit : page * limit], len(items)
    pages = -(-total // limit) if limit else 0
    metadata = {
        "itemsPerPage": limit,
        "totalItems": total,
        "currentPage": page,
        "totalPages": pages,
        "hasNextPage": page < pages,
    }
    for key in action.get("hide", ()):
        metadata.pop(key, None)
    return {"results": results, "metadata": metadata}


def multipart_parts(content_type: str, body: bytes) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data body, each as received (its content base64)."""
    boundary = content_type.partition("boundary=")[2].split(";")[0].strip().strip('"').encode("latin-1")
    parts = []
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        fields = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        disposition = dict(re.findall(r'(\w+)="([^"]*)"', fields.get("content-disposition", "")))
        parts.append(
            {
                "name": disposition.get("name"),
                "filename": disposition.get("filename"),
                "content_type": fields.get("content-type"),
                "content_base64": base64.b64encode(content.removesuffix(b"\r\n")).decode("ascii"),
            }
        )
    return parts


def render_action(action: Action, keep_alive: bool) -> bytes:
    if "json" in action:
        body = json.dumps(action["json"]).encode()
        content_type: str | None = action.get("content_type", "application/json")
    elif "body_base64" in action:
        body = base64.b64decode(action["body_base64"])
        content_type = action.get("content_type", "application/json")
    else:
        body = str(action.get("body", "")).encode()
        content_type = action.get("content_type", "text/plain; charset=utf-8" if body else None)
    rendered = render_response(
        action["status"],
        body=body,
        content_type=content_type,
        headers=action.get("headers"),
        reason=action.get("reason"),
        keep_alive=keep_alive,
    )
    if "cut_at" in action:  # the head announces the whole body; only part of it follows
        return rendered[: len(rendered) - len(body) + action["cut_at"]]
    return rendered


class FaultServer:
    def __init__(self) -> None:
        self.state = State()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn_id = next(self.state.conn_ids)
        try:
            while await self.handle_one(conn_id, reader, writer):
                pass
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass  # client went away or sent garbage: just drop the connection
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except ConnectionError:
                pass

    async def handle_one(self, conn_id: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; return whether to keep the connection open."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                raise
            return False  # clean close between requests
        request_line, *header_lines = head.decode("latin-1").split("\r\n")[:-2]
        method, target, version = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
        req = Request(method.upper(), target, version, headers)
        length = int(headers.get("content-length", "0") or 0)

        if req.path.startswith(CONTROL_PREFIX):
            body = await reader.readexactly(length)
            writer.write(self.control(req, body, req.keep_alive))
            await writer.drain()
            return req.keep_alive

        action = self.pick_action(req)
        entry: dict[str, Any] = {
            "method": req.method,
            "path": req.path,
            "query": req.query,
            "headers": headers,
            "body": None,  # stays None only when the body was deliberately not read
            "connection": conn_id,
            "at": time.time(),
            "peer": writer.get_extra_info("peername")[1],
            "answered": False,
        }
        self.state.log.append(entry)

        if "delay" in action:
            await asyncio.sleep(action["delay"])
        if action.get("close") == "before_body":
            return False
        raw_body = await reader.readexactly(length)
        entry["body"] = raw_body.decode("utf-8", "replace")
        if headers.get("content-type", "").startswith("multipart/form-data"):
            entry["parts"] = multipart_parts(headers["content-type"], raw_body)
        if "stall" in action:
            await asyncio.sleep(action["stall"])
            if "then" not in action:
                return False
            action = action["then"]
            if "delay" in action:
                await asyncio.sleep(action["delay"])
        if "close" in action:  # after_body (or before_body nested in "then": body already read)
            return False
        if "create" in action:
            options = action["create"]
            call = self.state.create_call(entry["body"], float(options.get("list_after", 0)))
            entry["answer_at"] = time.time() + float(options.get("answer_after", 0))
            await asyncio.sleep(float(options.get("answer_after", 0)))
            if not options.get("answer", True):
                return False
            action = {"status": 201, "json": call}
        if "created" in action:
            action = {"status": 200, "json": list_calls({"calls": self.state.listed_calls()}, req.query)}
        if "calls" in action:
            action = {"status": 200, "json": list_calls(action, req.query)}
        elif "numbered" in action:
            action = {"status": 200, "json": list_numbered(action, req.query)}
        writer.write(render_action(action, req.keep_alive))
        await writer.drain()
        entry["answered"] = True
        return req.keep_alive and "cut_at" not in action

    def pick_action(self, req: Request) -> Action:
        for rule in self.state.rules:
            if rule.matches(req.method, req.path):
                return rule.next_action()
        return {"status": 501, "json": {"fault_server": f"no rule for {req.method} {req.path}"}}

    def control(self, req: Request, body: bytes, keep_alive: bool) -> bytes:
        def reply(status: int, payload: Any) -> bytes:
            return render_response(
                status,
                body=json.dumps(payload).encode(),
                content_type="application/json",
                keep_alive=keep_alive,
            )

        route = (req.method, req.path)
        if route == ("POST", "/__control/script"):
            try:
                rules = parse_rules(json.loads(body))
            except (ValueError, KeyError, TypeError) as exc:
                return reply(400, {"error": f"bad script: {exc!r}"})
            self.state.reset()
            self.state.rules.extend(rules)
            return reply(200, {"rules": len(rules)})
        if route == ("GET", "/__control/requests"):
            return reply(200, self.state.log)
        if route == ("GET", "/__control/calls"):
            return reply(200, self.state.calls)
        if route == ("POST", "/__control/reset"):
            self.state.reset()
            return reply(200, {})
        return reply(404, {"error": f"unknown control endpoint {req.method} {req.path}"})


def write_port_file(path: str, port: int) -> None:
    # Write-then-rename so a polling parent never reads a half-written file.
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(f"{port}\n")
    os.replace(tmp, path)


async def serve(host: str, port: int, port_file: str | None) -> None:
    app = FaultServer()
    server = await asyncio.start_server(app.handle, host, port)
    actual_port = server.sockets[0].getsockname()[1]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if port_file:
        write_port_file(port_file, actual_port)
    print(f"fault_server listening on http://{host}:{actual_port}", file=sys.stderr, flush=True)
    async with server:
        await stop.wait()
    # asyncio.run() cancels still-running handlers (e.g. long stalls) on return.


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.host, args.port, args.port_file))


if __name__ == "__main__":
    main()
