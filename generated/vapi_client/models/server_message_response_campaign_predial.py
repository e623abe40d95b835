# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["ServerMessageResponseCampaignPredial"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ServerMessageResponseCampaignPredial(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseCampaignPredial | dict[str, Any]:
    """ServerMessageResponseCampaignPredial from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "eligible" in data:
        v = data["eligible"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseCampaignPredial:
            return ServerMessageResponseCampaignPredial(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseCampaignPredial(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseCampaignPredial
            }
            return obj
    return {"eligible": p0}


_KNOWN_ServerMessageResponseCampaignPredial = frozenset(("eligible",))


def _to_dict_ServerMessageResponseCampaignPredial(self: ServerMessageResponseCampaignPredial) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.eligible
    if v is not UNSET:
        out["eligible"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseCampaignPredial._fast_load = _load_ServerMessageResponseCampaignPredial
setattr(ServerMessageResponseCampaignPredial, "to_dict", _to_dict_ServerMessageResponseCampaignPredial)  # noqa: B010 - replaces Model.to_dict
