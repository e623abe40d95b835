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
from ..types import UNSET

__all__ = ["ServerMessageResponseCallEndpointingRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseCallEndpointingRequest(Model):
    """ServerMessageResponseCallEndpointingRequest

    Attributes:
        timeout_seconds: This is the timeout in seconds to wait before considering the user's speech as finished.
    """

    _schema: ClassVar[str] = "ServerMessageResponseCallEndpointingRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("timeoutSeconds", "timeout_seconds"),)

    timeout_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ServerMessageResponseCallEndpointingRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseCallEndpointingRequest | dict[str, Any]:
    """ServerMessageResponseCallEndpointingRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 15 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseCallEndpointingRequest:
            return ServerMessageResponseCallEndpointingRequest(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseCallEndpointingRequest(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseCallEndpointingRequest
            }
            return obj
    return {"timeoutSeconds": p0}


_KNOWN_ServerMessageResponseCallEndpointingRequest = frozenset(("timeoutSeconds",))


def _to_dict_ServerMessageResponseCallEndpointingRequest(
    self: ServerMessageResponseCallEndpointingRequest,
) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseCallEndpointingRequest._fast_load = _load_ServerMessageResponseCallEndpointingRequest
setattr(ServerMessageResponseCallEndpointingRequest, "to_dict", _to_dict_ServerMessageResponseCallEndpointingRequest)  # noqa: B010 - replaces Model.to_dict
