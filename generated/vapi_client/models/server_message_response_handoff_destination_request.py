# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["ServerMessageResponseHandoffDestinationRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseHandoffDestinationRequest(Model):
    """ServerMessageResponseHandoffDestinationRequest

    Attributes:
        destination: This is the destination you'd like the call to be transferred to.
        result: This is the local tool result message returned for the handoff tool call.
        error: This is the error message if the handoff should not be made.
    """

    _schema: ClassVar[str] = "ServerMessageResponseHandoffDestinationRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("result", "result"),
        ("error", "error"),
    )

    destination: dict[str, Any]
    result: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ServerMessageResponseHandoffDestinationRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseHandoffDestinationRequest | dict[str, Any]:
    """ServerMessageResponseHandoffDestinationRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "destination" in data:
        v = data["destination"]
        p0 = v if type(v) is dict else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "result" in data:
        v = data["result"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "error" in data:
        v = data["error"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseHandoffDestinationRequest:
            return ServerMessageResponseHandoffDestinationRequest(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseHandoffDestinationRequest(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseHandoffDestinationRequest
            }
            return obj
    return {"destination": p0, "result": p1, "error": p2}


_KNOWN_ServerMessageResponseHandoffDestinationRequest = frozenset(("destination", "result", "error"))


def _to_dict_ServerMessageResponseHandoffDestinationRequest(
    self: ServerMessageResponseHandoffDestinationRequest,
) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.result
    if v is not UNSET:
        out["result"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.destination
    if v is not UNSET:
        out["destination"] = _h.fresh(v)
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseHandoffDestinationRequest._fast_load = _load_ServerMessageResponseHandoffDestinationRequest
setattr(
    ServerMessageResponseHandoffDestinationRequest, "to_dict", _to_dict_ServerMessageResponseHandoffDestinationRequest
)  # noqa: B010 - replaces Model.to_dict
