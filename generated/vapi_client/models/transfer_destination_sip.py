# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.transfer_plan import TransferPlan
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferDestinationSip"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferDestinationSip(Model):
    """TransferDestinationSip

    Attributes:
        type_:
        sip_uri: This is the SIP URI to transfer the call to.
        message: This is spoken to the customer before connecting them to the destination.

            Usage:
            - If this is not provided and transfer tool messages is not provided, default is "Transferring the
            call now".
            - If set to "", nothing is spoken. This is useful when you want to silently transfer. This is
            especially useful when transferring between assistants in a squad. In this scenario, you likely also
            want to set `assistant.firstMessageMode=assistant-speaks-first-with-model-generated-message` for the
            destination assistant.

            This accepts a string or a ToolMessageStart class. Latter is useful if you want to specify multiple
            messages for different languages through the `contents` field.
        caller_id: This is the caller ID to use when transferring the call to the `sipUri`.

            Usage:
            - If not provided, the caller ID will be determined by the SIP infrastructure.
            - Set to '{{customer.number}}' to always use the customer's number as the caller ID.
            - Set to '{{phoneNumber.number}}' to always use the phone number of the assistant as the caller ID.
            - Set to any E164 number to always use that number as the caller ID.

            Only applicable when `transferPlan.sipVerb='dial'`. Not applicable for SIP REFER.
        transfer_plan: This configures how transfer is executed and the experience of the destination party receiving the
            call. Defaults to `blind-transfer`.

            @default `transferPlan.mode='blind-transfer'`
        sip_headers: These are custom headers to be added to SIP refer during transfer call.
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "TransferDestinationSip"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("sipUri", "sip_uri"),
        ("message", "message"),
        ("callerId", "caller_id"),
        ("transferPlan", "transfer_plan"),
        ("sipHeaders", "sip_headers"),
        ("description", "description"),
    )

    type_: Literal["sip"]
    sip_uri: str
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    caller_id: str | Unset = UNSET
    transfer_plan: TransferPlan | Unset = UNSET
    sip_headers: dict[str, Any] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TransferDestinationSip_one_of_1 = _h.OneOf(("union", "Message"), ("string", {}))


def _load_TransferDestinationSip(data: dict[str, Any], strict: bool) -> TransferDestinationSip | dict[str, Any]:
    """TransferDestinationSip from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "sip" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "sipUri" in data:
        v = data["sipUri"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p2 = _TransferDestinationSip_one_of_1(v, strict)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "callerId" in data:
        v = data["callerId"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if "transferPlan" in data:
        v = data["transferPlan"]
        p4 = _FAST["TransferPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("TransferPlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "sipHeaders" in data:
        v = data["sipHeaders"]
        p5 = v if type(v) is dict else _S
        if p5 is _S:
            slow = True
    if "description" in data:
        v = data["description"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferDestinationSip:
            return TransferDestinationSip(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferDestinationSip(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferDestinationSip}
            return obj
    return {
        "type": p0,
        "sipUri": p1,
        "message": p2,
        "callerId": p3,
        "transferPlan": p4,
        "sipHeaders": p5,
        "description": p6,
    }


_KNOWN_TransferDestinationSip = frozenset(
    ("type", "sipUri", "message", "callerId", "transferPlan", "sipHeaders", "description")
)


def _to_dict_TransferDestinationSip(self: TransferDestinationSip) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sip_uri
    if v is not UNSET:
        out["sipUri"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.caller_id
    if v is not UNSET:
        out["callerId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transfer_plan
    if v is not UNSET:
        out["transferPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.sip_headers
    if v is not UNSET:
        out["sipHeaders"] = _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferDestinationSip._fast_load = _load_TransferDestinationSip
setattr(TransferDestinationSip, "to_dict", _to_dict_TransferDestinationSip)  # noqa: B010 - replaces Model.to_dict
