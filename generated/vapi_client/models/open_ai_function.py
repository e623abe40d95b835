from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_function_parameters import OpenAIFunctionParameters


__all__ = ["OpenAIFunction"]


@_attrs_define(repr=False)
class OpenAIFunction(Model):
    """Definition of a function the model may call, in OpenAI function-calling format.

    Attributes:
        name: Name by which the model refers to and calls the function.
        description: Explains what the function does and when the model should call it.
        parameters: JSON schema object listing the arguments a function accepts.
    """

    _schema: ClassVar[str] = "OpenAIFunction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
    )

    name: str
    description: str | Unset = UNSET
    parameters: OpenAIFunctionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
