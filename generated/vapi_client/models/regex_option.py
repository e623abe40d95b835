from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.regex_option_type import RegexOptionType


__all__ = ["RegexOption"]


@_attrs_define(repr=False)
class RegexOption(Model):
    """RegexOption

    Attributes:
        type_:
        enabled: This is whether to enable the option.

            @default false
    """

    _schema: ClassVar[str] = "RegexOption"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("enabled", "enabled"),
    )

    type_: RegexOptionType
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
