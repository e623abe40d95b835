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

__all__ = ["ServerMessageResponseVoiceRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseVoiceRequest(Model):
    """ServerMessageResponseVoiceRequest

    Attributes:
        data: DO NOT respond to a `voice-request` webhook with this schema of { data }. This schema just exists to
            document what the response should look like. Follow these instructions:

            Here is what the request will look like:

            POST https://{assistant.voice.server.url}
            Content-Type: application/json

            {
              "messsage": {
                "type": "voice-request",
                "text": "Hello, world!",
                "sampleRate": 24000,
                ...other metadata about the call...
              }
            }

            The expected response is 1-channel 16-bit raw PCM audio at the sample rate specified in the request.
            Here is how the response will be piped to the transport:
            ```
            response.on('data', (chunk: Buffer) => {
              outputStream.write(chunk);
            });
            ```
    """

    _schema: ClassVar[str] = "ServerMessageResponseVoiceRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)

    data: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ServerMessageResponseVoiceRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseVoiceRequest | dict[str, Any]:
    """ServerMessageResponseVoiceRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "data" in data:
        v = data["data"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseVoiceRequest:
            return ServerMessageResponseVoiceRequest(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseVoiceRequest(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseVoiceRequest
            }
            return obj
    return {"data": p0}


_KNOWN_ServerMessageResponseVoiceRequest = frozenset(("data",))


def _to_dict_ServerMessageResponseVoiceRequest(self: ServerMessageResponseVoiceRequest) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.data
    if v is not UNSET:
        out["data"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseVoiceRequest._fast_load = _load_ServerMessageResponseVoiceRequest
setattr(ServerMessageResponseVoiceRequest, "to_dict", _to_dict_ServerMessageResponseVoiceRequest)  # noqa: B010 - replaces Model.to_dict
