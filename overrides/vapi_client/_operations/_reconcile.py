"""Exactly once: resolve a create whose outcome is unknown by finding the call it made.

Every create carries a request id the API stores and echoes on the Call: in
``assistantOverrides.metadata["vapiClientRequestId"]`` (for a batch, each customer also gets
``<request id>/<index>`` in its own ``customers[i].assistantOverrides.metadata``). Whose id it is, the
caller's or the client's (never one copied from a response), is `_request_ids`'s to say.

When a create may have reached Vapi (read timeout, dropped connection, 5xx), the client lists the calls
created in the window around the request (narrowed by its assistant and phone number), looks for the
id, and looks again a few times within `ReconcilePolicy.window` for calls that appear late. A listed
call counts only if it carries the id *and* what was sent (customer, assistant/squad/workflow, phone
number, a `createdAt` inside the window); one call is never taken for two customers of a batch.
Found: the create returns the call(s) as if the response had arrived. Not found: `CallCreationUncertainError`,
saying what was checked; whatever goes wrong while looking is reported there, never raised instead.
The lookups are ordinary GETs (retried as usual), bounded in pages per look; a create is never sent
again unless `ReconcilePolicy.retry_unconfirmed` is set, and then with the same id.

The drivers know nothing of the client: they are given `list_page(filters) -> list[Call]` (one page of
`calls.list`) and `sleep(seconds)`, and page with a `Pager`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .._exceptions import CallCreationUncertainError, ValidationError
from .._redaction import redact
from ._paging import Pager, created_at
from ._request_ids import REQUEST_ID_KEY, request_id_of

#: `limit` of each lookup page; `ReconcilePolicy.max_pages` bounds the pages of one look.
LOOKUP_PAGE = 100
#: At most this many mismatched calls are kept on a report, and call ids counted as examined: a hostile
#: server could send any number of them.
MAX_MISMATCHES = 20
MAX_EXAMINED = 100_000

logger = logging.getLogger("vapi_client")

ListPage = Callable[[dict[str, Any]], Sequence[Any]]
AsyncListPage = Callable[[dict[str, Any]], Awaitable[Sequence[Any]]]


@dataclass(frozen=True)
class ReconcilePolicy:
    """How a create whose outcome is unknown is resolved. `VapiClient(reconcile=None)` turns it off
    (and with it the client's request id in the body; one given as `request_id=` is still sent): creates
    are then at most once, as before.

    window: how long (seconds, 0 to 3600) to keep looking for a call that appears late in the list.
    interval: seconds between looks (0.01 to 3600). clock_skew: how far (seconds, 0 to 3600) this
    machine's clock may be off Vapi's: calls are looked for among those created from `sent_at` minus it
    to now plus it. max_pages: pages (of 100 calls) one look may fetch, 1 to 1000.
    retry_unconfirmed: after a window with nothing found, send the create again (same request id, so a
    later look still matches) instead of raising; off by default, because a call Vapi is slow to list
    would then be placed twice. Checked when built: a `ValidationError` (a ValueError) names the field.
    """

    window: float = 10.0
    interval: float = 2.0
    clock_skew: float = 60.0
    retry_unconfirmed: bool = False
    max_pages: int = 20

    def __post_init__(self) -> None:
        for name, low, high in (("window", 0.0, 3600.0), ("interval", 0.01, 3600.0), ("clock_skew", 0.0, 3600.0)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ValidationError(name, f"expected a finite number of seconds, got {value!r}", "ReconcilePolicy")
            if not low <= value <= high:
                raise ValidationError(name, f"expected {low:g} to {high:g} seconds, got {value!r}", "ReconcilePolicy")
        pages = self.max_pages
        if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= 1000:
            raise ValidationError("max_pages", f"expected an integer from 1 to 1000, got {pages!r}", "ReconcilePolicy")
        if not isinstance(self.retry_unconfirmed, bool):
            raise ValidationError(
                "retry_unconfirmed", f"expected True or False, got {self.retry_unconfirmed!r}", "ReconcilePolicy"
            )

    @property
    def looks(self) -> int:
        return 1 + math.ceil(self.window / self.interval)


@dataclass(frozen=True)
class Reconciliation:
    """What a reconcile checked, on the `CallCreationUncertainError` it raises.

    Holds no secret: `found` are copies of the calls with every sensitive property masked, and
    `unresolved_customers` the batch's customers as sent, masked the same way. `mismatched` lists
    the calls that carried the request id but not what was sent, as ``(call id, what differs)``:
    they are not taken as this create's calls.
    """

    request_id: str
    created_since: datetime
    looks: int
    calls_examined: int
    found: tuple[Any, ...] = ()
    unresolved_customers: tuple[Mapping[str, Any], ...] = ()
    lookup_error: str | None = field(default=None)
    mismatched: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        text = (
            f"looked {self.looks} time(s) for request id {self.request_id} among calls created since "
            f"{self.created_since.isoformat()} ({self.calls_examined} calls examined)"
        )
        if self.found:
            text += f"; found {len(self.found)}"
        if self.unresolved_customers:
            numbers = ", ".join(str(c.get("number") or c.get("sipUri") or "?") for c in self.unresolved_customers)
            text += f"; not found for customers: {numbers}"
        if self.mismatched:
            calls = ", ".join(f"{call_id} ({why})" for call_id, why in self.mismatched)
            text += f"; ignored calls that carry the request id but not what was sent: {calls}"
        if self.lookup_error:
            text += f"; the lookup failed: {self.lookup_error}"
        return text


# --- matching --------------------------------------------------------------------------------------

#: What a create names that its call must show again (exact JSON names of the request and the Call).
_SAME_ON_THE_CALL = ("assistantId", "squadId", "workflowId", "phoneNumberId", "customerId")


def _ids_on(data: Mapping[str, Any]) -> set[str]:
    """The request ids a listed call carries (its own overrides, and its customer's)."""
    found = set()
    for path in (("assistantOverrides", "metadata"), ("customer", "assistantOverrides", "metadata")):
        node: Any = data
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        if isinstance(node, Mapping) and isinstance(node.get(REQUEST_ID_KEY), str):
            found.add(node[REQUEST_ID_KEY])
    return found


def _customer_ids(body: Mapping[str, Any], request_id: str) -> list[tuple[str, Mapping[str, Any]]]:
    customers = body.get("customers")
    if not isinstance(customers, list):
        return []
    out = []
    for index, customer in enumerate(customers):
        if not isinstance(customer, Mapping):
            customer = {}
        metadata = (customer.get("assistantOverrides") or {}).get("metadata") or {}
        out.append((str(metadata.get(REQUEST_ID_KEY) or f"{request_id}/{index}"), customer))
    return out


def _number(value: Any) -> Any:
    """A phone number as Vapi may echo it: without spaces, dashes, dots or parentheses."""
    return "".join(ch for ch in value if ch not in " -.()") if isinstance(value, str) else value


class Search:
    """The state of one reconcile: what is wanted, what was seen, what was found."""

    def __init__(self, body: Mapping[str, Any], request_id: str, sent_at: datetime, policy: ReconcilePolicy) -> None:
        self.body = body
        self.request_id = request_id
        self.policy = policy
        self.since = sent_at - timedelta(seconds=policy.clock_skew)
        self.until = self.since
        self.customers = _customer_ids(body, request_id)
        self.found: dict[str, Any] = {}  # wanted id (request id, or a batch customer's) -> call
        self._taken: set[str] = set()  # ids of the calls in `found`: one call, one customer
        self.mismatched: dict[str, str] = {}
        self.examined: set[str] = set()
        self.looks = 0

    def pager(self) -> Pager:
        """One look's paging: the window up to now (plus the clock skew), narrowed like the request."""
        self.looks += 1
        self.until = datetime.now(UTC) + timedelta(seconds=self.policy.clock_skew)
        filters: dict[str, Any] = {"created_at_ge": self.since, "created_at_le": self.until}
        for json_name, python_name in (("assistantId", "assistant_id"), ("phoneNumberId", "phone_number_id")):
            if isinstance(self.body.get(json_name), str):
                filters[python_name] = self.body[json_name]
        return Pager(LOOKUP_PAGE, filters, max_requests=self.policy.max_pages)

    def look(self, calls: Iterable[Any]) -> None:
        """Examine listed calls, one at a time (a look's pages are never collected)."""
        wanted = {cid for cid, _ in self.customers}
        for call in calls:
            call_id = str(getattr(call, "id", None))
            if len(self.examined) < MAX_EXAMINED:
                self.examined.add(call_id)
            data = call.to_dict() if hasattr(call, "to_dict") else None
            if not isinstance(data, Mapping):
                continue
            ids = _ids_on(data)
            if self.request_id not in ids and not ids & wanted:
                continue  # not this create's
            if call_id in self._taken:
                continue
            if not self.customers:
                self._settle(call, call_id, self.request_id, self._difference(call, data, self.body.get("customer")))
                continue
            # A batch: the customer whose id the call echoes, else the first one not found yet that it matches.
            tagged = [(cid, c) for cid, c in self.customers if cid in ids]
            candidates = tagged or [(cid, c) for cid, c in self.customers if cid not in self.found]
            why = "no customer of the batch that is still missing"
            for cid, customer in candidates:
                if cid in self.found:
                    why = "its customer was found already"
                    continue
                why = self._difference(call, data, customer) or ""
                if not why:
                    self._settle(call, call_id, cid, None)
                    break
            else:
                self._settle(call, call_id, "", why)

    def _settle(self, call: Any, call_id: str, wanted_id: str, why: str | None) -> None:
        if why is None:
            self.found[wanted_id] = call
            self._taken.add(call_id)
            self.mismatched.pop(call_id, None)
        elif call_id not in self.mismatched and len(self.mismatched) < MAX_MISMATCHES:
            self.mismatched[call_id] = why

    def _difference(self, call: Any, data: Mapping[str, Any], customer: Any) -> str | None:
        """What about a call carrying the request id differs from what was sent (None: nothing)."""
        for name in _SAME_ON_THE_CALL:
            sent = self.body.get(name)
            if isinstance(sent, str) and data.get(name) != sent:
                return f"{name} differs"
        if isinstance(customer, Mapping):
            echoed = data.get("customer")
            echoed = echoed if isinstance(echoed, Mapping) else {}
            for name in ("number", "sipUri"):
                sent = customer.get(name)
                if isinstance(sent, str) and _number(echoed.get(name)) != _number(sent):
                    return f"customer.{name} differs"
        stamp = created_at(call)
        if stamp is None:
            return "no createdAt with a timezone"
        if not self.since <= stamp <= self.until:
            return "createdAt outside the window"
        return None

    @property
    def complete(self) -> bool:
        if self.customers:
            return all(cid in self.found for cid, _ in self.customers)
        return self.request_id in self.found

    def report(self, lookup_error: str | None = None) -> Reconciliation:
        unresolved = tuple(redact(dict(c)) for cid, c in self.customers if cid not in self.found)
        return Reconciliation(
            request_id=self.request_id,
            created_since=self.since,
            looks=self.looks,
            calls_examined=len(self.examined),
            found=tuple(_masked(call) for call in self.found.values()),
            unresolved_customers=unresolved,
            lookup_error=lookup_error,
            mismatched=tuple(self.mismatched.items()),
        )

    def result(self) -> Any:
        """The create's result as if the response had arrived: a Call, or a batch result."""
        if not self.customers:
            return self.found[self.request_id]
        from ..models.call_batch_response import CallBatchResponse

        return CallBatchResponse(results=[self.found[cid] for cid, _ in self.customers], errors=[])

    def log_success(self, what: str, *, resumed: bool = False) -> None:
        ids = ", ".join(str(getattr(call, "id", "?")) for call in self.found.values())
        if resumed:
            logger.warning(
                "%s: not sent: an earlier attempt created the call(s) with request id %s: %s",
                what,
                self.request_id,
                ids,
                extra={"vapi_resumed": True},
            )
            return
        logger.warning(
            "%s: the response was lost; found the call(s) it created by request id %s: %s",
            what,
            self.request_id,
            ids,
            extra={"vapi_reconciled": True},
        )


def _masked(call: Any) -> Any:
    """A copy of a found call safe to keep on an error: every sensitive property masked."""
    if hasattr(call, "to_dict") and hasattr(call, "from_dict"):
        return type(call).from_dict(redact(call.to_dict()))
    return call


# --- the drivers: look, wait, look again -------------------------------------------------------------


def unresolved(error: CallCreationUncertainError, report: Reconciliation) -> CallCreationUncertainError:
    """The uncertain error again, now saying what the reconcile checked."""
    failed = CallCreationUncertainError(
        f"{error} Reconciled: {report.describe()}.",
        request=error.request,
        sent_at=error.sent_at,
        response=error.response,
    )
    failed.request_id = report.request_id
    failed.reconciliation = report
    return failed


def _lookup_failure(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def search_window(list_page: ListPage, sleep: Callable[[float], None], policy: ReconcilePolicy, search: Search) -> bool:
    """Look for the search's calls, and again every `interval` within `window` for calls listed late;
    whether all were found. Lookup errors are raised."""
    for look in range(policy.looks):
        if look:
            sleep(policy.interval)
        pager = search.pager()
        while not search.complete and (request := pager.next_request()) is not None:
            search.look(pager.take(list_page(request)))
        if search.complete:
            return True
    return False


async def search_window_async(
    list_page: AsyncListPage, sleep: Callable[[float], Awaitable[None]], policy: ReconcilePolicy, search: Search
) -> bool:
    """`search_window` for the async client."""
    for look in range(policy.looks):
        if look:
            await sleep(policy.interval)
        pager = search.pager()
        while not search.complete and (request := pager.next_request()) is not None:
            search.look(pager.take(await list_page(request)))
        if search.complete:
            return True
    return False


def reconcile(
    list_page: ListPage,
    sleep: Callable[[float], None],
    policy: ReconcilePolicy,
    body: Mapping[str, Any],
    what: str,
    error: CallCreationUncertainError,
) -> Any:
    """The created call(s), found by request id; raises the uncertain error if not found.

    `list_page(filters)` fetches one page of `calls.list`; `sleep(seconds)` waits between looks.
    """
    request_id = request_id_of(body)
    if request_id is None or error.sent_at is None:
        raise error
    search = Search(body, request_id, error.sent_at, policy)
    failure: str | None = None
    try:
        if search_window(list_page, sleep, policy, search):
            search.log_success(what)
            return search.result()
    except Exception as lookup:  # whatever happens, the caller gets the request id and the uncertain error
        failure = _lookup_failure(lookup)
    raise unresolved(error, search.report(lookup_error=failure)) from error.__cause__


async def reconcile_async(
    list_page: AsyncListPage,
    sleep: Callable[[float], Awaitable[None]],
    policy: ReconcilePolicy,
    body: Mapping[str, Any],
    what: str,
    error: CallCreationUncertainError,
) -> Any:
    """`reconcile` for the async client: `list_page` and `sleep` are awaited."""
    request_id = request_id_of(body)
    if request_id is None or error.sent_at is None:
        raise error
    search = Search(body, request_id, error.sent_at, policy)
    failure: str | None = None
    try:
        if await search_window_async(list_page, sleep, policy, search):
            search.log_success(what)
            return search.result()
    except Exception as lookup:
        failure = _lookup_failure(lookup)
    raise unresolved(error, search.report(lookup_error=failure)) from error.__cause__
