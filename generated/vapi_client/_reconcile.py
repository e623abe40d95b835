"""Exactly once: resolve a create whose outcome is unknown by finding the call it made.

Every create carries a request id the API stores and echoes on the Call: in
``assistantOverrides.metadata["vapiClientRequestId"]`` (for a batch, each customer also gets
``<request id>/<index>`` in its own ``customers[i].assistantOverrides.metadata``). The caller's own
metadata is kept as given; a caller who sets the key chooses the id.

When a create may have reached Vapi (read timeout, dropped connection, 5xx), the client lists the calls
created since just before the request was sent (narrowed by its assistant and phone number), looks for
the id, and looks again a few times within `ReconcilePolicy.window` for calls that appear late. Found:
the create returns the call(s) as if the response had arrived. Not found: `CallCreationUncertainError`,
saying what was checked. The lookups are ordinary GETs (retried as usual); a create is never sent again
unless `ReconcilePolicy.retry_unconfirmed` is set, and then with the same id.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ._exceptions import CallCreationUncertainError, VapiError

REQUEST_ID_KEY = "vapiClientRequestId"

logger = logging.getLogger("vapi_client")


@dataclass(frozen=True)
class ReconcilePolicy:
    """How a create whose outcome is unknown is resolved. `VapiClient(reconcile=None)` turns it off
    (and with it the request id in the body): creates are then at most once, as before.

    window: how long (seconds) to keep looking for a call that appears late in the list.
    interval: seconds between looks. clock_skew: how far before `sent_at` (this machine's clock)
    to list from. retry_unconfirmed: after a window with nothing found, send the create again (same
    request id, so a later look still matches) instead of raising; off by default, because a call
    Vapi is slow to list would then be placed twice.
    """

    window: float = 10.0
    interval: float = 2.0
    clock_skew: float = 60.0
    retry_unconfirmed: bool = False

    @property
    def looks(self) -> int:
        return 1 + max(0, math.ceil(self.window / self.interval)) if self.interval > 0 else 1


@dataclass(frozen=True)
class Reconciliation:
    """What a reconcile checked, on the `CallCreationUncertainError` it raises."""

    request_id: str
    created_since: datetime
    looks: int
    calls_examined: int
    found: tuple[Any, ...] = ()
    unresolved_customers: tuple[Mapping[str, Any], ...] = ()
    lookup_error: str | None = field(default=None)

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
        if self.lookup_error:
            text += f"; the lookup failed: {self.lookup_error}"
        return text


# --- tagging the request ---------------------------------------------------------------------------


def tag(body: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """`body` with the request id merged in (a new dict; the caller's is not changed), and the id."""
    out = dict(body)
    overrides = dict(out.get("assistantOverrides") or {})
    metadata = dict(overrides.get("metadata") or {})
    request_id = metadata.get(REQUEST_ID_KEY)
    if not isinstance(request_id, str) or not request_id:
        request_id = uuid.uuid4().hex
        metadata[REQUEST_ID_KEY] = request_id  # appended: the caller's keys keep their order
    overrides["metadata"] = metadata
    out["assistantOverrides"] = overrides
    customers = out.get("customers")
    if isinstance(customers, list):
        out["customers"] = [_tag_customer(c, f"{request_id}/{i}") for i, c in enumerate(customers)]
    return out, request_id


def _tag_customer(customer: Any, customer_id: str) -> Any:
    if not isinstance(customer, Mapping):
        return customer
    out = dict(customer)
    overrides = dict(out.get("assistantOverrides") or {})
    metadata = dict(overrides.get("metadata") or {})
    metadata.setdefault(REQUEST_ID_KEY, customer_id)
    overrides["metadata"] = metadata
    out["assistantOverrides"] = overrides
    return out


# --- matching --------------------------------------------------------------------------------------


def _ids_on(call: Any) -> set[str]:
    """The request ids a listed call carries (its own overrides, and its customer's)."""
    data = call.to_dict() if hasattr(call, "to_dict") else call
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
        metadata = (
            ((customer.get("assistantOverrides") or {}).get("metadata") or {}) if isinstance(customer, Mapping) else {}
        )
        out.append((str(metadata.get(REQUEST_ID_KEY) or f"{request_id}/{index}"), customer))
    return out


class Search:
    """The state of one reconcile: what is wanted, what was seen."""

    def __init__(self, body: Mapping[str, Any], request_id: str, sent_at: datetime, policy: ReconcilePolicy) -> None:
        self.body = body
        self.request_id = request_id
        self.policy = policy
        self.since = sent_at - timedelta(seconds=policy.clock_skew)
        self.customers = _customer_ids(body, request_id)
        self.found: dict[str, Any] = {}
        self.examined: set[str] = set()
        self.looks = 0

    def filters(self) -> dict[str, Any]:
        filters: dict[str, Any] = {"created_at_ge": self.since}
        for json_name, python_name in (("assistantId", "assistant_id"), ("phoneNumberId", "phone_number_id")):
            if isinstance(self.body.get(json_name), str):
                filters[python_name] = self.body[json_name]
        return filters

    def look(self, calls: Iterable[Any]) -> None:
        self.looks += 1
        wanted = {cid for cid, _ in self.customers} if self.customers else {self.request_id}
        for call in calls:
            self.examined.add(str(getattr(call, "id", id(call))))
            ids = _ids_on(call)
            for match in ids & wanted:
                self.found.setdefault(match, call)
            if self.customers and self.request_id in ids and not ids & wanted:
                # A batch call whose customer id was not echoed: match it by the customer's number.
                number = (call.to_dict().get("customer") or {}).get("number") if hasattr(call, "to_dict") else None
                for cid, customer in self.customers:
                    if cid not in self.found and isinstance(customer, Mapping) and customer.get("number") == number:
                        self.found[cid] = call
                        break

    @property
    def complete(self) -> bool:
        if self.customers:
            return all(cid in self.found for cid, _ in self.customers)
        return self.request_id in self.found

    def report(self, lookup_error: str | None = None) -> Reconciliation:
        unresolved = tuple(c for cid, c in self.customers if cid not in self.found and isinstance(c, Mapping))
        return Reconciliation(
            request_id=self.request_id,
            created_since=self.since,
            looks=self.looks,
            calls_examined=len(self.examined),
            found=tuple(self.found.values()),
            unresolved_customers=unresolved,
            lookup_error=lookup_error,
        )

    def result(self) -> Any:
        """The create's result as if the response had arrived: a Call, or a batch result."""
        if not self.customers:
            return self.found[self.request_id]
        from .models.call_batch_response import CallBatchResponse

        return CallBatchResponse(results=[self.found[cid] for cid, _ in self.customers], errors=[])

    def log_success(self, what: str) -> None:
        ids = ", ".join(str(getattr(call, "id", "?")) for call in self.found.values())
        logger.warning(
            "%s: the response was lost; found the call(s) it created by request id %s: %s",
            what,
            self.request_id,
            ids,
            extra={"vapi_reconciled": True},
        )


# --- the drivers: look, wait, look again -------------------------------------------------------------


def request_id_of(body: Mapping[str, Any]) -> str | None:
    metadata = (body.get("assistantOverrides") or {}).get("metadata") or {}
    value = metadata.get(REQUEST_ID_KEY)
    return value if isinstance(value, str) else None


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


def reconcile(
    policy: ReconcilePolicy,
    list_all: Callable[..., Iterable[Any]],
    sleep: Callable[[float], None],
    body: Mapping[str, Any],
    what: str,
    error: CallCreationUncertainError,
) -> Any:
    """The created call(s), found by request id; raises the uncertain error if not found.

    `list_all(**filters)` lists calls through the client's send path; `sleep` waits between looks."""
    request_id = request_id_of(body)
    if request_id is None or error.sent_at is None:
        raise error
    search = Search(body, request_id, error.sent_at, policy)
    for look in range(policy.looks):
        if look:
            sleep(policy.interval)
        try:
            search.look(list_all(**search.filters()))
        except VapiError as lookup:
            raise unresolved(error, search.report(lookup_error=str(lookup))) from error.__cause__
        if search.complete:
            search.log_success(what)
            return search.result()
    raise unresolved(error, search.report()) from error.__cause__


async def reconcile_async(
    policy: ReconcilePolicy,
    list_all: Callable[..., AsyncIterable[Any]],
    sleep: Callable[[float], Awaitable[None]],
    body: Mapping[str, Any],
    what: str,
    error: CallCreationUncertainError,
) -> Any:
    """`reconcile` for the async client."""
    request_id = request_id_of(body)
    if request_id is None or error.sent_at is None:
        raise error
    search = Search(body, request_id, error.sent_at, policy)
    for look in range(policy.looks):
        if look:
            await sleep(policy.interval)
        try:
            search.look([call async for call in list_all(**search.filters())])
        except VapiError as lookup:
            raise unresolved(error, search.report(lookup_error=str(lookup))) from error.__cause__
        if search.complete:
            search.log_success(what)
            return search.result()
    raise unresolved(error, search.report()) from error.__cause__
