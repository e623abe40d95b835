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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["FallbackCustomTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackCustomTranscriber(Model):
    """FallbackCustomTranscriber

    Attributes:
        provider: This is the transcription provider that will be used. Use `custom-transcriber` for providers that
            are not natively supported.
        server: This is where the transcription request will be sent.

            Usage:
            1. Vapi will initiate a websocket connection with `server.url`.

            2. Vapi will send an initial text frame with the sample rate. Format:
            ```
                {
                  "type": "start",
                  "encoding": "linear16", // 16-bit raw PCM format
                  "container": "raw",
                  "sampleRate": {{sampleRate}},
                  "channels": 2 // customer is channel 0, assistant is channel 1
                }
            ```

            3. Vapi will send the audio data in 16-bit raw PCM format as binary frames.

            4. You can read the messages something like this:
            ```
            ws.on('message', (data, isBinary) => {
              if (isBinary) {
                pcmBuffer = Buffer.concat([pcmBuffer, data]);
                console.log(`Received PCM data, buffer size: ${pcmBuffer.length}`);
              } else {
                console.log('Received message:', JSON.parse(data.toString()));
              }
            });
            ```

            5. You will respond with transcriptions as you have them. Format:
            ```
             {
                "type": "transcriber-response",
                "transcription": "Hello, world!",
                "channel": "customer" | "assistant"
             }
            ```
    """

    _schema: ClassVar[str] = "FallbackCustomTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: Literal["custom-transcriber"]
    server: Server
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackCustomTranscriber(data: dict[str, Any], strict: bool) -> FallbackCustomTranscriber | dict[str, Any]:
    """FallbackCustomTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "custom-transcriber" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "server" in data:
        v = data["server"]
        p1 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("Server", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackCustomTranscriber:
            return FallbackCustomTranscriber(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackCustomTranscriber(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackCustomTranscriber}
            return obj
    return {"provider": p0, "server": p1}


_KNOWN_FallbackCustomTranscriber = frozenset(("provider", "server"))


def _to_dict_FallbackCustomTranscriber(self: FallbackCustomTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackCustomTranscriber._fast_load = _load_FallbackCustomTranscriber
setattr(FallbackCustomTranscriber, "to_dict", _to_dict_FallbackCustomTranscriber)  # noqa: B010 - replaces Model.to_dict
