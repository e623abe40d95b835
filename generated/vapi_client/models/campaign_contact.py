# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
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


__all__ = ["CampaignContact"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CampaignContact(Model):
    """CampaignContact

    Attributes:
        id:
        campaign_id:
        org_id:
        number:
        created_at:
        customer_id:
        name:
        assistant_overrides:
        squad_overrides: Use this when the campaign targets a `squadId`. Mirrors the call-level `squadOverrides` field.
            Merged with the campaign-level squadOverrides at dispatch time.
    """

    _schema: ClassVar[str] = "CampaignContact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("campaignId", "campaign_id"),
        ("orgId", "org_id"),
        ("number", "number"),
        ("createdAt", "created_at"),
        ("customerId", "customer_id"),
        ("name", "name"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadOverrides", "squad_overrides"),
    )

    id: str
    campaign_id: str
    org_id: str
    number: str
    created_at: datetime.datetime
    customer_id: str | Unset = UNSET
    name: str | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CampaignContact(data: dict[str, Any], strict: bool) -> CampaignContact | dict[str, Any]:
    """CampaignContact from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "id" in data:
        v = data["id"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "campaignId" in data:
        v = data["campaignId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "orgId" in data:
        v = data["orgId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "number" in data:
        v = data["number"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "createdAt" in data:
        v = data["createdAt"]
        p4 = _h.datetime_or_slow(v)
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "customerId" in data:
        v = data["customerId"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p7 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("AssistantOverrides", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
        p8 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("AssistantOverrides", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CampaignContact:
            return CampaignContact(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CampaignContact(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CampaignContact}
            return obj
    return {
        "id": p0,
        "campaignId": p1,
        "orgId": p2,
        "number": p3,
        "createdAt": p4,
        "customerId": p5,
        "name": p6,
        "assistantOverrides": p7,
        "squadOverrides": p8,
    }


_KNOWN_CampaignContact = frozenset(
    ("id", "campaignId", "orgId", "number", "createdAt", "customerId", "name", "assistantOverrides", "squadOverrides")
)


def _to_dict_CampaignContact(self: CampaignContact) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v is not UNSET:
        out["id"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.campaign_id
    if v is not UNSET:
        out["campaignId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.org_id
    if v is not UNSET:
        out["orgId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.customer_id
    if v is not UNSET:
        out["customerId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.number
    if v is not UNSET:
        out["number"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_overrides
    if v is not UNSET:
        out["squadOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.created_at
    if v is not UNSET:
        out["createdAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CampaignContact._fast_load = _load_CampaignContact
setattr(CampaignContact, "to_dict", _to_dict_CampaignContact)  # noqa: B010 - replaces Model.to_dict
