# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["VoiceCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VoiceCost(Model):
    """VoiceCost

    Attributes:
        type_: This is the type of cost, always 'voice' for this class.
        voice: This is the voice that was used during the call.

            This matches one of the following:
            - `call.assistant.voice`,
            - `call.assistantId->voice`,
            - `call.squad[n].assistant.voice`,
            - `call.squad[n].assistantId->voice`,
            - `call.squadId->[n].assistant.voice`,
            - `call.squadId->[n].assistantId->voice`.
        characters: This is the number of characters that were generated during the call. These should be total
            characters used in the call for single assistant calls, while squad calls will have multiple voice
            costs one for each assistant that was used.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VoiceCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("voice", "voice"),
        ("characters", "characters"),
        ("cost", "cost"),
    )

    type_: Literal["voice"]
    voice: dict[str, Any]
    characters: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VoiceCost(data: dict[str, Any], strict: bool) -> VoiceCost | dict[str, Any]:
    """VoiceCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "voice" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voice" in data:
        v = data["voice"]
        p1 = v if type(v) is dict else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "characters" in data:
        v = data["characters"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_VoiceCost:
            return VoiceCost(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VoiceCost(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VoiceCost}
            return obj
    return {"type": p0, "voice": p1, "characters": p2, "cost": p3}


_KNOWN_VoiceCost = frozenset(("type", "voice", "characters", "cost"))


def _to_dict_VoiceCost(self: VoiceCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice
    if v is not UNSET:
        out["voice"] = _h.fresh(v)
    v = self.characters
    if v is not UNSET:
        out["characters"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VoiceCost._fast_load = _load_VoiceCost
setattr(VoiceCost, "to_dict", _to_dict_VoiceCost)  # noqa: B010 - replaces Model.to_dict
