from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["VariableExtractionAlias"]


@_attrs_define(repr=False)
class VariableExtractionAlias(Model):
    """VariableExtractionAlias

    Attributes:
        key: This is the key of the variable.

            This variable will be accessible during the call as `{{key}}` and stored in
            `call.artifact.variableValues` after the call.

            Rules:
            - Must start with a letter (a-z, A-Z).
            - Subsequent characters can be letters, numbers, or underscores.
            - Minimum length of 1 and maximum length of 40.
        value: This is the value of the variable.

            This can reference existing variables, use filters, and perform transformations.

            Examples: "{{name}}", "{{customer.email}}", "Hello {{name | upcase}}"
    """

    _schema: ClassVar[str] = "VariableExtractionAlias"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("value", "value"),
    )

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
