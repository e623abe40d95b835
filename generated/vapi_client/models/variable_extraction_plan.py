# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema
    from ..models.variable_extraction_alias import VariableExtractionAlias


__all__ = ["VariableExtractionPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VariableExtractionPlan(Model):
    """VariableExtractionPlan

    Attributes:
        schema: This is the schema to extract.

            Examples:
            1. To extract object properties, you can use the following schema:
            ```json
            {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "age": {
                  "type": "number"
                }
              }
            }
            ```

            These will be extracted as `{{ name }}` and `{{ age }}` respectively. To emphasize, object
            properties are extracted as direct global variables.

            2. To extract nested properties, you can use the following schema:
            ```json
            {
              "type": "object",
              "properties": {
                "name": {
                  "type": "object",
                  "properties": {
                    "first": {
                      "type": "string"
                    },
                    "last": {
                      "type": "string"
                    }
                  }
                }
              }
            }
            ```

            These will be extracted as `{{ name }}`. And, `{{ name.first }}` and `{{ name.last }}` will be
            accessible.

            3. To extract array items, you can use the following schema:
            ```json
            {
              "type": "array",
              "title": "zipCodes",
              "items": {
                "type": "string"
              }
            }
            ```

            This will be extracted as `{{ zipCodes }}`. To access the array items, you can use `{{ zipCodes[0]
            }}` and `{{ zipCodes[1] }}`.

            4. To extract array of objects, you can use the following schema:

            ```json
            {
              "type": "array",
              "name": "people",
              "items": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "age": {
                    "type": "number"
                  },
                  "zipCodes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              }
            }
            ```

            This will be extracted as `{{ people }}`. To access the array items, you can use `{{ people[n].name
            }}`, `{{ people[n].age }}`, `{{ people[n].zipCodes }}`, `{{ people[n].zipCodes[0] }}` and `{{
            people[n].zipCodes[1] }}`.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_VariableExtractionPlan_items_6 = _h.Items(("model", "VariableExtractionAlias"))


def _load_VariableExtractionPlan(data: dict[str, Any], strict: bool) -> VariableExtractionPlan | dict[str, Any]:
    """VariableExtractionPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "schema" in data:
        v = data["schema"]
        p0 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p0) is dict:  # loaded in part: the generic loader finishes it
            p0 = _R("JsonSchema", p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "aliases" in data:
        v = data["aliases"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["VariableExtractionAlias"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("VariableExtractionAlias", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_VariableExtractionPlan_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VariableExtractionPlan:
            return VariableExtractionPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VariableExtractionPlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VariableExtractionPlan}
            return obj
    return {"schema": p0, "aliases": p1}


_KNOWN_VariableExtractionPlan = frozenset(("schema", "aliases"))


def _to_dict_VariableExtractionPlan(self: VariableExtractionPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.schema
    if v is not UNSET:
        out["schema"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.aliases
    if v is not UNSET:
        out["aliases"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VariableExtractionPlan._fast_load = _load_VariableExtractionPlan
setattr(VariableExtractionPlan, "to_dict", _to_dict_VariableExtractionPlan)  # noqa: B010 - replaces Model.to_dict
