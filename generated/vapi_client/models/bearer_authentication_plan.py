from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["BearerAuthenticationPlan"]


@_attrs_define(repr=False)
class BearerAuthenticationPlan(Model):
    """BearerAuthenticationPlan

    Attributes:
        type_:
        token: This is the bearer token value.
        header_name: This is the header name where the bearer token will be sent. Defaults to 'Authorization'.
        bearer_prefix_enabled: Whether to include the 'Bearer ' prefix in the header value. Defaults to true.
    """

    _schema: ClassVar[str] = "BearerAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("token", "token"),
        ("headerName", "header_name"),
        ("bearerPrefixEnabled", "bearer_prefix_enabled"),
    )

    type_: Literal["bearer"]
    token: str
    header_name: str | Unset = UNSET
    bearer_prefix_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
