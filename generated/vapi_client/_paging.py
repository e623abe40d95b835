"""Paging through a `list` with no cursor (`GET /call`, `GET /assistant`, ...: the generated `list_all`, where the
spec marks `x-vapi-pages`): by `createdAt`, without skipping or repeating an item.

Each page asks for items created at or before (`createdAtLe`) the oldest one seen so far and drops the
ones already returned at that instant. Items sharing the boundary timestamp are therefore neither lost
(as with `createdAtLt`) nor repeated. A page whose items all share one timestamp and are all already
seen means more items share it than a page holds: the page grows (up to the API's maximum of 1000).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ._exceptions import ValidationError, VapiError

MAX_PAGE = 1000  # the spec's maximum for `limit`


class Pager:
    def __init__(self, page_size: int, filters: Mapping[str, Any]) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE:
            raise ValidationError("page_size", f"expected an integer from 1 to {MAX_PAGE}, got {page_size!r}")
        if "limit" in filters:
            raise TypeError("list_all() pages by itself: pass page_size= instead of limit=")
        self._filters = dict(filters)
        self._limit = page_size
        self._cursor: datetime | None = None
        self._seen_at_cursor: set[str] = set()
        self._done = False

    def next_request(self) -> dict[str, Any] | None:
        if self._done:
            return None
        request = {**self._filters, "limit": self._limit}
        if self._cursor is not None:
            request["created_at_le"] = self._cursor
        return request

    def take(self, page: Sequence[Any]) -> list[Any]:
        """The calls of `page` not returned before; moves the cursor."""
        fresh = [call for call in page if _id(call) not in self._seen_at_cursor]
        stamps = [
            (stamp, _id(call)) for call in page if isinstance(stamp := getattr(call, "created_at", None), datetime)
        ]
        if len(page) < self._limit or not stamps:
            self._done = True  # the server had no more (or gave nothing to page by)
        elif not fresh:
            if self._limit >= MAX_PAGE:
                raise VapiError(
                    f"more than {MAX_PAGE} calls were created at {self._cursor.isoformat() if self._cursor else '?'}: "
                    "list_all() cannot page past them; narrow the filters"
                )
            self._limit = min(MAX_PAGE, self._limit * 2)
            return []
        if stamps:
            oldest = min(stamp for stamp, _ in stamps)
            at_oldest = {call_id for stamp, call_id in stamps if stamp == oldest}
            self._seen_at_cursor = at_oldest | (self._seen_at_cursor if oldest == self._cursor else set())
            self._cursor = oldest
        return fresh


def _id(call: Any) -> str:
    value = getattr(call, "id", None)
    return value if isinstance(value, str) else repr(value)
