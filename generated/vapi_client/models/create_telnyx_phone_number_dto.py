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


__all__ = ["CreateTelnyxPhoneNumberDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateTelnyxPhoneNumberDTO(Model):
    """CreateTelnyxPhoneNumberDTO

    Attributes:
        provider: This is to use numbers bought on Telnyx.
        number: These are the digits of the phone number you own on your Telnyx.
        credential_id: This is the credential you added in dashboard.vapi.ai/keys. This is used to configure the number to
            send inbound calls to Vapi, make outbound calls and do live call updates like transfers and hangups.
        fallback_destination: This is the fallback destination an inbound call will be transferred to if:
            1. `assistantId` is not set
            2. `squadId` is not set
            3. and, `assistant-request` message to the `serverUrl` fails

            If this is not set and above conditions are met, the inbound call is hung up with an error message.
        hooks: This is the hooks that will be used for incoming calls to this phone number.
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

    _schema: ClassVar[str] = "CreateTelnyxPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("number", "number"),
        ("credentialId", "credential_id"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    provider: Literal["telnyx"]
    number: str
    credential_id: str
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Destination = _h.alternatives("Destination")
_CreateTelnyxPhoneNumberDTO_one_of_8 = _h.OneOf(
    ("model", "PhoneNumberHookCallRinging"), ("model", "PhoneNumberHookCallEnding")
)
_CreateTelnyxPhoneNumberDTO_items_9 = _h.Items(
    ("oneof", ("model", "PhoneNumberHookCallRinging"), ("model", "PhoneNumberHookCallEnding"))
)


def _load_CreateTelnyxPhoneNumberDTO(data: dict[str, Any], strict: bool) -> CreateTelnyxPhoneNumberDTO | dict[str, Any]:
    """CreateTelnyxPhoneNumberDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "telnyx" else _S
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
    if "credentialId" in data:
        v = data["credentialId"]
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
                x4 = _CreateTelnyxPhoneNumberDTO_one_of_8(e3, strict)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p4 = _R(_CreateTelnyxPhoneNumberDTO_items_9, out5) if resume7 else out5
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p5 = v if type(v) is str and len(v) <= 40 else _S
        if p5 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "workflowId" in data:
        v = data["workflowId"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "server" in data:
        v = data["server"]
        p9 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("Server", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateTelnyxPhoneNumberDTO:
            return CreateTelnyxPhoneNumberDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateTelnyxPhoneNumberDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateTelnyxPhoneNumberDTO}
            return obj
    return {
        "provider": p0,
        "number": p1,
        "credentialId": p2,
        "fallbackDestination": p3,
        "hooks": p4,
        "name": p5,
        "assistantId": p6,
        "workflowId": p7,
        "squadId": p8,
        "server": p9,
    }


_KNOWN_CreateTelnyxPhoneNumberDTO = frozenset(
    (
        "provider",
        "number",
        "credentialId",
        "fallbackDestination",
        "hooks",
        "name",
        "assistantId",
        "workflowId",
        "squadId",
        "server",
    )
)


def _to_dict_CreateTelnyxPhoneNumberDTO(self: CreateTelnyxPhoneNumberDTO) -> dict[str, Any]:
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
    v = self.number
    if v is not UNSET:
        out["number"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.credential_id
    if v is not UNSET:
        out["credentialId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


CreateTelnyxPhoneNumberDTO._fast_load = _load_CreateTelnyxPhoneNumberDTO
setattr(CreateTelnyxPhoneNumberDTO, "to_dict", _to_dict_CreateTelnyxPhoneNumberDTO)  # noqa: B010 - replaces Model.to_dict
