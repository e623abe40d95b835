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


__all__ = ["TransferDestinationNumber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferDestinationNumber(Model):
    """TransferDestinationNumber

    Attributes:
        type_:
        number: This is the phone number to transfer the call to.
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
        number_e164_check_enabled: This is the flag to toggle the E164 check for the `number` field. This is an advanced property which
            should be used if you know your use case requires it.

            Use cases:
            - `false`: To allow non-E164 numbers like `+001234567890`, `1234`, or `abc`. This is useful for
            dialing out to non-E164 numbers on your SIP trunks.
            - `true` (default): To allow only E164 numbers like `+14155551234`. This is standard for PSTN calls.

            If `false`, the `number` is still required to only contain alphanumeric characters (regex:
            `/^\\+?[a-zA-Z0-9]+$/`).

            @default true (E164 check is enabled)
        extension: This is the extension to dial after transferring the call to the `number`.
        caller_id: This is the caller ID to use when transferring the call to the `number`.

            Usage:
            - If not provided, the caller ID will be the number the call is coming **from**.
              Example: a customer with number +14151111111 calls in to and the assistant transfers out to
            +16470000000. +16470000000 will see +14151111111 as the caller.
              For inbound calls, the caller ID is the customer's number. For outbound calls, the caller ID is
            the phone number of the assistant.
            - To change this behavior, provide a `callerId`.
            - Set to '{{customer.number}}' to always use the customer's number as the caller ID.
            - Set to '{{phoneNumber.number}}' to always use the phone number of the assistant as the caller ID.
            - Set to any E164 number to always use that number as the caller ID. This needs to be a number that
            is owned or verified by your Transport provider like Twilio.

            For Twilio, you can read up more here: https://www.twilio.com/docs/voice/twiml/dial#callerid
        transfer_plan: This configures how transfer is executed and the experience of the destination party receiving the
            call. Defaults to `blind-transfer`.

            @default `transferPlan.mode='blind-transfer'`
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "TransferDestinationNumber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("number", "number"),
        ("message", "message"),
        ("numberE164CheckEnabled", "number_e164_check_enabled"),
        ("extension", "extension"),
        ("callerId", "caller_id"),
        ("transferPlan", "transfer_plan"),
        ("description", "description"),
    )

    type_: Literal["number"]
    number: str
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    number_e164_check_enabled: bool | Unset = UNSET
    extension: str | Unset = UNSET
    caller_id: str | Unset = UNSET
    transfer_plan: TransferPlan | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TransferDestinationNumber_one_of_1 = _h.OneOf(("union", "Message"), ("string", {}))


def _load_TransferDestinationNumber(data: dict[str, Any], strict: bool) -> TransferDestinationNumber | dict[str, Any]:
    """TransferDestinationNumber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "number" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "number" in data:
        v = data["number"]
        p1 = v if type(v) is str and len(v) <= 40 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p2 = _TransferDestinationNumber_one_of_1(v, strict)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "numberE164CheckEnabled" in data:
        v = data["numberE164CheckEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "extension" in data:
        v = data["extension"]
        p4 = v if type(v) is str and len(v) <= 10 else _S
        if p4 is _S:
            slow = True
    if "callerId" in data:
        v = data["callerId"]
        p5 = v if type(v) is str and len(v) <= 40 else _S
        if p5 is _S:
            slow = True
    if "transferPlan" in data:
        v = data["transferPlan"]
        p6 = _FAST["TransferPlan"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("TransferPlan", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferDestinationNumber:
            return TransferDestinationNumber(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferDestinationNumber(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferDestinationNumber}
            return obj
    return {
        "type": p0,
        "number": p1,
        "message": p2,
        "numberE164CheckEnabled": p3,
        "extension": p4,
        "callerId": p5,
        "transferPlan": p6,
        "description": p7,
    }


_KNOWN_TransferDestinationNumber = frozenset(
    ("type", "number", "message", "numberE164CheckEnabled", "extension", "callerId", "transferPlan", "description")
)


def _to_dict_TransferDestinationNumber(self: TransferDestinationNumber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.number_e164_check_enabled
    if v is not UNSET:
        out["numberE164CheckEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.number
    if v is not UNSET:
        out["number"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.extension
    if v is not UNSET:
        out["extension"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.caller_id
    if v is not UNSET:
        out["callerId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transfer_plan
    if v is not UNSET:
        out["transferPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferDestinationNumber._fast_load = _load_TransferDestinationNumber
setattr(TransferDestinationNumber, "to_dict", _to_dict_TransferDestinationNumber)  # noqa: B010 - replaces Model.to_dict
