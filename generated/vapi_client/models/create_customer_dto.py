# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.assistant_overrides import AssistantOverrides


__all__ = ["CreateCustomerDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateCustomerDTO(Model):
    """CreateCustomerDTO

    Attributes:
        number_e164_check_enabled: This is the flag to toggle the E164 check for the `number` field. This is an advanced property which
            should be used if you know your use case requires it.

            Use cases:
            - `false`: To allow non-E164 numbers like `+001234567890`, `1234`, or `abc`. This is useful for
            dialing out to non-E164 numbers on your SIP trunks.
            - `true` (default): To allow only E164 numbers like `+14155551234`. This is standard for PSTN calls.

            If `false`, the `number` is still required to only contain alphanumeric characters (regex:
            `/^\\+?[a-zA-Z0-9]+$/`).

            @default true (E164 check is enabled)
        extension: This is the extension that will be dialed after the call is answered.
        assistant_overrides: These are the overrides for the assistant's settings and template variables specific to this
            customer.
            This allows customization of the assistant's behavior for individual customers in batch calls.
        squad_overrides: These are the overrides applied when the call targets a `squadId`. Mirrors
            the call-level `squadOverrides` — use this instead of `assistantOverrides`
            when the campaign or call is squad-based.
        number: This is the number of the customer.
        sip_uri: This is the SIP URI of the customer.
        name: This is the name of the customer. This is just for your own reference.

            For SIP inbound calls, this is extracted from the `From` SIP header with format `"Display Name"
            <sip:username@domain>`.
        email: This is the email of the customer.
        external_id: This is the external ID of the customer.
    """

    _schema: ClassVar[str] = "CreateCustomerDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("numberE164CheckEnabled", "number_e164_check_enabled"),
        ("extension", "extension"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadOverrides", "squad_overrides"),
        ("number", "number"),
        ("sipUri", "sip_uri"),
        ("name", "name"),
        ("email", "email"),
        ("externalId", "external_id"),
    )

    number_e164_check_enabled: bool | Unset = UNSET
    extension: str | None | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    number: str | Unset = UNSET
    sip_uri: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateCustomerDTO(data: dict[str, Any], strict: bool) -> CreateCustomerDTO | dict[str, Any]:
    """CreateCustomerDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "numberE164CheckEnabled" in data:
        v = data["numberE164CheckEnabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "extension" in data:
        v = data["extension"]
        if v is None:
            p1 = None
        else:
            p1 = v if type(v) is str and len(v) <= 10 else _S
        if p1 is _S:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p2 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("AssistantOverrides", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
        p3 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("AssistantOverrides", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "number" in data:
        v = data["number"]
        p4 = v if type(v) is str and len(v) <= 40 else _S
        if p4 is _S:
            slow = True
    if "sipUri" in data:
        v = data["sipUri"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if "email" in data:
        v = data["email"]
        p7 = v if type(v) is str and len(v) <= 40 else _S
        if p7 is _S:
            slow = True
    if "externalId" in data:
        v = data["externalId"]
        p8 = v if type(v) is str and len(v) <= 40 else _S
        if p8 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateCustomerDTO:
            return CreateCustomerDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateCustomerDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateCustomerDTO}
            return obj
    return {
        "numberE164CheckEnabled": p0,
        "extension": p1,
        "assistantOverrides": p2,
        "squadOverrides": p3,
        "number": p4,
        "sipUri": p5,
        "name": p6,
        "email": p7,
        "externalId": p8,
    }


_KNOWN_CreateCustomerDTO = frozenset(
    (
        "numberE164CheckEnabled",
        "extension",
        "assistantOverrides",
        "squadOverrides",
        "number",
        "sipUri",
        "name",
        "email",
        "externalId",
    )
)


def _to_dict_CreateCustomerDTO(self: CreateCustomerDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.number_e164_check_enabled
    if v is not UNSET:
        out["numberE164CheckEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.extension
    if v is not UNSET:
        out["extension"] = _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_overrides
    if v is not UNSET:
        out["squadOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.number
    if v is not UNSET:
        out["number"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sip_uri
    if v is not UNSET:
        out["sipUri"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.email
    if v is not UNSET:
        out["email"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.external_id
    if v is not UNSET:
        out["externalId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateCustomerDTO._fast_load = _load_CreateCustomerDTO
setattr(CreateCustomerDTO, "to_dict", _to_dict_CreateCustomerDTO)  # noqa: B010 - replaces Model.to_dict
