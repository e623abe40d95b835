from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["FallbackCustomTranscriber"]


@_attrs_define(repr=False)
class FallbackCustomTranscriber(Model):
    """FallbackCustomTranscriber

    Attributes:
        provider: This is the transcription provider that will be used. Use `custom-transcriber` for providers that
            are not natively supported.
        server:
    """

    _schema: ClassVar[str] = "FallbackCustomTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: Literal["custom-transcriber"]
    server: Server
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
