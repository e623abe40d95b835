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
    from ..models.audio_format import AudioFormat


__all__ = ["VapiWebsocketTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiWebsocketTransport(Model):
    """VapiWebsocketTransport

    Attributes:
        provider: Vapi websocket transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        audio_format: This is the audio format of the call. Defaults to 16KHz raw pcm_s16le
    """

    _schema: ClassVar[str] = "VapiWebsocketTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("audioFormat", "audio_format"),
    )

    provider: Literal["vapi.websocket"]
    conversation_type: Literal["voice"] | Unset = UNSET
    audio_format: AudioFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiWebsocketTransport(data: dict[str, Any], strict: bool) -> VapiWebsocketTransport | dict[str, Any]:
    """VapiWebsocketTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "vapi.websocket" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "conversationType" in data:
        v = data["conversationType"]
        p1 = v if type(v) is str and v == "voice" else _S
        if p1 is _S:
            slow = True
    if "audioFormat" in data:
        v = data["audioFormat"]
        p2 = _FAST["AudioFormat"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("AudioFormat", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiWebsocketTransport:
            return VapiWebsocketTransport(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiWebsocketTransport(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiWebsocketTransport}
            return obj
    return {"provider": p0, "conversationType": p1, "audioFormat": p2}


_KNOWN_VapiWebsocketTransport = frozenset(("provider", "conversationType", "audioFormat"))


def _to_dict_VapiWebsocketTransport(self: VapiWebsocketTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.audio_format
    if v is not UNSET:
        out["audioFormat"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiWebsocketTransport._fast_load = _load_VapiWebsocketTransport
setattr(VapiWebsocketTransport, "to_dict", _to_dict_VapiWebsocketTransport)  # noqa: B010 - replaces Model.to_dict
