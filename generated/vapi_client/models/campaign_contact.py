from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_overrides import AssistantOverrides


__all__ = ["CampaignContact"]


@_attrs_define(repr=False)
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
        squad_overrides:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
