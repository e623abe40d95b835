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
    from ..models.artifact import Artifact
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.transfer_destination_assistant import TransferDestinationAssistant
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownTransferDestination


__all__ = ["ServerMessageTransferUpdate"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageTransferUpdate(Model):
    """ServerMessageTransferUpdate

    Attributes:
        type_: This is the type of the message. "transfer-update" is sent whenever a transfer happens.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        destination: This is the destination of the transfer.
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
        to_assistant: This is the assistant that the call is being transferred to. This is only sent if `destination.type`
            is "assistant".
        from_assistant: This is the assistant that the call is being transferred from. This is only sent if
            `destination.type` is "assistant".
        to_step_record: This is the step that the conversation moved to.
        from_step_record: This is the step that the conversation moved from. =
    """

    _schema: ClassVar[str] = "ServerMessageTransferUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("destination", "destination"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("toAssistant", "to_assistant"),
        ("fromAssistant", "from_assistant"),
        ("toStepRecord", "to_step_record"),
        ("fromStepRecord", "from_step_record"),
    )

    type_: Literal["transfer-update"]
    phone_number: (
        CreateByoPhoneNumberDTO
        | CreateTwilioPhoneNumberDTO
        | CreateVonagePhoneNumberDTO
        | CreateVapiPhoneNumberDTO
        | CreateTelnyxPhoneNumberDTO
        | UnknownPhoneNumber
        | Unset
    ) = UNSET
    assistant_version: str | None | Unset = UNSET
    destination: (
        TransferDestinationAssistant
        | TransferDestinationNumber
        | TransferDestinationSip
        | UnknownTransferDestination
        | Unset
    ) = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    to_assistant: CreateAssistantDTO | Unset = UNSET
    from_assistant: CreateAssistantDTO | Unset = UNSET
    to_step_record: dict[str, Any] | Unset = UNSET
    from_step_record: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")
_alternatives_TransferDestination = _h.alternatives("TransferDestination")


def _load_ServerMessageTransferUpdate(
    data: dict[str, Any], strict: bool
) -> ServerMessageTransferUpdate | dict[str, Any]:
    """ServerMessageTransferUpdate from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "transfer-update" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_PhoneNumber[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p2 = None
        else:
            p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "destination" in data:
        v = data["destination"]
        tag3 = v.get("type") if type(v) is dict else None
        alternative4 = _alternatives_TransferDestination[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative4[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative4[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "timestamp" in data:
        v = data["timestamp"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p5 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("Artifact", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p6 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("CreateAssistantDTO", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p7 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("CreateCustomerDTO", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "call" in data:
        v = data["call"]
        p8 = _FAST["Call"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("Call", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "chat" in data:
        v = data["chat"]
        p9 = _FAST["Chat"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("Chat", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "toAssistant" in data:
        v = data["toAssistant"]
        p10 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("CreateAssistantDTO", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "fromAssistant" in data:
        v = data["fromAssistant"]
        p11 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("CreateAssistantDTO", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if "toStepRecord" in data:
        v = data["toStepRecord"]
        p12 = v if type(v) is dict else _S
        if p12 is _S:
            slow = True
    if "fromStepRecord" in data:
        v = data["fromStepRecord"]
        p13 = v if type(v) is dict else _S
        if p13 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageTransferUpdate:
            return ServerMessageTransferUpdate(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageTransferUpdate(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageTransferUpdate}
            return obj
    return {
        "type": p0,
        "phoneNumber": p1,
        "assistantVersion": p2,
        "destination": p3,
        "timestamp": p4,
        "artifact": p5,
        "assistant": p6,
        "customer": p7,
        "call": p8,
        "chat": p9,
        "toAssistant": p10,
        "fromAssistant": p11,
        "toStepRecord": p12,
        "fromStepRecord": p13,
    }


_KNOWN_ServerMessageTransferUpdate = frozenset(
    (
        "type",
        "phoneNumber",
        "assistantVersion",
        "destination",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
        "toAssistant",
        "fromAssistant",
        "toStepRecord",
        "fromStepRecord",
    )
)


def _to_dict_ServerMessageTransferUpdate(self: ServerMessageTransferUpdate) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.phone_number
    if v is not UNSET:
        out["phoneNumber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.timestamp
    if v is not UNSET:
        out["timestamp"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.artifact
    if v is not UNSET:
        out["artifact"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.call
    if v is not UNSET:
        out["call"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.chat
    if v is not UNSET:
        out["chat"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.to_assistant
    if v is not UNSET:
        out["toAssistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.from_assistant
    if v is not UNSET:
        out["fromAssistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.to_step_record
    if v is not UNSET:
        out["toStepRecord"] = _h.fresh(v)
    v = self.from_step_record
    if v is not UNSET:
        out["fromStepRecord"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageTransferUpdate._fast_load = _load_ServerMessageTransferUpdate
setattr(ServerMessageTransferUpdate, "to_dict", _to_dict_ServerMessageTransferUpdate)  # noqa: B010 - replaces Model.to_dict
