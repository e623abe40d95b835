from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_generation_config_experimental import CartesiaGenerationConfigExperimental


__all__ = ["CartesiaGenerationConfig"]


@_attrs_define(repr=False)
class CartesiaGenerationConfig(Model):
    """CartesiaGenerationConfig

    Attributes:
        speed: Fine-grained speed control for sonic-3. Only available for sonic-3 model.
        volume: Fine-grained volume control for sonic-3. Only available for sonic-3 model.
        experimental:
    """

    _schema: ClassVar[str] = "CartesiaGenerationConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("speed", "speed"),
        ("volume", "volume"),
        ("experimental", "experimental"),
    )

    speed: float | Unset = UNSET
    volume: float | Unset = UNSET
    experimental: CartesiaGenerationConfigExperimental | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
