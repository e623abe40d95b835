"""`Pager` and `Search` on their own: edge cases, and hypothesis over any server behaviour.

The server here is a model of `GET /call` in Python (no HTTP), so hypothesis can try thousands of
datasets and hostile behaviours quickly; tests/client/test_hostile_*.py drive the real fault server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client import REQUEST_ID_KEY, PagingError, ReconcilePolicy, ValidationError
from vapi_client._operations._paging import MAX_PAGE, PageNumberPager, Pager
from vapi_client._operations._reconcile import MAX_MISMATCHES, Search
from vapi_client.models import Call

BASE = datetime(2026, 8, 1, 10, 0, tzinfo=UTC)


def call(call_id: str, second: float | None) -> Any:
    """What the pager reads of a call: `id` and `created_at` (None: none, or one without a timezone)."""
    return SimpleNamespace(id=call_id, created_at=None if second is None else BASE + timedelta(seconds=second))


@dataclass
class Server:
    """`GET /call` over `calls`, honest unless told otherwise."""

    calls: list[Any]
    ignore: frozenset[str] = frozenset()
    cap: int | None = None
    ascending: bool = False
    repeat_first: bool = False  # each page lists its first call twice
    requests: int = 0

    def __call__(self, request: dict[str, Any]) -> list[Any]:
        self.requests += 1
        tests = {
            "created_at_le": lambda stamp, bound: stamp <= bound,
            "created_at_lt": lambda stamp, bound: stamp < bound,
            "created_at_ge": lambda stamp, bound: stamp >= bound,
            "created_at_gt": lambda stamp, bound: stamp > bound,
        }
        listed = list(self.calls)
        for name, passes in tests.items():
            if name in request and name not in self.ignore:
                listed = [c for c in listed if c.created_at is not None and passes(c.created_at, request[name])]
        listed.sort(key=lambda c: c.created_at or BASE, reverse=not self.ascending)
        limit = request["limit"] if self.cap is None else min(request["limit"], self.cap)
        page = listed[:limit]
        return page[:1] + page if self.repeat_first and page else page


def run(server: Server, page_size: int, **filters: Any) -> tuple[list[str], PagingError | None]:
    pager = Pager(page_size, filters)
    ids: list[str] = []
    try:
        while (request := pager.next_request()) is not None:
            ids.extend(c.id for c in pager.take(server(request)))
            assert server.requests <= 10_000, "the iteration does not end"
    except PagingError as error:
        return ids, error
    return ids, None


# --- edge cases --------------------------------------------------------------------------------------


def test_an_empty_listing_is_one_request() -> None:
    server = Server([])
    assert run(server, 10) == ([], None) and server.requests == 1


def test_a_full_listing_ends_on_the_page_with_nothing_new() -> None:
    server = Server([call(f"c{i}", i) for i in range(20)])
    ids, error = run(server, 10)
    assert error is None and ids == [f"c{i}" for i in range(19, -1, -1)]
    # c19..c10; c10..c1 (c10 again: at the cursor); c1, c0 (short: maybe capped); c0 alone: nothing new.
    assert server.requests == 4


def test_a_page_listing_one_call_twice_yields_it_once() -> None:
    server = Server([call(f"c{i}", i) for i in range(5)], repeat_first=True)
    ids, error = run(server, 3)
    assert error is None and ids == ["c4", "c3", "c2", "c1", "c0"]


def test_a_call_without_a_timestamp_is_yielded_once_and_does_not_move_the_cursor() -> None:
    server = Server([call("a", 3), call("naive", None), call("b", 1)])
    ids, error = run(server, 10)
    assert sorted(ids) == ["a", "b", "naive"] and error is None


def test_a_whole_page_of_calls_without_a_timestamp_cannot_be_paged_past() -> None:
    server = Server([call(f"n{i}", None) for i in range(6)])
    ids, error = run(server, 5)
    assert len(ids) == 5 and isinstance(error, PagingError) and "without a createdAt" in str(error)


def test_bounds_given_as_text_or_exclusive_are_honoured_even_if_the_server_does_not() -> None:
    server = Server([call(f"c{i}", i) for i in range(10)], ignore=frozenset({"created_at_gt", "created_at_lt"}))
    ids, _ = run(server, 4, created_at_gt="2026-08-01T10:00:02Z", created_at_lt=BASE + timedelta(seconds=7))
    assert set(ids) <= {"c3", "c4", "c5", "c6"} and len(ids) == len(set(ids))


def test_the_page_grows_to_the_largest_then_says_it_cannot_go_on() -> None:
    server = Server([call(f"s{i}", 5) for i in range(MAX_PAGE + 1)])
    ids, error = run(server, 250)
    assert len(ids) == MAX_PAGE and isinstance(error, PagingError)


def test_max_requests_bounds_the_pages() -> None:
    pager = Pager(1, {}, max_requests=2)
    assert pager.next_request() is not None
    pager.take([call("a", 2)])
    assert pager.next_request() is not None
    pager.take([call("b", 1)])
    with pytest.raises(PagingError, match="stopped after 2 pages"):
        pager.next_request()
    assert pager.next_request() is None  # and it stays ended


@pytest.mark.parametrize("size", [0, MAX_PAGE + 1, 2.0, True, "10"])
def test_a_bad_page_size_is_refused(size: Any) -> None:
    with pytest.raises(ValidationError, match="page_size"):
        Pager(size, {})


# --- page-number listings (`x-vapi-pages: page-number`) -----------------------------------------------------


def numbered(
    items: list[str], page_size: int, answer: Any = None, max_pages: int = 1000
) -> tuple[list[str], list[dict[str, Any]], PagingError | None]:
    """Walk a `PageNumberPager` over `answer(request) -> (ids, metadata)` (default: an honest server over
    `items`); the ids yielded, the requests sent and the error raised."""

    def honest(request: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
        start = (request["page"] - 1) * request["limit"]
        ids = items[start : start + request["limit"]]
        total = -(-len(items) // request["limit"])
        return ids, {"currentPage": request["page"], "totalPages": total, "hasNextPage": request["page"] < total}

    pager = PageNumberPager(page_size, {"sort_order": "DESC"}, max_pages=max_pages)
    ids: list[str] = []
    requests: list[dict[str, Any]] = []
    try:
        while (request := pager.next_request()) is not None:
            requests.append(request)
            page, metadata = (answer or honest)(request)
            ids.extend(item.id for item in pager.take([SimpleNamespace(id=i) for i in page], metadata))
            assert len(requests) <= 10_000, "the iteration does not end"
    except PagingError as error:
        return ids, requests, error
    return ids, requests, None


def test_a_page_number_listing_walks_pages_until_the_metadata_says_the_last() -> None:
    items = [f"s{i}" for i in range(5)]
    ids, requests, error = numbered(items, 2)
    assert ids == items and error is None
    assert requests == [{"sort_order": "DESC", "page": page, "limit": 2} for page in (1, 2, 3)]
    # A full last page ends there too: the metadata says so, no extra request for an empty page.
    assert len(numbered(items[:4], 2)[1]) == 2


def test_without_metadata_a_short_or_empty_page_is_the_end() -> None:
    items = [f"s{i}" for i in range(4)]

    def bare(request: dict[str, Any]) -> tuple[list[str], None]:
        start = (request["page"] - 1) * request["limit"]
        return items[start : start + request["limit"]], None

    assert numbered(items, 3, bare)[:2] == (items, [{"sort_order": "DESC", "page": p, "limit": 3} for p in (1, 2)])
    assert numbered(items, 2, bare)[0] == items and len(numbered(items, 2, bare)[1]) == 3  # page 3 is empty
    # The server's own page size (`itemsPerPage`) counts: a capped page is not taken for the last.
    capped = numbered(items, 3, lambda r: (items[(r["page"] - 1) * 2 :][:2], {"itemsPerPage": 2}))
    assert capped[0] == items and capped[2] is None


def test_an_item_listed_again_is_yielded_once() -> None:
    pages = {1: ["a", "b"], 2: ["b", "c"], 3: ["c"]}
    ids, _, error = numbered([], 2, lambda r: (pages[r["page"]], {"hasNextPage": r["page"] < 3}))
    assert ids == ["a", "b", "c"] and error is None


def test_a_server_that_always_claims_more_stops_at_max_pages() -> None:
    def endless(request: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
        return [f"p{request['page']}-{i}" for i in range(request["limit"])], {"hasNextPage": True}

    ids, requests, error = numbered([], 2, endless, max_pages=5)
    assert len(requests) == 5 and len(ids) == 10
    assert isinstance(error, PagingError) and "stopped after 5 pages" in str(error)


def test_a_server_that_ignores_page_is_a_paging_error_not_a_loop() -> None:
    # It says which page it answered: the first mismatch ends the walk.
    ids, requests, error = numbered([], 2, lambda r: (["a", "b"], {"currentPage": 1, "hasNextPage": True}))
    assert ids == ["a", "b"] and len(requests) == 2 and isinstance(error, PagingError) and "page 1" in str(error)
    # It does not: a page with nothing new that claims more.
    ids, requests, error = numbered([], 2, lambda r: (["a", "b"], {"hasNextPage": True}))
    assert ids == ["a", "b"] and len(requests) == 2 and isinstance(error, PagingError)


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"page_size": 0}, ValidationError),
        ({"page_size": MAX_PAGE + 1}, ValidationError),
        ({"page_size": 10, "max_pages": 0}, ValidationError),
        ({"page_size": 10, "max_pages": True}, ValidationError),
        ({"page_size": 10, "filters": {"page": 2}}, TypeError),
        ({"page_size": 10, "filters": {"limit": 2}}, TypeError),
    ],
)
def test_page_number_arguments_are_checked(arguments: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        PageNumberPager(arguments["page_size"], arguments.get("filters", {}), max_pages=arguments.get("max_pages", 3))


# --- any server behaviour ------------------------------------------------------------------------------

servers = st.builds(
    Server,
    calls=st.lists(st.integers(0, 12), max_size=40).map(
        lambda seconds: [call(f"c{i}", s) for i, s in enumerate(seconds)]
    ),
    ignore=st.frozensets(st.sampled_from(["created_at_le", "created_at_lt", "created_at_ge"])),
    cap=st.none() | st.integers(1, 10),
    ascending=st.booleans(),
    repeat_first=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(server=servers, page_size=st.integers(1, 12), since=st.none() | st.integers(0, 12))
def test_whatever_the_server_does_no_call_is_yielded_twice_and_the_iteration_ends(
    server: Server, page_size: int, since: int | None
) -> None:
    filters = {} if since is None else {"created_at_ge": BASE + timedelta(seconds=since)}
    ids, error = run(server, page_size, **filters)
    assert len(ids) == len(set(ids))
    wanted = {c.id for c in server.calls if since is None or c.created_at >= BASE + timedelta(seconds=since)}
    assert set(ids) <= wanted  # nothing outside the bounds
    # Each page brings a new call, grows the page (at most 10 times in a row), or is the last (plus a probe).
    assert server.requests <= (len(server.calls) + 1) * 12
    ties = max((sum(c.created_at == d.created_at for d in server.calls) for c in server.calls), default=0)
    if not server.ascending and (server.cap is None or ties <= server.cap):
        # Never silently cut short: every wanted call, or an error saying some may be missing.
        assert error is not None or set(ids) == wanted


# --- Search -------------------------------------------------------------------------------------------

RID = "rid-search"
SENT_AT = datetime.now(UTC)


def listed(call_id: str, number: str, *, request_id: str = RID, ago: float = 1.0) -> Call:
    stamp = (SENT_AT - timedelta(seconds=ago)).isoformat()
    return Call.from_dict(
        {
            "id": call_id,
            "orgId": "org-1",
            "createdAt": stamp,
            "updatedAt": stamp,
            "customer": {"number": number},
            "assistantOverrides": {"metadata": {REQUEST_ID_KEY: request_id}},
        }
    )


def search(body: dict[str, Any]) -> Search:
    body = {**body, "assistantOverrides": {"metadata": {REQUEST_ID_KEY: RID}}}
    found = Search(body, RID, SENT_AT, ReconcilePolicy())
    found.pager()  # starts a look: the window now runs to now plus the clock skew
    return found


def test_one_call_is_never_taken_for_two_customers_even_across_looks() -> None:
    found = search({"customers": [{"number": "+1"}, {"number": "+1"}]})
    one = listed("one", "+1")
    found.look([one, one])
    found.look([one])
    assert list(found.found.values()) == [one] and not found.complete


def test_a_call_outside_the_window_is_not_this_creates() -> None:
    found = search({"customer": {"number": "+1"}})
    found.look([listed("early", "+1", ago=3600)])
    assert not found.complete and found.mismatched == {"early": "createdAt outside the window"}


def test_mismatches_kept_are_bounded() -> None:
    found = search({"customer": {"number": "+1"}})
    found.look(listed(f"spoof{i}", "+2") for i in range(MAX_MISMATCHES * 3))
    assert len(found.mismatched) == MAX_MISMATCHES


def test_a_number_written_with_spaces_or_dashes_is_the_same_number() -> None:
    found = search({"customer": {"number": "+1 415-555-0123"}})
    found.look([listed("mine", "+14155550123")])
    assert found.complete
