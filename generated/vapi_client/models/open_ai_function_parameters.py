# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models import JsonSchema


__all__ = ["OpenAIFunctionParameters"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class OpenAIFunctionParameters(Model):
    """OpenAIFunctionParameters

    Attributes:
        type_: This must be set to 'object'. It instructs the model to return a JSON object containing the function
            call properties.
        properties: This provides a description of the properties required by the function.
            JSON Schema can be used to specify expectations for each property.
            Refer to [this doc](https://ajv.js.org/json-schema.html#json-data-type) for a comprehensive guide on
            JSON Schema.
        required: This specifies the properties that are required by the function.
    """

    _schema: ClassVar[str] = "OpenAIFunctionParameters"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("properties", "properties"),
        ("required", "required"),
    )

    type_: Literal["object"]
    properties: dict[str, JsonSchema]
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_OpenAIFunctionParameters_items_6 = _h.Items(("model", "JsonSchema"))


def _load_OpenAIFunctionParameters(data: dict[str, Any], strict: bool) -> OpenAIFunctionParameters | dict[str, Any]:
    """OpenAIFunctionParameters from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "object" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "properties" in data:
        v = data["properties"]
        if type(v) is dict:
            resume5 = False
            out3: dict[str, Any] = {}
            for k4, e1 in v.items():
                x2 = _FAST["JsonSchema"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("JsonSchema", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3[k4] = x2
            p1 = _R(_OpenAIFunctionParameters_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "required" in data:
        v = data["required"]
        p2 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_OpenAIFunctionParameters:
            return OpenAIFunctionParameters(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = OpenAIFunctionParameters(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_OpenAIFunctionParameters}
            return obj
    return {"type": p0, "properties": p1, "required": p2}


_KNOWN_OpenAIFunctionParameters = frozenset(("type", "properties", "required"))


def _to_dict_OpenAIFunctionParameters(self: OpenAIFunctionParameters) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.properties
    if v is not UNSET:
        out["properties"] = (
            {k7: i8.to_dict() if hasattr(i8, "to_dict") else _h.fresh(i8) for k7, i8 in v.items()}
            if type(v) is dict
            else _h.fresh(v)
        )
    v = self.required
    if v is not UNSET:
        out["required"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


OpenAIFunctionParameters._fast_load = _load_OpenAIFunctionParameters
setattr(OpenAIFunctionParameters, "to_dict", _to_dict_OpenAIFunctionParameters)  # noqa: B010 - replaces Model.to_dict
