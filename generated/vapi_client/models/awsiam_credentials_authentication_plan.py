from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["AWSIAMCredentialsAuthenticationPlan"]


@_attrs_define(repr=False)
class AWSIAMCredentialsAuthenticationPlan(Model):
    """AWSIAMCredentialsAuthenticationPlan

    Attributes:
        type_:
        aws_access_key_id: AWS Access Key ID. This is not returned in the API.
        aws_secret_access_key: AWS Secret Access Key. This is not returned in the API.
    """

    _schema: ClassVar[str] = "AWSIAMCredentialsAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("awsAccessKeyId", "aws_access_key_id"),
        ("awsSecretAccessKey", "aws_secret_access_key"),
    )

    type_: Literal["aws-iam"]
    aws_access_key_id: str
    aws_secret_access_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
