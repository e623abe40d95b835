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
    from ..models.artifact import Artifact
    from ..models.assistant_speech_word_alignment_timing import AssistantSpeechWordAlignmentTiming
    from ..models.assistant_speech_word_progress_timing import AssistantSpeechWordProgressTiming
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.server_message_assistant_speech_source import (
        ServerMessageAssistantSpeechSource,
        _ServerMessageAssistantSpeechSourceValues,
    )
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownTiming


__all__ = ["ServerMessageAssistantSpeech"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageAssistantSpeech(Model):
    """ServerMessageAssistantSpeech

    Attributes:
        type_: This is the type of the message. "assistant-speech" is sent as assistant audio is being played.
        text: The full assistant text for the current turn. This is the complete text,
            not an incremental delta — consumers should use `timing` metadata (e.g.
            `wordsSpoken`) to determine which portion has been spoken so far.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        turn: This is the turn number of the assistant speech event (0-indexed).
        source: Indicates how the text was sourced.
        timing: Optional timing metadata. Shape depends on `timing.type`:

            - `word-alignment` (ElevenLabs): per-character timing at playback
              cadence. words[] includes space entries. Best consumed by tracking
              a running character count: join timing.words, add to a char cursor,
              and highlight text up to that position. No interpolation needed.

            - `word-progress` (Minimax with voice.subtitleType: 'word'): cursor-
              based word count per TTS segment. Use wordsSpoken as the anchor,
              interpolate forward using segmentDurationMs or timing.words until
              the next event arrives.

            When absent, the event is a text-only fallback for providers without
            word-level timing (e.g. Cartesia, Deepgram, Azure). Text emits once
            per TTS chunk when audio is playing. Optionally interpolate a word
            cursor at ~3.5 words/sec between events for approximate tracking.
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
    """

    _schema: ClassVar[str] = "ServerMessageAssistantSpeech"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("text", "text"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("turn", "turn"),
        ("source", "source"),
        ("timing", "timing"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["assistant.speechStarted"]
    text: str
    phone_number: (
        CreateByoPhoneNumberDTO
        | CreateTwilioPhoneNumberDTO
        | CreateVonagePhoneNumberDTO
        | CreateVapiPhoneNumberDTO
        | CreateTelnyxPhoneNumberDTO
        | UnknownPhoneNumber
        | Unset
    ) = UNSET
    assistant_version: str | None | Unset = UNSET
    turn: float | Unset = UNSET
    source: ServerMessageAssistantSpeechSource | _ServerMessageAssistantSpeechSourceValues | Unset = UNSET
    timing: AssistantSpeechWordAlignmentTiming | AssistantSpeechWordProgressTiming | UnknownTiming | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")
_alternatives_Timing = _h.alternatives("Timing")


def _load_ServerMessageAssistantSpeech(
    data: dict[str, Any], strict: bool
) -> ServerMessageAssistantSpeech | dict[str, Any]:
    """ServerMessageAssistantSpeech from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "assistant.speechStarted" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "text" in data:
        v = data["text"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_PhoneNumber[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p3 = None
        else:
            p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "turn" in data:
        v = data["turn"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "source" in data:
        v = data["source"]
        p5 = _MEMBERS["ServerMessageAssistantSpeechSource"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and not strict:
            p5 = _h.open_member("ServerMessageAssistantSpeechSource", v)
        if p5 is _S:
            slow = True
    if "timing" in data:
        v = data["timing"]
        tag3 = v.get("type") if type(v) is dict else None
        alternative4 = _alternatives_Timing[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p6 = _S
        else:
            p6 = alternative4[1](v, strict)
            if type(p6) is dict:
                p6 = _R(alternative4[0], p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "timestamp" in data:
        v = data["timestamp"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p8 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("Artifact", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p9 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("CreateAssistantDTO", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p10 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("CreateCustomerDTO", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "call" in data:
        v = data["call"]
        p11 = _FAST["Call"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("Call", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if "chat" in data:
        v = data["chat"]
        p12 = _FAST["Chat"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("Chat", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageAssistantSpeech:
            return ServerMessageAssistantSpeech(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageAssistantSpeech(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageAssistantSpeech}
            return obj
    return {
        "type": p0,
        "text": p1,
        "phoneNumber": p2,
        "assistantVersion": p3,
        "turn": p4,
        "source": p5,
        "timing": p6,
        "timestamp": p7,
        "artifact": p8,
        "assistant": p9,
        "customer": p10,
        "call": p11,
        "chat": p12,
    }


_KNOWN_ServerMessageAssistantSpeech = frozenset(
    (
        "type",
        "text",
        "phoneNumber",
        "assistantVersion",
        "turn",
        "source",
        "timing",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
    )
)


def _to_dict_ServerMessageAssistantSpeech(self: ServerMessageAssistantSpeech) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.phone_number
    if v is not UNSET:
        out["phoneNumber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.text
    if v is not UNSET:
        out["text"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.turn
    if v is not UNSET:
        out["turn"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.source
    if v is not UNSET:
        out["source"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.timing
    if v is not UNSET:
        out["timing"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.timestamp
    if v is not UNSET:
        out["timestamp"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.artifact
    if v is not UNSET:
        out["artifact"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.call
    if v is not UNSET:
        out["call"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.chat
    if v is not UNSET:
        out["chat"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageAssistantSpeech._fast_load = _load_ServerMessageAssistantSpeech
setattr(ServerMessageAssistantSpeech, "to_dict", _to_dict_ServerMessageAssistantSpeech)  # noqa: B010 - replaces Model.to_dict
