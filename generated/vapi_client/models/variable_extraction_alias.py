# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import PATTERNS as _PATTERNS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["VariableExtractionAlias"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VariableExtractionAlias(data: dict[str, Any], strict: bool) -> VariableExtractionAlias | dict[str, Any]:
    """VariableExtractionAlias from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "key" in data:
        v = data["key"]
        p0 = v if type(v) is str and len(v) <= 40 and _PATTERNS["^[a-zA-Z][a-zA-Z0-9_]*$"].search(v) is not None else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "value" in data:
        v = data["value"]
        p1 = v if type(v) is str and len(v) <= 10000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_VariableExtractionAlias:
            return VariableExtractionAlias(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VariableExtractionAlias(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VariableExtractionAlias}
            return obj
    return {"key": p0, "value": p1}


_KNOWN_VariableExtractionAlias = frozenset(("key", "value"))


def _to_dict_VariableExtractionAlias(self: VariableExtractionAlias) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VariableExtractionAlias._fast_load = _load_VariableExtractionAlias
setattr(VariableExtractionAlias, "to_dict", _to_dict_VariableExtractionAlias)  # noqa: B010 - replaces Model.to_dict
