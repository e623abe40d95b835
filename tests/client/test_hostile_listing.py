"""`list_all` against a hostile server: the fault server lists calls the way `GET /call` does, except
that it ignores a filter, caps `limit`, or sorts oldest first.

Whatever it does, no call is yielded twice, the iteration ends within a few requests, and it never
ends early without a `PagingError`. Every test is bounded: it takes at most `BOUND` items.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any
from urllib.parse import parse_qs

import pytest
from vapi_client import PagingError, VapiClient, VapiError

MakeClient = Callable[..., VapiClient]
BASE = datetime(2026, 8, 1, 10, 0, tzinfo=UTC)
BOUND = 2000  # items taken from an iteration, so a test ends even if the iteration does not


def stamp(second: float) -> str:
    return (BASE + timedelta(seconds=second)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def calls(count: int, *, start: int = 0, second: Callable[[int], float] = float) -> list[dict[str, Any]]:
    """`count` calls `c<i>`, call i created at `second(i)` seconds after BASE."""
    return [
        {"id": f"c{i}", "orgId": "org-1", "createdAt": stamp(second(i)), "updatedAt": stamp(second(i))}
        for i in range(start, start + count)
    ]


def serve(faults: Any, listed: list[dict[str, Any]], **hostile: Any) -> None:
    faults.script([{"method": "GET", "path": "/call", "responses": [{"calls": listed, **hostile}]}])


def newest_first(listed: list[dict[str, Any]]) -> list[str]:
    return [c["id"] for c in sorted(listed, key=lambda c: c["createdAt"], reverse=True)]


def take(iterator: Iterator[Any]) -> tuple[list[str], BaseException | None]:
    """The ids yielded (at most BOUND), and the error that ended the iteration, if any."""
    ids: list[str] = []
    try:
        ids.extend(call.id for call in islice(iterator, BOUND))
    except VapiError as error:
        return ids, error
    return ids, None


def queries(faults: Any) -> list[dict[str, list[str]]]:
    return [parse_qs(r["query"]) for r in faults.requests()]


def test_an_honest_server_is_listed_whole_and_ends_on_a_page_with_nothing_new(
    faults: Any, make_client: MakeClient
) -> None:
    listed = calls(25)
    serve(faults, listed)
    ids, error = take(make_client().calls.list_all(page_size=10))
    assert error is None and ids == newest_first(listed)
    assert len(faults.requests()) == 4  # 10, 10, 5 (short: maybe capped), then a page with nothing new


def test_a_server_that_ignores_created_at_le_is_never_repeated_and_ends_with_an_error(
    faults: Any, make_client: MakeClient
) -> None:
    listed = calls(250)
    serve(faults, listed, ignore=["createdAtLe"])
    ids, error = take(make_client().calls.list_all(page_size=100))
    assert len(ids) == len(set(ids)) == 100  # the newest page, once
    assert isinstance(error, PagingError) and "ignored createdAtLe" in str(error)
    assert len(faults.requests()) == 2


def test_a_server_that_ignores_created_at_le_with_few_calls_lists_them_once_then_says_so(
    faults: Any, make_client: MakeClient
) -> None:
    listed = calls(3)
    serve(faults, listed, ignore=["createdAtLe"])
    ids, error = take(make_client().calls.list_all(page_size=100))
    # Every call once; but a server that ignores the filter may cap `limit` too: it cannot tell, so it says so.
    assert ids == newest_first(listed) and isinstance(error, PagingError)


def test_a_server_that_ignores_created_at_ge_does_not_leak_older_calls(faults: Any, make_client: MakeClient) -> None:
    listed = calls(300)
    serve(faults, listed, ignore=["createdAtGe"])
    since = BASE + timedelta(seconds=280)
    ids, error = take(make_client().calls.list_all(page_size=8, created_at_ge=since))
    assert error is None and ids == [f"c{i}" for i in range(299, 279, -1)]
    assert len(faults.requests()) == 3  # 8, 8, then a page reaching below the bound: nothing older is wanted


def test_calls_newer_than_asked_are_dropped(faults: Any, make_client: MakeClient) -> None:
    listed = calls(30)
    serve(faults, listed, ignore=["createdAtLe"], max_limit=50)
    until = BASE + timedelta(seconds=9)
    ids, error = take(make_client().calls.list_all(page_size=50, created_at_le=until))
    assert ids == [f"c{i}" for i in range(9, -1, -1)]  # never c10 and newer
    assert isinstance(error, PagingError)  # the server ignores createdAtLe: older calls may be missing


def test_a_server_that_caps_limit_is_paged_to_the_end(faults: Any, make_client: MakeClient) -> None:
    listed = calls(35)
    serve(faults, listed, max_limit=10)
    ids, error = take(make_client().calls.list_all(page_size=100))
    assert error is None and ids == newest_first(listed)  # a short page is not the end
    assert [q["limit"] for q in queries(faults)] == [["100"]] * 5


def test_more_calls_on_one_timestamp_than_a_capped_page_holds_is_an_error(faults: Any, make_client: MakeClient) -> None:
    tied = calls(15, second=lambda i: 100.0)
    older = calls(5, start=15)
    serve(faults, tied + older, max_limit=10)
    ids, error = take(make_client().calls.list_all(page_size=100))
    assert isinstance(error, PagingError) and "than the server returns in one page (10)" in str(error)
    assert len(ids) == len(set(ids)) == 15 and set(ids) >= {c["id"] for c in older}


def test_more_calls_on_one_timestamp_than_the_largest_page_is_an_error(faults: Any, make_client: MakeClient) -> None:
    serve(faults, calls(1001, second=lambda i: 100.0))
    ids, error = take(make_client().calls.list_all(page_size=500))
    assert isinstance(error, PagingError) and "more than 1000 calls were created at" in str(error)
    assert len(ids) == len(set(ids)) == 1000
    assert [q["limit"] for q in queries(faults)] == [["500"], ["500"], ["1000"], ["1000"]]


def test_a_server_that_sorts_oldest_first_is_an_error(faults: Any, make_client: MakeClient) -> None:
    serve(faults, calls(30), order="asc")
    ids, error = take(make_client().calls.list_all(page_size=10))
    assert isinstance(error, PagingError) and "newest first" in str(error)
    assert len(ids) == len(set(ids)) == 10 and len(faults.requests()) == 1


def test_a_timestamp_without_a_timezone_is_a_validation_issue_not_a_type_error(
    faults: Any, make_client: MakeClient
) -> None:
    listed = calls(3)
    listed[1]["createdAt"] = listed[1]["createdAt"].removesuffix("Z")
    serve(faults, listed)
    got = list(islice(make_client().calls.list_all(page_size=10), BOUND))
    assert sorted(c.id for c in got) == ["c0", "c1", "c2"]
    naive = next(c for c in got if c.id == "c1")
    assert [issue.path for issue in naive.validation_issues] == ["createdAt"]


def test_async_list_all_against_a_server_that_ignores_created_at_le(
    faults: Any, make_async_client: Callable[..., Any]
) -> None:
    serve(faults, calls(250), ignore=["createdAtLe"])

    async def collect() -> tuple[list[str], BaseException | None]:
        ids: list[str] = []
        async with make_async_client() as client:
            try:
                async for call in client.calls.list_all(page_size=100):
                    ids.append(call.id)
                    if len(ids) >= BOUND:
                        break
            except VapiError as error:
                return ids, error
        return ids, None

    ids, error = asyncio.run(collect())
    assert len(ids) == len(set(ids)) == 100 and isinstance(error, PagingError)


@pytest.mark.parametrize("ignored", ["createdAtLe", "createdAtGe", "limit"])
def test_an_iteration_ends_within_a_few_requests_whatever_filter_is_ignored(
    faults: Any, make_client: MakeClient, ignored: str
) -> None:
    listed = calls(120)
    serve(faults, listed, ignore=[ignored], max_limit=40)
    ids, _ = take(make_client().calls.list_all(page_size=40, created_at_ge=BASE + timedelta(seconds=50)))
    assert len(ids) == len(set(ids)) and set(ids) <= {f"c{i}" for i in range(50, 120)}
    assert len(faults.requests()) <= 5
