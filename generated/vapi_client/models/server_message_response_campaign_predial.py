from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ServerMessageResponseCampaignPredial"]


@_attrs_define(repr=False)
class ServerMessageResponseCampaignPredial(Model):
    """ServerMessageResponseCampaignPredial

    Attributes:
        eligible: This is whether the contact is eligible to be dialed. `true` places the call; `false` skips the
            contact. Any other response — a missing or non-boolean `eligible`, an unreachable server, an error,
            or a timeout — records a pre-dial failure for the contact and the call is not placed.
    """

    _schema: ClassVar[str] = "ServerMessageResponseCampaignPredial"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("eligible", "eligible"),)

    eligible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
