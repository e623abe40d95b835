from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.cartesia_transcriber_model import CartesiaTranscriberModel
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["CartesiaTranscriber"]


@_attrs_define(repr=False)
class CartesiaTranscriber(Model):
    """CartesiaTranscriber

    Attributes:
        provider:
        model:
        language:
        fallback_plan:
    """

    _schema: ClassVar[str] = "CartesiaTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["cartesia"]
    model: CartesiaTranscriberModel | Unset = UNSET
    language: CartesiaTranscriberLanguage | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
