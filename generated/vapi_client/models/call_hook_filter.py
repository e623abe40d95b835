from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["CallHookFilter"]


@_attrs_define(repr=False)
class CallHookFilter(Model):
    """CallHookFilter

    Attributes:
        type_: This is the type of filter - currently only "oneOf" is supported
        key: This is the key to filter on (e.g. "call.endedReason")
        one_of: This is the array of possible values to match against
    """

    _schema: ClassVar[str] = "CallHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("oneOf", "one_of"),
    )

    type_: Literal["oneOf"]
    key: str
    one_of: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
