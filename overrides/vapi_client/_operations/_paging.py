"""Paging through a `list` with no cursor (`GET /call`, `GET /assistant`, ...: the generated `list_all`, where
the spec marks `x-vapi-pages`): by `createdAt`, never skipping or repeating an item, and never ending
early without saying so, whatever the server does.

Each page asks for calls created at or before (`createdAtLe`) the oldest one seen so far and drops the
ones already returned at that instant, so calls sharing the boundary timestamp are neither lost (as
with `createdAtLt`) nor repeated. A call is told apart by its `id` (its `createdAt` never changes).

The server is not trusted to honour the request:

* Calls outside what was asked (newer than the cursor or the caller's upper bound, older than the
  caller's lower bound) are dropped; a call older than the lower bound means nothing older is wanted.
* A short page is not taken as the end (the server may cap `limit`): the iteration ends on a page that
  brings nothing new. If that page may not be the last one the server has, calls are missing: that is
  a `PagingError`, not a silent end.
* A page whose calls all share the cursor's timestamp and were all returned already means more calls
  share it than a page holds: the page grows (up to the API's maximum of 1000). More calls on one
  timestamp than the largest page holds is a `PagingError`. When such a page is shorter than asked, it
  is the end or a server capping `limit` below the calls sharing that timestamp: one request for calls
  strictly older (`createdAtLt`) tells them apart (any there means some at the cursor were skipped).
* A page that is not newest first (the server sorted ascending) is a `PagingError`: paging by
  `createdAtLe` would skip everything newer than its oldest call.

A page's new calls are always handed out; a problem it shows is raised by the next `next_request()`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from itertools import pairwise
from typing import Any

from .._codec._datetimes import parse_datetime
from .._exceptions import PagingError, ValidationError

MAX_PAGE = 1000  # the spec's maximum for `limit`


class Pager:
    """The state of one listing: build each request with `next_request()`, hand its page to `take()`.

    `max_requests` bounds the pages fetched (a `PagingError` past it); None: as many as the calls need.
    """

    def __init__(self, page_size: int, filters: Mapping[str, Any], *, max_requests: int | None = None) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE:
            raise ValidationError("page_size", f"expected an integer from 1 to {MAX_PAGE}, got {page_size!r}")
        if "limit" in filters:
            raise TypeError("list_all() pages by itself: pass page_size= instead of limit=")
        self._filters = dict(filters)
        self._upper = _Bound(filters, "created_at_le", "created_at_lt")
        self._lower = _Bound(filters, "created_at_ge", "created_at_gt")
        self._limit = page_size
        self._max_requests = max_requests
        self.requests = 0
        self._cursor: datetime | None = None
        self._seen_at_cursor: set[str] = set()
        self._seen_without_stamp: set[str] = set()
        self._largest = 0  # the longest page the server returned
        self._honoured = 0  # the largest `limit` the server filled a page to
        self._probing = False  # the request asks for calls strictly older than the cursor
        self._done = False
        self._problem: PagingError | None = None

    def next_request(self) -> dict[str, Any] | None:
        """The `list()` arguments of the next page, or None when there is nothing more to fetch."""
        if self._problem is not None:
            problem, self._problem, self._done = self._problem, None, True
            raise problem
        if self._done:
            return None
        if self._max_requests is not None and self.requests >= self._max_requests:
            self._done = True
            raise PagingError(f"stopped after {self.requests} pages (the most this listing may fetch)")
        self.requests += 1
        request = {**self._filters, "limit": self._limit}
        if self._cursor is not None:
            request["created_at_lt" if self._probing else "created_at_le"] = self._cursor
        return request

    def take(self, page: Sequence[Any]) -> list[Any]:
        """The calls of `page` not returned before and inside the bounds; decides what comes next."""
        requested, probing = self._limit, self._probing
        self._probing = False
        fresh: list[Any] = []
        kept: list[tuple[datetime, str]] = []
        newer = below = unplaced = False
        on_page: set[str] = set()
        for call in page:
            call_id, stamp = _id(call), created_at(call)
            if call_id in on_page:
                continue
            on_page.add(call_id)
            if stamp is None:  # no createdAt with a timezone: returned once, but cannot move the cursor
                unplaced = True
                if call_id not in self._seen_without_stamp:
                    self._seen_without_stamp.add(call_id)
                    fresh.append(call)
            elif self._cursor is not None and (stamp > self._cursor or (probing and stamp == self._cursor)):
                newer = True
            elif self._cursor is None and self._upper.excludes_above(stamp):
                newer = True
            elif self._lower.excludes_below(stamp):
                below = True
            else:
                kept.append((stamp, call_id))
                if not (stamp == self._cursor and call_id in self._seen_at_cursor):
                    fresh.append(call)
        stamps = [stamp for call in page if (stamp := created_at(call)) is not None]
        if any(later > earlier for earlier, later in pairwise(stamps)):
            self._fail("the server did not list the calls newest first, so paging by createdAt would skip some")
            return fresh
        if probing and kept:
            self._fail(
                f"more calls were created at {_iso(self._cursor)} than the server returns in one page "
                f"({self._largest}): some of them were skipped"
            )
            return fresh
        may_hold_more = len(page) >= requested or (len(page) >= self._largest and self._honoured <= len(page))
        if len(page) >= requested:
            self._honoured = max(self._honoured, requested)
        self._largest = max(self._largest, len(page))
        self._move_cursor(kept)
        if fresh:
            if below:
                self._done = True  # the page reached below the lower bound: nothing older is wanted
            return fresh
        # Nothing new: the end, unless this page may not be the last one the server has.
        if not page or below:
            self._done = True
        elif kept and not newer and not unplaced:
            # Every call shares the cursor's timestamp and was returned already.
            if len(page) >= requested and requested < MAX_PAGE:
                self._limit = min(MAX_PAGE, requested * 2)
            elif len(page) >= requested:
                self._fail(
                    f"more than {MAX_PAGE} calls were created at {_iso(self._cursor)}: list_all() cannot page "
                    "past them; narrow the filters"
                )
            elif may_hold_more:
                self._probing = True  # fewer than asked: the end, or a server that caps `limit`
            else:
                self._done = True
        elif newer and may_hold_more:
            self._fail(
                "the server ignored createdAtLe/createdAtLt: it listed calls newer than asked and none older, "
                f"so calls created before {_iso(self._cursor or self._upper.value)} may be missing"
            )
        elif unplaced and len(page) >= requested:
            self._fail("a whole page of calls without a createdAt (with a timezone) to page by: calls may be missing")
        else:
            self._done = True
        return []

    def _move_cursor(self, kept: list[tuple[datetime, str]]) -> None:
        if not kept:
            return
        oldest = min(stamp for stamp, _ in kept)
        at_oldest = {call_id for stamp, call_id in kept if stamp == oldest}
        if self._cursor is None or oldest < self._cursor:
            self._cursor, self._seen_at_cursor = oldest, at_oldest
        else:  # the same instant: remember every call returned at it (at most a page's worth, else stuck)
            self._seen_at_cursor |= at_oldest
        if len(self._seen_at_cursor) > MAX_PAGE:
            self._fail(f"more than {MAX_PAGE} calls were created at {_iso(self._cursor)}: narrow the filters")

    def _fail(self, reason: str) -> None:
        self._problem = PagingError(f"list_all(): {reason}")


def created_at(call: Any) -> datetime | None:
    """A listed call's `createdAt`, if it is a date-time with a timezone (a naive one cannot be ordered)."""
    stamp = getattr(call, "created_at", None)
    return stamp if isinstance(stamp, datetime) and stamp.utcoffset() is not None else None


class _Bound:
    """The caller's own bound on `createdAt`, if any: the tighter of an inclusive and an exclusive one."""

    def __init__(self, filters: Mapping[str, Any], inclusive: str, exclusive: str) -> None:
        upper = inclusive.endswith("le")
        given = [
            (value, name == inclusive)
            for name in (inclusive, exclusive)
            if (value := _as_datetime(filters.get(name))) is not None
        ]
        # Tightest first: the lowest upper (the highest lower) bound; at one instant, the exclusive one.
        given.sort(key=lambda bound: (bound[0].timestamp() * (1 if upper else -1), bound[1]))
        self.value: datetime | None = given[0][0] if given else None
        self.inclusive = given[0][1] if given else True

    def excludes_above(self, stamp: datetime) -> bool:
        return self.value is not None and (stamp > self.value or (stamp == self.value and not self.inclusive))

    def excludes_below(self, stamp: datetime) -> bool:
        return self.value is not None and (stamp < self.value or (stamp == self.value and not self.inclusive))


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, str):
        try:
            value = parse_datetime(value)
        except ValueError:
            return None  # the request itself will say what is wrong with it
    return value if isinstance(value, datetime) and value.utcoffset() is not None else None


def _iso(stamp: datetime | None) -> str:
    return stamp.isoformat() if stamp is not None else "the first page"


def _id(call: Any) -> str:
    value = getattr(call, "id", None)
    return value if isinstance(value, str) else repr(value)


MAX_PAGES = 1000  # `list_all(max_pages=)` of a page-number listing: 100,000 items at the default page size


class PageNumberPager:
    """One walk through a listing by page number (`page` 1, 2, ... with `limit`; the generated `list_all` where
    the spec marks `x-vapi-pages: page-number`): `next_request()`, then `take()` the page's items and metadata.

    The end is an empty page, or the page the metadata says is the last (`hasNextPage`, else `currentPage` of
    `totalPages`), else one shorter than the page size (`itemsPerPage`, else the `limit` asked). The server is
    not trusted: an item listed again (by `id`) is returned once, and a page that is not the one asked for,
    that claims more but brings nothing new, or past `max_pages` pages is a `PagingError`, never a loop.
    """

    def __init__(self, page_size: int, filters: Mapping[str, Any], *, max_pages: int = MAX_PAGES) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE:
            raise ValidationError("page_size", f"expected an integer from 1 to {MAX_PAGE}, got {page_size!r}")
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValidationError("max_pages", f"expected a positive integer, got {max_pages!r}")
        if "limit" in filters or "page" in filters:
            raise TypeError("list_all() pages by itself: pass page_size= instead of limit= or page=")
        self._filters = dict(filters)
        self._limit = page_size
        self._max_pages = max_pages
        self.requests = 0
        self._seen: set[str] = set()
        self._done = False

    def next_request(self) -> dict[str, Any] | None:
        """The `list()` arguments of the next page, or None when there is nothing more to fetch."""
        if self._done:
            return None
        if self.requests >= self._max_pages:
            self._done = True
            raise PagingError(
                f"list_all(): stopped after {self.requests} pages (max_pages) and the server still claims more"
            )
        self.requests += 1
        return {**self._filters, "page": self.requests, "limit": self._limit}

    def take(self, items: Sequence[Any], metadata: Any) -> list[Any]:
        """The items of the page just fetched not returned before; decides whether another page follows."""
        meta = metadata.to_dict() if callable(getattr(metadata, "to_dict", None)) else metadata
        meta = meta if isinstance(meta, Mapping) else {}
        current = _number(meta.get("currentPage"))
        if items and current is not None and current != self.requests:
            self._done = True
            raise PagingError(
                f"list_all(): asked for page {self.requests}, the server answered page {current:g}: items may be missing"
            )
        fresh = []
        for item in items:
            item_id = getattr(item, "id", None)
            if not isinstance(item_id, str):  # nothing to tell a repeat by: handed out as listed
                fresh.append(item)
            elif item_id not in self._seen:
                self._seen.add(item_id)
                fresh.append(item)
        has_next, total_pages = meta.get("hasNextPage"), _number(meta.get("totalPages"))
        per_page = _number(meta.get("itemsPerPage"))
        if not items:
            last = True
        elif isinstance(has_next, bool):
            last = not has_next
        elif total_pages is not None:
            last = self.requests >= total_pages
        else:
            last = len(items) < (per_page if per_page is not None and per_page >= 1 else self._limit)
        if last:
            self._done = True
        elif not fresh:
            self._done = True
            raise PagingError(
                f"list_all(): page {self.requests} held only items already listed yet claims more: "
                "the server may ignore `page`"
            )
        return fresh


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
