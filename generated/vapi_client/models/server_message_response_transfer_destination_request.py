# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.transfer_destination_assistant import TransferDestinationAssistant
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages, UnknownTransferDestination


__all__ = ["ServerMessageResponseTransferDestinationRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseTransferDestinationRequest(Model):
    """ServerMessageResponseTransferDestinationRequest

    Attributes:
        destination: This is the destination you'd like the call to be transferred to.
        message: This is the message that will be spoken to the user as the tool is running.
        error: This is the error message if the transfer should not be made.
    """

    _schema: ClassVar[str] = "ServerMessageResponseTransferDestinationRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("message", "message"),
        ("error", "error"),
    )

    destination: (
        TransferDestinationAssistant
        | TransferDestinationNumber
        | TransferDestinationSip
        | UnknownTransferDestination
        | Unset
    ) = UNSET
    message: (
        ToolMessageStart
        | ToolMessageComplete
        | ToolMessageFailed
        | ToolMessageDelayed
        | UnknownBashToolWithToolCallMessages
        | Unset
    ) = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_TransferDestination = _h.alternatives("TransferDestination")
_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")


def _load_ServerMessageResponseTransferDestinationRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseTransferDestinationRequest | dict[str, Any]:
    """ServerMessageResponseTransferDestinationRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "destination" in data:
        v = data["destination"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_TransferDestination[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p0 = _S
        else:
            p0 = alternative2[1](v, strict)
            if type(p0) is dict:
                p0 = _R(alternative2[0], p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "message" in data:
        v = data["message"]
        tag3 = v.get("type") if type(v) is dict else None
        alternative4 = _alternatives_BashToolWithToolCallMessages[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative4[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative4[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "error" in data:
        v = data["error"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseTransferDestinationRequest:
            return ServerMessageResponseTransferDestinationRequest(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseTransferDestinationRequest(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseTransferDestinationRequest
            }
            return obj
    return {"destination": p0, "message": p1, "error": p2}


_KNOWN_ServerMessageResponseTransferDestinationRequest = frozenset(("destination", "message", "error"))


def _to_dict_ServerMessageResponseTransferDestinationRequest(
    self: ServerMessageResponseTransferDestinationRequest,
) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.message
    if v is not UNSET:
        out["message"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseTransferDestinationRequest._fast_load = _load_ServerMessageResponseTransferDestinationRequest
setattr(
    ServerMessageResponseTransferDestinationRequest, "to_dict", _to_dict_ServerMessageResponseTransferDestinationRequest
)  # noqa: B010 - replaces Model.to_dict
