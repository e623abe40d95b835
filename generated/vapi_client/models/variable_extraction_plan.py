from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema
    from ..models.variable_extraction_alias import VariableExtractionAlias


__all__ = ["VariableExtractionPlan"]


@_attrs_define(repr=False)
class VariableExtractionPlan(Model):
    """VariableExtractionPlan

    Attributes:
        schema:
        aliases: These are additional variables to create.

            These will be accessible during the call as `{{key}}` and stored in `call.artifact.variableValues`
            after the call.

            Example:
            ```json
            {
              "aliases": [
                {
                  "key": "customerName",
                  "value": "{{name}}"
                },
                {
                  "key": "fullName",
                  "value": "{{firstName}} {{lastName}}"
                },
                {
                  "key": "greeting",
                  "value": "Hello {{name}}, welcome to {{company}}!"
                },
                {
                  "key": "customerCity",
                  "value": "{{addresses[0].city}}"
                },
                {
                  "key": "something",
                  "value": "{{any liquid}}"
                }
              ]
            }
            ```

            This will create variables `customerName`, `fullName`, `greeting`, `customerCity`, and `something`.
            To access these variables, you can reference them as `{{customerName}}`, `{{fullName}}`,
            `{{greeting}}`, `{{customerCity}}`, and `{{something}}`.
    """

    _schema: ClassVar[str] = "VariableExtractionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("aliases", "aliases"),
    )

    schema: JsonSchema | Unset = UNSET
    aliases: list[VariableExtractionAlias] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
