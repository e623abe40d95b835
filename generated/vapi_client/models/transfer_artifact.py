# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_message import BotMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.transfer_artifact_mode import TransferArtifactMode, _TransferArtifactModeValues
    from ..models.transfer_artifact_status import TransferArtifactStatus, _TransferArtifactStatusValues
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownConversationMessage, UnknownDestination
    from ..models.user_message import UserMessage


__all__ = ["TransferArtifact"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferArtifact(Model):
    """TransferArtifact

    Attributes:
        destination: The transfer destination (phone number or SIP URI).
        mode: The transfer mode (e.g. warm-transfer-experimental, blind-transfer).
        transcript: Flat-text transcript / announcement preview of the transfer.
        status: The terminal status of the transfer, rendered as the status line.
        messages: The agent↔operator conversation captured during a
            warm-transfer-experimental, rendered as bubbles.
    """

    _schema: ClassVar[str] = "TransferArtifact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("mode", "mode"),
        ("transcript", "transcript"),
        ("status", "status"),
        ("messages", "messages"),
    )

    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination
    mode: TransferArtifactMode | _TransferArtifactModeValues | Unset = UNSET
    transcript: str | Unset = UNSET
    status: TransferArtifactStatus | _TransferArtifactStatusValues | Unset = UNSET
    messages: (
        list[
            UserMessage
            | SystemMessage
            | BotMessage
            | ToolCallMessage
            | ToolCallResultMessage
            | UnknownConversationMessage
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Destination = _h.alternatives("Destination")
_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_TransferArtifact_items_10 = _h.Items(("union", "ConversationMessage"))


def _load_TransferArtifact(data: dict[str, Any], strict: bool) -> TransferArtifact | dict[str, Any]:
    """TransferArtifact from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "destination" in data:
        v = data["destination"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_Destination[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p0 = _S
        else:
            p0 = alternative2[1](v, strict)
            if type(p0) is dict:
                p0 = _R(alternative2[0], p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "mode" in data:
        v = data["mode"]
        p1 = _MEMBERS["TransferArtifactMode"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("TransferArtifactMode", v)
        if p1 is _S:
            slow = True
    if "transcript" in data:
        v = data["transcript"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "status" in data:
        v = data["status"]
        p3 = _MEMBERS["TransferArtifactStatus"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("TransferArtifactStatus", v)
        if p3 is _S:
            slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                tag8 = e3.get("role") if type(e3) is dict else None
                alternative9 = _alternatives_ConversationMessage[tag8] if type(tag8) is str else None
                if alternative9 is None:  # not an object, or a tag this spec does not know
                    x4 = _S
                else:
                    x4 = alternative9[1](e3, strict)
                    if type(x4) is dict:
                        x4 = _R(alternative9[0], x4)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p4 = _R(_TransferArtifact_items_10, out5) if resume7 else out5
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferArtifact:
            return TransferArtifact(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferArtifact(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferArtifact}
            return obj
    return {"destination": p0, "mode": p1, "transcript": p2, "status": p3, "messages": p4}


_KNOWN_TransferArtifact = frozenset(("destination", "mode", "transcript", "status", "messages"))


def _to_dict_TransferArtifact(self: TransferArtifact) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.mode
    if v is not UNSET:
        out["mode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.transcript
    if v is not UNSET:
        out["transcript"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.status
    if v is not UNSET:
        out["status"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i11.to_dict() if hasattr(i11, "to_dict") else _h.fresh(i11) for i11 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferArtifact._fast_load = _load_TransferArtifact
setattr(TransferArtifact, "to_dict", _to_dict_TransferArtifact)  # noqa: B010 - replaces Model.to_dict
