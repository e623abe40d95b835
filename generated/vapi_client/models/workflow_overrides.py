# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["WorkflowOverrides"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class WorkflowOverrides(Model):
    """WorkflowOverrides

    Attributes:
        variable_values: These are values that will be used to replace the template variables in the workflow messages and
            other text-based fields.
            This uses LiquidJS syntax. https://liquidjs.com/tutorials/intro-to-liquid.html

            So for example, `{{ name }}` will be replaced with the value of `name` in `variableValues`.
            `{{"now" | date: "%b %d, %Y, %I:%M %p", "America/New_York"}}` will be replaced with the current date
            and time in New York.
             Some VAPI reserved defaults:
             - *customer* - the customer object
    """

    _schema: ClassVar[str] = "WorkflowOverrides"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("variableValues", "variable_values"),)

    variable_values: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_WorkflowOverrides(data: dict[str, Any], strict: bool) -> WorkflowOverrides | dict[str, Any]:
    """WorkflowOverrides from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "variableValues" in data:
        v = data["variableValues"]
        p0 = v if type(v) is dict else _S
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_WorkflowOverrides:
            return WorkflowOverrides(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = WorkflowOverrides(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_WorkflowOverrides}
            return obj
    return {"variableValues": p0}


_KNOWN_WorkflowOverrides = frozenset(("variableValues",))


def _to_dict_WorkflowOverrides(self: WorkflowOverrides) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.variable_values
    if v is not UNSET:
        out["variableValues"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


WorkflowOverrides._fast_load = _load_WorkflowOverrides
setattr(WorkflowOverrides, "to_dict", _to_dict_WorkflowOverrides)  # noqa: B010 - replaces Model.to_dict
