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
    from ..models.unknown_variants import UnknownPhoneNumber


__all__ = ["ServerMessageUserInterrupted"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageUserInterrupted(Model):
    """ServerMessageUserInterrupted

    Attributes:
        type_: This is the type of the message. "user-interrupted" is sent when the user interrupts the assistant.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        turn_id: This is the turnId of the LLM response that was interrupted. Matches the turnId
            on model-output messages so clients can discard the interrupted turn's tokens.
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
    """

    _schema: ClassVar[str] = "ServerMessageUserInterrupted"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("turnId", "turn_id"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["user-interrupted"]
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
    turn_id: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")


def _load_ServerMessageUserInterrupted(
    data: dict[str, Any], strict: bool
) -> ServerMessageUserInterrupted | dict[str, Any]:
    """ServerMessageUserInterrupted from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "user-interrupted" else _S
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
    if "turnId" in data:
        v = data["turnId"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
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
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageUserInterrupted:
            return ServerMessageUserInterrupted(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageUserInterrupted(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageUserInterrupted}
            return obj
    return {
        "type": p0,
        "phoneNumber": p1,
        "assistantVersion": p2,
        "turnId": p3,
        "timestamp": p4,
        "artifact": p5,
        "assistant": p6,
        "customer": p7,
        "call": p8,
        "chat": p9,
    }


_KNOWN_ServerMessageUserInterrupted = frozenset(
    (
        "type",
        "phoneNumber",
        "assistantVersion",
        "turnId",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
    )
)


def _to_dict_ServerMessageUserInterrupted(self: ServerMessageUserInterrupted) -> dict[str, Any]:
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
    v = self.turn_id
    if v is not UNSET:
        out["turnId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageUserInterrupted._fast_load = _load_ServerMessageUserInterrupted
setattr(ServerMessageUserInterrupted, "to_dict", _to_dict_ServerMessageUserInterrupted)  # noqa: B010 - replaces Model.to_dict
