"""Whose request id a create carries: the caller's or the client's, never one copied from a response.

The id lives in ``assistantOverrides.metadata["vapiClientRequestId"]``; in a batch each customer also gets
one in ``customers[i].assistantOverrides.metadata``. Which id, in order:

1. ``request_id=`` given to the create: that id, whatever the body holds (resuming a create you
   attempted before is this: pass its id again).
2. The key written by hand: in a dict (the body, or the dict given as `assistant_overrides`), reached
   through dicts only. A key reached through a parsed model (``prev.assistant_overrides``) came back in a
   response: it names the call that response described, not this one. So does an id the client made
   (`CLIENT_ID_PREFIX`), e.g. in ``call.to_dict()``. Both are replaced.
3. A fresh id of the client's (none when reconciling is off: an inherited id is then removed).

A batch's customers get distinct ids: a customer's own hand-written id when no other id of the batch
equals it, else ``<request id>/<index>``. Two customers carrying one id would be resolved to one call.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .. import _json_guard
from .._codec._model import Model
from .._exceptions import CallCreationUncertainError, ValidationError, VapiError

REQUEST_ID_KEY = "vapiClientRequestId"
#: Every id the client makes starts so: met again in a body, it was copied from a response.
CLIENT_ID_PREFIX = "vapiclient-"
#: The longest id a caller may choose (it is stored in the call's metadata; a batch appends `/<index>`).
MAX_LENGTH = 200

_METADATA = ("assistantOverrides", "metadata", REQUEST_ID_KEY)


def fresh() -> str:
    import uuid  # on the first create only: it imports platform, which the client's start-up does not need

    return CLIENT_ID_PREFIX + uuid.uuid4().hex


def check(request_id: Any) -> str:
    """An explicit `request_id=`, refused with a `ValidationError` before anything is sent if unusable."""
    if not isinstance(request_id, str) or not request_id:
        raise ValidationError("request_id", f"expected a non-empty string, got {type(request_id).__name__}")
    if len(request_id) > MAX_LENGTH:
        raise ValidationError("request_id", f"at most {MAX_LENGTH} characters, got {len(request_id)}")
    if not request_id.isprintable() or not _json_guard.encodable(request_id):
        raise ValidationError("request_id", "holds a control character or a lone surrogate")
    return request_id


@dataclass(frozen=True)
class ByHand:
    """The ids a create's arguments carry written by hand: the batch's, and each customer's (None: none)."""

    request_id: str | None = None
    customers: tuple[str | None, ...] = ()

    @classmethod
    def of(cls, body: Any, keywords: Mapping[str, Any]) -> ByHand:
        """From the arguments as given (`keywords`: the body fields passed as keywords, by JSON name), before
        they become JSON: whether a model stood on the way to the key is known only here."""
        overrides = keywords.get("assistantOverrides")
        top = _hand_written(overrides, _METADATA[1:]) if overrides is not None else _hand_written(body, _METADATA)
        customers = keywords.get("customers")
        if customers is None:
            customers = body.get("customers") if isinstance(body, Mapping) else None
        if not isinstance(customers, Sequence) or isinstance(customers, str):
            return cls(top)
        return cls(top, tuple(_hand_written(customer, _METADATA) for customer in customers))


def _hand_written(value: Any, path: tuple[str, ...]) -> str | None:
    """The id at `path`, if every step there is a dict (no model) and it is not the client's own."""
    for key in path:
        if isinstance(value, Model) or not isinstance(value, Mapping):
            return None
        value = value.get(key)
    if isinstance(value, str) and value and not value.startswith(CLIENT_ID_PREFIX):
        return value
    return None


def tag(
    body: Mapping[str, Any], by_hand: ByHand | None = None, request_id: str | None = None, *, add: bool = True
) -> tuple[dict[str, Any], str | None]:
    """`body` (JSON) with its request ids set, as a new dict (the caller's is not changed), and the id.

    `by_hand`: what the arguments chose by hand (default: `body` is read as written by hand);
    `request_id`: the explicit id; `add`: make one when none was chosen (else inherited ids are removed).
    """
    if by_hand is None:
        by_hand = ByHand.of(body, {})
    chosen = request_id or by_hand.request_id or (fresh() if add else None)
    out = _with_id(body, chosen)
    customers = out.get("customers")
    if isinstance(customers, list):
        ids = _customer_ids(chosen, [*by_hand.customers, *[None] * len(customers)][: len(customers)])
        out["customers"] = [_with_id(c, cid) for c, cid in zip(customers, ids, strict=True)]
    return out, chosen


def _customer_ids(request_id: str | None, own: list[str | None]) -> list[str | None]:
    """One id per customer, all distinct from each other and from the batch's (see the module's docstring)."""
    if request_id is None:
        return own  # reconciling is off and nothing chosen: the hand-written ones stay, the inherited go
    ids = [cid or f"{request_id}/{index}" for index, cid in enumerate(own)]
    if len(set(ids)) == len(ids) and request_id not in ids:
        return list(ids)
    return [f"{request_id}/{index}" for index in range(len(own))]


def _with_id(owner: Any, request_id: str | None) -> Any:
    """A copy of `owner` (the body, or a customer) with `request_id` in its overrides' metadata: it replaces
    any id there, else comes after the caller's keys (which keep their order); None removes the key."""
    if not isinstance(owner, Mapping):
        return owner  # not an object: the body's check has refused it already
    overrides = owner.get("assistantOverrides")
    metadata = overrides.get("metadata") if isinstance(overrides, Mapping) else None
    if (overrides is not None and not isinstance(overrides, Mapping)) or not isinstance(metadata, Mapping | None):
        return dict(owner)
    if request_id is None and (metadata is None or REQUEST_ID_KEY not in metadata):
        return dict(owner)
    metadata = dict(metadata or {})
    if request_id is None:
        del metadata[REQUEST_ID_KEY]
    else:
        metadata[REQUEST_ID_KEY] = request_id
    return {**owner, "assistantOverrides": {**(overrides or {}), "metadata": metadata}}


def request_id_of(body: Any) -> str | None:
    """The request id a (tagged) JSON body carries."""
    overrides = body.get("assistantOverrides") if isinstance(body, Mapping) else None
    metadata = overrides.get("metadata") if isinstance(overrides, Mapping) else None
    value = metadata.get(REQUEST_ID_KEY) if isinstance(metadata, Mapping) else None
    return value if isinstance(value, str) else None


@contextmanager
def reported(body: Any, what: str) -> Iterator[None]:
    """Whatever leaves a create's send carries its request id, so the caller can look for the call:

    `CallCreationUncertainError.request_id` (also when not reconciled: `with_raw_response`), and on anything
    that is not a `VapiError` (a `CancelledError` from `asyncio.wait_for` or `asyncio.timeout`, a
    `KeyboardInterrupt`: the request may have reached Vapi) a `request_id` attribute and a note. The
    `TimeoutError` of `wait_for` holds that `CancelledError` as its `__cause__` (or `__context__`).
    """
    request_id = request_id_of(body)
    try:
        yield
    except BaseException as error:
        if request_id is not None and getattr(error, "request_id", None) is None:
            if isinstance(error, CallCreationUncertainError):
                error.request_id = request_id
            elif not isinstance(error, VapiError):
                error.request_id = request_id  # type: ignore[attr-defined]
                error.add_note(
                    f"vapi_client: {what} was interrupted and may have created the call; its request id is "
                    f"{request_id}: look for it before creating the call again"
                )
        raise
