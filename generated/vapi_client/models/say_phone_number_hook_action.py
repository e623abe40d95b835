from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["SayPhoneNumberHookAction"]


@_attrs_define(repr=False)
class SayPhoneNumberHookAction(Model):
    """SayPhoneNumberHookAction

    Attributes:
        type_: This is the type of action - must be "say"
        exact: This is the message to say
    """

    _schema: ClassVar[str] = "SayPhoneNumberHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("exact", "exact"),
    )

    type_: Literal["say"]
    exact: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
