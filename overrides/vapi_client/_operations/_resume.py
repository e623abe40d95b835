"""Resume a create that may have been sent before: look for its call by request id before sending.

A job queue runs a job again when its worker dies, and the worker may have died after its POST reached Vapi.
The job's create, given the job's own id as `request_id=` and the earliest time any attempt could have been
sent as `attempted_since=`, first looks for a call carrying that id and what the body says: the matching
rules and bounds of `_reconcile` (its `Search`), over the calls created since `attempted_since` less the
clock skew, looking again within the window for a call Vapi lists late. Found: that call (or the batch) is
the create's result and nothing is sent. Not found: the create is sent once, as any other.

What cannot be told is never guessed: a lookup that fails, a search cut short by its page bound, or a batch
found in part raise `CallCreationUncertainError` without sending (sending could dial twice); the job can try
again later.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .._exceptions import CallCreationUncertainError, ValidationError
from . import _reconcile
from ._request_ids import request_id_of

#: Used when the client does not reconcile (`reconcile=None`): a resumed create still needs bounds.
DEFAULT_POLICY = _reconcile.ReconcilePolicy()


def attempted_since(arguments: Mapping[str, Any], policy: _reconcile.ReconcilePolicy | None) -> datetime | None:
    """The create's `attempted_since=`, checked before anything is sent (None: not a resumed create)."""
    since = arguments.get("attempted_since")
    if since is None:
        return None
    if not isinstance(since, datetime):
        raise ValidationError("attempted_since", f"expected a datetime, got {type(since).__name__}")
    if since.utcoffset() is None:
        raise ValidationError("attempted_since", "the datetime has no timezone: pass e.g. datetime.now(UTC)")
    if arguments.get("request_id") is None:
        # Only the caller's own id can name an earlier attempt: a fresh one would never be found.
        raise ValidationError("attempted_since", "needs request_id=: the id the earlier attempt was sent with")
    skew = (policy or DEFAULT_POLICY).clock_skew
    if since > datetime.now(UTC) + timedelta(seconds=skew):
        raise ValidationError("attempted_since", "is in the future: no earlier attempt can have been sent then")
    return since


def _search(body: Mapping[str, Any], since: datetime, policy: _reconcile.ReconcilePolicy) -> _reconcile.Search:
    request_id = request_id_of(body)
    assert request_id is not None, "a resumed create carries its caller's request id"
    return _reconcile.Search(body, request_id, since, policy)


def _undecided(search: _reconcile.Search, what: str, failure: str | None) -> CallCreationUncertainError:
    report = search.report(lookup_error=failure)
    error = CallCreationUncertainError(
        f"{what} was not sent: an earlier attempt may have created the call, and the lookup could not tell "
        f"({report.describe()}). Try again later."
    )
    error.request_id = report.request_id
    error.reconciliation = report
    return error


def _outcome(search: _reconcile.Search, what: str) -> Any:
    """The found call(s); None when nothing was found (send); raises when only part of a batch was."""
    if search.complete:
        search.log_success(what, resumed=True)
        return search.result()
    if search.found:
        raise _undecided(search, what, None)
    return None


def resume(
    list_page: _reconcile.ListPage,
    sleep: Callable[[float], None],
    policy: _reconcile.ReconcilePolicy | None,
    body: Mapping[str, Any],
    what: str,
    since: datetime,
) -> Any:
    """The call(s) an earlier attempt created, or None: then the create is to be sent."""
    search = _search(body, since, policy or DEFAULT_POLICY)
    try:
        _reconcile.search_window(list_page, sleep, search.policy, search)
    except Exception as lookup:
        raise _undecided(search, what, f"{type(lookup).__name__}: {lookup}") from lookup
    return _outcome(search, what)


async def resume_async(
    list_page: _reconcile.AsyncListPage,
    sleep: Callable[[float], Awaitable[None]],
    policy: _reconcile.ReconcilePolicy | None,
    body: Mapping[str, Any],
    what: str,
    since: datetime,
) -> Any:
    """`resume` for the async client."""
    search = _search(body, since, policy or DEFAULT_POLICY)
    try:
        await _reconcile.search_window_async(list_page, sleep, search.policy, search)
    except Exception as lookup:
        raise _undecided(search, what, f"{type(lookup).__name__}: {lookup}") from lookup
    return _outcome(search, what)
