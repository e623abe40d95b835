from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ServerMessageResponseFunctionCall"]


@_attrs_define(repr=False)
class ServerMessageResponseFunctionCall(Model):
    """Reply to a function-call message.

    Attributes:
        result: The function's result, given to the model.
    """

    _schema: ClassVar[str] = "ServerMessageResponseFunctionCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("result", "result"),)

    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
