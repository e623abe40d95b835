# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_voicemail_detection_plan_type import (
        GoogleVoicemailDetectionPlanType,
        _GoogleVoicemailDetectionPlanTypeValues,
    )
    from ..models.voicemail_detection_backoff_plan import VoicemailDetectionBackoffPlan


__all__ = ["GoogleVoicemailDetectionPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GoogleVoicemailDetectionPlan(Model):
    """GoogleVoicemailDetectionPlan

    Attributes:
        provider: This is the provider to use for voicemail detection.
        beep_max_await_seconds: This is the maximum duration from the start of the call that we will wait for a voicemail beep,
            before speaking our message

            - If we detect a voicemail beep before this, we will speak the message at that point.

            - Setting too low a value means that the bot will start speaking its voicemail message too early. If
            it does so before the actual beep, it will get cut off. You should definitely tune this to your use
            case.

            @default 30
            @min 0
            @max 60
        backoff_plan: This is the backoff plan for the voicemail detection.
        type_: This is the detection type to use for voicemail detection.
            - 'audio': Uses native audio models (default)
            - 'transcript': Uses ASR/transcript-based detection
            @default 'audio' (audio detection)
    """

    _schema: ClassVar[str] = "GoogleVoicemailDetectionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("beepMaxAwaitSeconds", "beep_max_await_seconds"),
        ("backoffPlan", "backoff_plan"),
        ("type", "type_"),
    )

    provider: Literal["google"]
    beep_max_await_seconds: float | Unset = UNSET
    backoff_plan: VoicemailDetectionBackoffPlan | Unset = UNSET
    type_: GoogleVoicemailDetectionPlanType | _GoogleVoicemailDetectionPlanTypeValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GoogleVoicemailDetectionPlan(
    data: dict[str, Any], strict: bool
) -> GoogleVoicemailDetectionPlan | dict[str, Any]:
    """GoogleVoicemailDetectionPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "google" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "beepMaxAwaitSeconds" in data:
        v = data["beepMaxAwaitSeconds"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 30 else _S
        if p1 is _S:
            slow = True
    if "backoffPlan" in data:
        v = data["backoffPlan"]
        p2 = _FAST["VoicemailDetectionBackoffPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("VoicemailDetectionBackoffPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "type" in data:
        v = data["type"]
        p3 = _MEMBERS["GoogleVoicemailDetectionPlanType"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("GoogleVoicemailDetectionPlanType", v)
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GoogleVoicemailDetectionPlan:
            return GoogleVoicemailDetectionPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GoogleVoicemailDetectionPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GoogleVoicemailDetectionPlan}
            return obj
    return {"provider": p0, "beepMaxAwaitSeconds": p1, "backoffPlan": p2, "type": p3}


_KNOWN_GoogleVoicemailDetectionPlan = frozenset(("provider", "beepMaxAwaitSeconds", "backoffPlan", "type"))


def _to_dict_GoogleVoicemailDetectionPlan(self: GoogleVoicemailDetectionPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.beep_max_await_seconds
    if v is not UNSET:
        out["beepMaxAwaitSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.backoff_plan
    if v is not UNSET:
        out["backoffPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GoogleVoicemailDetectionPlan._fast_load = _load_GoogleVoicemailDetectionPlan
setattr(GoogleVoicemailDetectionPlan, "to_dict", _to_dict_GoogleVoicemailDetectionPlan)  # noqa: B010 - replaces Model.to_dict
