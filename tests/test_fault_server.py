"""Self-tests for the fault-injecting server used by the client tests."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import httpx
import pytest

from tests._servers.processes import FaultServer, group_alive


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    srv = FaultServer.start()
    yield srv
    pid = srv.pid
    srv.stop()
    with pytest.raises(ProcessLookupError):  # reaped, not merely signalled
        os.kill(pid, 0)
    # Its group (same id as the PID, thanks to start_new_session) is empty too.
    assert not group_alive(pid)


@pytest.fixture
def client(server: FaultServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, trust_env=False, timeout=5.0) as c:
        yield c


def test_status_and_json(server: FaultServer, client: httpx.Client) -> None:
    server.script(
        [
            {
                "method": "POST",
                "path": "/call/phone",
                "responses": [{"status": 201, "json": {"id": "c1"}}],
            }
        ]
    )
    resp = client.post("/call/phone?x=1", json={"assistantId": "a"}, headers={"Authorization": "Bearer k"})
    assert resp.status_code == 201
    assert resp.headers["content-type"] == "application/json"
    assert resp.json() == {"id": "c1"}
    [req] = server.requests()
    assert (req["method"], req["path"], req["query"]) == ("POST", "/call/phone", "x=1")
    assert req["headers"]["authorization"] == "Bearer k"
    assert req["body"] == '{"assistantId":"a"}'


def test_html_body(server: FaultServer, client: httpx.Client) -> None:
    html = "<html><body>Bad gateway</body></html>"
    action = {"status": 200, "body": html, "content_type": "text/html"}
    server.script([{"path": "/call", "responses": [action]}])
    resp = client.get("/call")
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "text/html"
    assert resp.text == html


@pytest.mark.parametrize("status", [520, 599])
def test_non_iana_status(server: FaultServer, client: httpx.Client, status: int) -> None:
    server.script([{"path": "/call/abc", "responses": [{"status": status, "body": "oops"}]}])
    resp = client.get("/call/abc")
    assert resp.status_code == status
    assert resp.reason_phrase == "Unknown"
    assert resp.text == "oops"


def test_sequence_last_repeats_and_retry_after(server: FaultServer, client: httpx.Client) -> None:
    server.script(
        [
            {
                "method": "GET",
                "path": "/call/*",
                "responses": [
                    {"status": 429, "headers": {"Retry-After": "2"}, "json": {"message": "slow"}},
                    {"status": 503, "headers": {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}},
                    {"status": 200, "json": {"id": "x"}},
                ],
            }
        ]
    )
    got = [client.get(f"/call/{i}") for i in range(5)]
    assert [r.status_code for r in got] == [429, 503, 200, 200, 200]
    assert got[0].headers["retry-after"] == "2"
    assert got[1].headers["retry-after"] == "Wed, 21 Oct 2015 07:28:00 GMT"
    # Other methods don't match the GET rule; they get the 501 fallback.
    assert client.delete("/call/1").status_code == 501
    log = server.requests()
    assert [(r["method"], r["path"]) for r in log] == [("GET", f"/call/{i}") for i in range(5)] + [
        ("DELETE", "/call/1")
    ]
    # One httpx.Client -> one kept-alive connection for everything.
    assert len({r["connection"] for r in log}) == 1


def test_close_before_body(server: FaultServer, client: httpx.Client) -> None:
    server.script([{"method": "POST", "path": "/call/web", "responses": [{"close": "before_body"}]}])
    with pytest.raises(httpx.TransportError):
        client.post("/call/web", json={"big": "x" * 100_000})
    [req] = server.requests()
    assert req["body"] is None  # never read


def test_close_after_body(server: FaultServer, client: httpx.Client) -> None:
    server.script([{"method": "PATCH", "path": "/call/c1", "responses": [{"close": "after_body"}]}])
    with pytest.raises(httpx.RemoteProtocolError):
        client.patch("/call/c1", json={"name": "n"})
    [req] = server.requests()
    assert req["body"] == '{"name":"n"}'


def test_stall_hits_read_timeout_without_blocking_others(server: FaultServer) -> None:
    server.script(
        [
            {"path": "/call/slow", "responses": [{"stall": 5.0}]},
            {"path": "/call/fast", "responses": [{"status": 200, "json": {}}]},
        ]
    )
    timeout = httpx.Timeout(5.0, read=0.3)
    with httpx.Client(base_url=server.url, trust_env=False, timeout=timeout) as c:
        start = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            c.get("/call/slow")
        assert time.monotonic() - start < 2.0
        # The stalled handler is still sleeping server-side; a new request is served anyway.
        assert c.get("/call/fast").status_code == 200
    assert [r["path"] for r in server.requests()] == ["/call/slow", "/call/fast"]


def test_stall_then_and_delay(server: FaultServer, client: httpx.Client) -> None:
    server.script(
        [
            {"path": "/call/a", "responses": [{"stall": 0.3, "then": {"status": 202, "json": {}}}]},
            {"path": "/call/b", "responses": [{"delay": 0.3, "status": 204}]},
        ]
    )
    for path, status in [("/call/a", 202), ("/call/b", 204)]:
        start = time.monotonic()
        assert client.get(path).status_code == status
        assert time.monotonic() - start >= 0.3


def test_control_traffic_not_logged_and_reset(server: FaultServer, client: httpx.Client) -> None:
    server.script([{"path": "/call", "responses": [{"status": 200, "json": []}]}])
    client.get("/call")
    client.get("/call")
    server.requests()
    assert len(server.requests()) == 2
    server.script([{"path": "/call", "responses": [{"status": 200, "json": []}]}])
    assert server.requests() == []  # new script clears the log
    client.get("/call")
    server.reset()
    assert server.requests() == []
    assert client.get("/call").status_code == 501  # rules gone too


def test_bad_script_rejected(server: FaultServer) -> None:
    with pytest.raises(ValueError, match="close must be"):
        server.script([{"path": "/x", "responses": [{"close": "sometime"}]}])


def test_calls_are_listed_like_get_call_or_as_a_hostile_server_would(server: FaultServer, client: httpx.Client) -> None:
    calls = [
        {"id": f"c{i}", "createdAt": f"2026-08-01T10:00:0{i}Z", "assistantId": "a1" if i % 2 else "a2"}
        for i in range(6)
    ]

    def ids(query: str, **hostile: object) -> list[str]:
        server.script([{"path": "/call", "responses": [{"calls": calls, **hostile}]}])
        return [c["id"] for c in client.get(f"/call?{query}").json()]

    assert ids("") == ["c5", "c4", "c3", "c2", "c1", "c0"]
    assert ids("limit=2&createdAtLe=2026-08-01T10:00:03.000Z") == ["c3", "c2"]
    assert ids("createdAtGt=2026-08-01T10:00:01Z&createdAtLt=2026-08-01T10:00:04Z") == ["c3", "c2"]
    assert ids("assistantId=a1&createdAtGe=2026-08-01T10:00:03Z") == ["c5", "c3"]
    assert ids("limit=2&createdAtLe=2026-08-01T10:00:03Z", ignore=["createdAtLe"]) == ["c5", "c4"]
    assert ids("limit=5", max_limit=3) == ["c5", "c4", "c3"]
    assert ids("limit=2", order="asc") == ["c0", "c1"]
    with pytest.raises(ValueError, match="ignore names unknown"):
        server.script([{"path": "/call", "responses": [{"calls": [], "ignore": ["sortOrder"]}]}])


def test_create_plays_vapi_lists_late_and_may_never_answer(server: FaultServer, client: httpx.Client) -> None:
    server.script(
        [
            {
                "method": "POST",
                "path": "/call",
                "responses": [{"create": {"list_after": 0.3}}, {"create": {"answer": False}}],
            },
            {"method": "GET", "path": "/call", "responses": [{"created": True}]},
        ]
    )
    body = {"assistantId": "a1", "customer": {"number": "+1"}, "assistantOverrides": {"metadata": {"k": "v"}}}
    made = client.post("/call", json=body)
    assert made.status_code == 201 and made.json()["customer"] == {"number": "+1"}
    assert client.get("/call").json() == []  # not listed yet
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/call", json={"assistantId": "a2"})  # made, never answered
    time.sleep(0.35)
    listed = client.get("/call", params={"assistantId": "a1"}).json()
    assert listed == [made.json()] and listed[0]["assistantOverrides"] == {"metadata": {"k": "v"}}
    made_calls = server.calls()
    assert [c["call"]["assistantId"] for c in made_calls] == ["a1", "a2"]
    assert made_calls[0]["listed_at"] - made_calls[0]["made_at"] == pytest.approx(0.3)
    posts = [r for r in server.requests() if r["method"] == "POST"]
    assert [r["answered"] for r in posts] == [True, False] and all(r["peer"] > 0 for r in posts)
