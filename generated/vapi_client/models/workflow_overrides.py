from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["WorkflowOverrides"]


@_attrs_define(repr=False)
class WorkflowOverrides(Model):
    """WorkflowOverrides

    Attributes:
        variable_values: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "WorkflowOverrides"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("variableValues", "variable_values"),)

    variable_values: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
