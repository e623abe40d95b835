from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.server import Server


__all__ = ["CustomTranscriber"]


@_attrs_define(repr=False)
class CustomTranscriber(Model):
    """CustomTranscriber

    Attributes:
        provider: This is the transcription provider that will be used. Use `custom-transcriber` for providers that
            are not natively supported.
        server:
        fallback_plan:
    """

    _schema: ClassVar[str] = "CustomTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["custom-transcriber"]
    server: Server
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
