from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CartesiaGenerationConfigExperimental"]


@_attrs_define(repr=False)
class CartesiaGenerationConfigExperimental(Model):
    """CartesiaGenerationConfigExperimental

    Attributes:
        accent_localization: Toggle accent localization for sonic-3: 0 (disabled, default) or 1 (enabled). When enabled, the
            voice adapts to match the transcript language accent while preserving vocal characteristics.
    """

    _schema: ClassVar[str] = "CartesiaGenerationConfigExperimental"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("accentLocalization", "accent_localization"),)

    accent_localization: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
