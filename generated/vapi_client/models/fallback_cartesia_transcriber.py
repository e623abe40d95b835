from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.cartesia_transcriber_model import CartesiaTranscriberModel


__all__ = ["FallbackCartesiaTranscriber"]


@_attrs_define(repr=False)
class FallbackCartesiaTranscriber(Model):
    """FallbackCartesiaTranscriber

    Attributes:
        provider:
        model:
        language:
    """

    _schema: ClassVar[str] = "FallbackCartesiaTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
    )

    provider: Literal["cartesia"]
    model: CartesiaTranscriberModel | Unset = UNSET
    language: CartesiaTranscriberLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
