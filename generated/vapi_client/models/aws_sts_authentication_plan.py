from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AWSStsAuthenticationPlan"]


@_attrs_define(repr=False)
class AWSStsAuthenticationPlan(Model):
    """AWSStsAuthenticationPlan

    Attributes:
        type_: This is the type of authentication plan
        role_arn: This is the role ARN for the AWS credential
        external_id: Optional external ID for additional security in the role trust policy.
    """

    _schema: ClassVar[str] = "AWSStsAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("roleArn", "role_arn"),
        ("externalId", "external_id"),
    )

    type_: Literal["aws-sts"]
    role_arn: str
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
