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
    """OpenAIFunction

    Attributes:
        name: This is the the name of the function to be called.

            Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
        strict: This is a boolean that controls whether to enable strict schema adherence when generating the
            function call. If set to true, the model will follow the exact schema defined in the parameters
            field. Only a subset of JSON Schema is supported when strict is true. Learn more about Structured
            Outputs in the [OpenAI guide](https://openai.com/index/introducing-structured-outputs-in-the-api/).

            @default false
        description: This is the description of what the function does, used by the AI to choose when and how to call the
            function.
        parameters:
    """

    _schema: ClassVar[str] = "OpenAIFunction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("strict", "strict"),
        ("description", "description"),
        ("parameters", "parameters"),
    )

    name: str
    strict: bool | Unset = UNSET
    description: str | Unset = UNSET
    parameters: OpenAIFunctionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
