# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import PATTERNS as _PATTERNS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_function_parameters import OpenAIFunctionParameters


__all__ = ["OpenAIFunction"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        parameters: These are the parameters the functions accepts, described as a JSON Schema object.

            See the [OpenAI guide](https://platform.openai.com/docs/guides/function-calling) for examples, and
            the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation
            about the format.

            Omitting parameters defines a function with an empty parameter list.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_OpenAIFunction(data: dict[str, Any], strict: bool) -> OpenAIFunction | dict[str, Any]:
    """OpenAIFunction from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str and len(v) <= 64 and _PATTERNS["^[a-zA-Z0-9_-]{1,64}$"].search(v) is not None else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "strict" in data:
        v = data["strict"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if "description" in data:
        v = data["description"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "parameters" in data:
        v = data["parameters"]
        p3 = _FAST["OpenAIFunctionParameters"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("OpenAIFunctionParameters", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_OpenAIFunction:
            return OpenAIFunction(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = OpenAIFunction(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_OpenAIFunction}
            return obj
    return {"name": p0, "strict": p1, "description": p2, "parameters": p3}


_KNOWN_OpenAIFunction = frozenset(("name", "strict", "description", "parameters"))


def _to_dict_OpenAIFunction(self: OpenAIFunction) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.strict
    if v is not UNSET:
        out["strict"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.parameters
    if v is not UNSET:
        out["parameters"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


OpenAIFunction._fast_load = _load_OpenAIFunction
setattr(OpenAIFunction, "to_dict", _to_dict_OpenAIFunction)  # noqa: B010 - replaces Model.to_dict
