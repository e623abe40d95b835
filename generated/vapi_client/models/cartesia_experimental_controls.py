from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_experimental_controls_emotion import CartesiaExperimentalControlsEmotion
    from ..models.cartesia_experimental_controls_speed import CartesiaExperimentalControlsSpeed


__all__ = ["CartesiaExperimentalControls"]


@_attrs_define(repr=False)
class CartesiaExperimentalControls(Model):
    """CartesiaExperimentalControls

    Attributes:
        speed:
        emotion:
    """

    _schema: ClassVar[str] = "CartesiaExperimentalControls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("speed", "speed"),
        ("emotion", "emotion"),
    )

    speed: CartesiaExperimentalControlsSpeed | float | Unset = UNSET
    emotion: CartesiaExperimentalControlsEmotion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
