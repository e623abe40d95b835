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
    from ..models.phone_number_hook_call_ending import PhoneNumberHookCallEnding
    from ..models.phone_number_hook_call_ringing import PhoneNumberHookCallRinging
    from ..models.server import Server
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination


__all__ = ["CreateTwilioPhoneNumberDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateTwilioPhoneNumberDTO(Model):
    """CreateTwilioPhoneNumberDTO

    Attributes:
        provider: This is to use numbers bought on Twilio.
        number: These are the digits of the phone number you own on your Twilio.
        twilio_account_sid: This is the Twilio Account SID for the phone number.
        fallback_destination: This is the fallback destination an inbound call will be transferred to if:
            1. `assistantId` is not set
            2. `squadId` is not set
            3. and, `assistant-request` message to the `serverUrl` fails

            If this is not set and above conditions are met, the inbound call is hung up with an error message.
        hooks: This is the hooks that will be used for incoming calls to this phone number.
        sms_enabled: Controls whether Vapi sets the messaging webhook URL on the Twilio number during import.

            If set to `false`, Vapi will not update the Twilio messaging URL, leaving it as is.
            If `true` or omitted (default), Vapi will configure both the voice and messaging URLs.

            @default true
        twilio_auth_token: This is the Twilio Auth Token for the phone number.
        twilio_api_key: This is the Twilio API Key for the phone number.
        twilio_api_secret: This is the Twilio API Secret for the phone number.
        name: This is the name of the phone number. This is just for your own reference.
        assistant_id: This is the assistant that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId` nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        workflow_id: This is the workflow that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId`, nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        squad_id: This is the squad that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId`, nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        server: This is where Vapi will send webhooks. You can find all webhooks available along with their shape in
            ServerMessage schema.

            The order of precedence is:

            1. assistant.server
            2. phoneNumber.server
            3. org.server
    """

    _schema: ClassVar[str] = "CreateTwilioPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("number", "number"),
        ("twilioAccountSid", "twilio_account_sid"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("smsEnabled", "sms_enabled"),
        ("twilioAuthToken", "twilio_auth_token"),
        ("twilioApiKey", "twilio_api_key"),
        ("twilioApiSecret", "twilio_api_secret"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    provider: Literal["twilio"]
    number: str
    twilio_account_sid: str
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    twilio_auth_token: str | Unset = UNSET
    twilio_api_key: str | Unset = UNSET
    twilio_api_secret: str | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Destination = _h.alternatives("Destination")
_CreateTwilioPhoneNumberDTO_one_of_8 = _h.OneOf(
    ("model", "PhoneNumberHookCallRinging"), ("model", "PhoneNumberHookCallEnding")
)
_CreateTwilioPhoneNumberDTO_items_9 = _h.Items(
    ("oneof", ("model", "PhoneNumberHookCallRinging"), ("model", "PhoneNumberHookCallEnding"))
)


def _load_CreateTwilioPhoneNumberDTO(data: dict[str, Any], strict: bool) -> CreateTwilioPhoneNumberDTO | dict[str, Any]:
    """CreateTwilioPhoneNumberDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "twilio" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "number" in data:
        v = data["number"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "twilioAccountSid" in data:
        v = data["twilioAccountSid"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "fallbackDestination" in data:
        v = data["fallbackDestination"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_Destination[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative2[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative2[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "hooks" in data:
        v = data["hooks"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                x4 = _CreateTwilioPhoneNumberDTO_one_of_8(e3, strict)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p4 = _R(_CreateTwilioPhoneNumberDTO_items_9, out5) if resume7 else out5
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if "smsEnabled" in data:
        v = data["smsEnabled"]
        p5 = v if (v is True or v is False) else _S
        if p5 is _S:
            slow = True
    if "twilioAuthToken" in data:
        v = data["twilioAuthToken"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "twilioApiKey" in data:
        v = data["twilioApiKey"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "twilioApiSecret" in data:
        v = data["twilioApiSecret"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p9 = v if type(v) is str and len(v) <= 40 else _S
        if p9 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p10 = v if type(v) is str else _S
        if p10 is _S:
            slow = True
    if "workflowId" in data:
        v = data["workflowId"]
        p11 = v if type(v) is str else _S
        if p11 is _S:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p12 = v if type(v) is str else _S
        if p12 is _S:
            slow = True
    if "server" in data:
        v = data["server"]
        p13 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("Server", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateTwilioPhoneNumberDTO:
            return CreateTwilioPhoneNumberDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateTwilioPhoneNumberDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateTwilioPhoneNumberDTO}
            return obj
    return {
        "provider": p0,
        "number": p1,
        "twilioAccountSid": p2,
        "fallbackDestination": p3,
        "hooks": p4,
        "smsEnabled": p5,
        "twilioAuthToken": p6,
        "twilioApiKey": p7,
        "twilioApiSecret": p8,
        "name": p9,
        "assistantId": p10,
        "workflowId": p11,
        "squadId": p12,
        "server": p13,
    }


_KNOWN_CreateTwilioPhoneNumberDTO = frozenset(
    (
        "provider",
        "number",
        "twilioAccountSid",
        "fallbackDestination",
        "hooks",
        "smsEnabled",
        "twilioAuthToken",
        "twilioApiKey",
        "twilioApiSecret",
        "name",
        "assistantId",
        "workflowId",
        "squadId",
        "server",
    )
)


def _to_dict_CreateTwilioPhoneNumberDTO(self: CreateTwilioPhoneNumberDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.fallback_destination
    if v is not UNSET:
        out["fallbackDestination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.hooks
    if v is not UNSET:
        out["hooks"] = [_h.dump_json(i10) for i10 in v] if type(v) is list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sms_enabled
    if v is not UNSET:
        out["smsEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.number
    if v is not UNSET:
        out["number"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.twilio_account_sid
    if v is not UNSET:
        out["twilioAccountSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.twilio_auth_token
    if v is not UNSET:
        out["twilioAuthToken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.twilio_api_key
    if v is not UNSET:
        out["twilioApiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.twilio_api_secret
    if v is not UNSET:
        out["twilioApiSecret"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.workflow_id
    if v is not UNSET:
        out["workflowId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.squad_id
    if v is not UNSET:
        out["squadId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateTwilioPhoneNumberDTO._fast_load = _load_CreateTwilioPhoneNumberDTO
setattr(CreateTwilioPhoneNumberDTO, "to_dict", _to_dict_CreateTwilioPhoneNumberDTO)  # noqa: B010 - replaces Model.to_dict
