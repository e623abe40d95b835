from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fourier_denoising_plan import FourierDenoisingPlan
    from ..models.smart_denoising_plan import SmartDenoisingPlan


__all__ = ["BackgroundSpeechDenoisingPlan"]


@_attrs_define(repr=False)
class BackgroundSpeechDenoisingPlan(Model):
    """BackgroundSpeechDenoisingPlan

    Attributes:
        smart_denoising_plan:
        fourier_denoising_plan:
    """

    _schema: ClassVar[str] = "BackgroundSpeechDenoisingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("smartDenoisingPlan", "smart_denoising_plan"),
        ("fourierDenoisingPlan", "fourier_denoising_plan"),
    )

    smart_denoising_plan: SmartDenoisingPlan | Unset = UNSET
    fourier_denoising_plan: FourierDenoisingPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
