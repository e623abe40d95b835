# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_voice import AzureVoice
    from ..models.cartesia_voice import CartesiaVoice
    from ..models.custom_voice import CustomVoice
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.hume_voice import HumeVoice
    from ..models.inworld_voice import InworldVoice
    from ..models.lmnt_voice import LMNTVoice
    from ..models.microsoft_voice import MicrosoftVoice
    from ..models.minimax_voice import MinimaxVoice
    from ..models.neuphonic_voice import NeuphonicVoice
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.recording_consent_plan_stay_on_line_first_message_mode import (
        RecordingConsentPlanStayOnLineFirstMessageMode,
        _RecordingConsentPlanStayOnLineFirstMessageModeValues,
    )
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.sesame_voice import SesameVoice
    from ..models.smallest_ai_voice import SmallestAIVoice
    from ..models.tavus_voice import TavusVoice
    from ..models.unknown_variants import UnknownVoice
    from ..models.vapi_voice import VapiVoice
    from ..models.well_said_voice import WellSaidVoice
    from ..models.xai_voice import XaiVoice


__all__ = ["RecordingConsentPlanStayOnLine"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class RecordingConsentPlanStayOnLine(Model):
    """RecordingConsentPlanStayOnLine

    Attributes:
        message: This is the message asking for consent to record the call.
            If the type is `stay-on-line`, the message should ask the user to hang up if they do not consent.
            If the type is `verbal`, the message should ask the user to verbally consent or decline.
        type_: This is the type of recording consent plan. This type assumes consent is granted if the user stays
            on the line.
        voice: This is the voice to use for the consent message. If not specified, inherits from the assistant's
            voice.
            Use a different voice for the consent message for a better user experience.
        first_message_mode: This controls whether the consent assistant speaks first or waits for the caller to speak first.

            Use:
            - `assistant-speaks-first` (default) to have the consent assistant play the consent message as soon
            as the call is answered.
            - `assistant-waits-for-user` to have the consent assistant wait for the caller to speak before
            playing the consent message.

            We strongly recommend `assistant-waits-for-user` for outbound calls. Some telephony providers signal
            "answered" while the line is still ringing, which can cause the consent message to play into a
            ringing line and be missed by the caller. Waiting for the caller to speak first guarantees they hear
            the full consent message.

            Note: when combined with `type: 'stay-on-line'`, silence only counts toward consent after the caller
            has spoken at least once.

            @default 'assistant-speaks-first'
        wait_seconds: Number of seconds to wait before transferring to the assistant if user stays on the call
    """

    _schema: ClassVar[str] = "RecordingConsentPlanStayOnLine"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("type", "type_"),
        ("voice", "voice"),
        ("firstMessageMode", "first_message_mode"),
        ("waitSeconds", "wait_seconds"),
    )

    message: str
    type_: Literal["stay-on-line"]
    voice: (
        AzureVoice
        | CartesiaVoice
        | CustomVoice
        | DeepgramVoice
        | ElevenLabsVoice
        | HumeVoice
        | LMNTVoice
        | NeuphonicVoice
        | OpenAIVoice
        | PlayHTVoice
        | WellSaidVoice
        | RimeAIVoice
        | SmallestAIVoice
        | TavusVoice
        | VapiVoice
        | SesameVoice
        | InworldVoice
        | MinimaxVoice
        | XaiVoice
        | MicrosoftVoice
        | UnknownVoice
        | Unset
    ) = UNSET
    first_message_mode: (
        RecordingConsentPlanStayOnLineFirstMessageMode | _RecordingConsentPlanStayOnLineFirstMessageModeValues | Unset
    ) = UNSET
    wait_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Voice = _h.alternatives("Voice")


def _load_RecordingConsentPlanStayOnLine(
    data: dict[str, Any], strict: bool
) -> RecordingConsentPlanStayOnLine | dict[str, Any]:
    """RecordingConsentPlanStayOnLine from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "message" in data:
        v = data["message"]
        p0 = v if type(v) is str and len(v) <= 1000 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "type" in data:
        v = data["type"]
        p1 = v if type(v) is str and v == "stay-on-line" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "voice" in data:
        v = data["voice"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_Voice[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "firstMessageMode" in data:
        v = data["firstMessageMode"]
        p3 = _MEMBERS["RecordingConsentPlanStayOnLineFirstMessageMode"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and not strict:
            p3 = _h.open_member("RecordingConsentPlanStayOnLineFirstMessageMode", v)
        if p3 is _S:
            slow = True
    if "waitSeconds" in data:
        v = data["waitSeconds"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 6 else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_RecordingConsentPlanStayOnLine:
            return RecordingConsentPlanStayOnLine(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = RecordingConsentPlanStayOnLine(p0, p1, p2, p3, p4)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_RecordingConsentPlanStayOnLine
            }
            return obj
    return {"message": p0, "type": p1, "voice": p2, "firstMessageMode": p3, "waitSeconds": p4}


_KNOWN_RecordingConsentPlanStayOnLine = frozenset(("message", "type", "voice", "firstMessageMode", "waitSeconds"))


def _to_dict_RecordingConsentPlanStayOnLine(self: RecordingConsentPlanStayOnLine) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice
    if v is not UNSET:
        out["voice"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.first_message_mode
    if v is not UNSET:
        out["firstMessageMode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.wait_seconds
    if v is not UNSET:
        out["waitSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


RecordingConsentPlanStayOnLine._fast_load = _load_RecordingConsentPlanStayOnLine
setattr(RecordingConsentPlanStayOnLine, "to_dict", _to_dict_RecordingConsentPlanStayOnLine)  # noqa: B010 - replaces Model.to_dict
