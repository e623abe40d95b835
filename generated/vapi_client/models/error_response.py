from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ErrorResponse"]


@_attrs_define(repr=False)
class ErrorResponse(Model):
    """Error body returned by the API when a request fails.

    Attributes:
        message: What went wrong; a list of strings when request validation fails.
        status_code: HTTP status code of the error response.
        error: HTTP reason phrase matching the status code, such as 'Bad Request'.
    """

    _schema: ClassVar[str] = "ErrorResponse"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("statusCode", "status_code"),
        ("error", "error"),
    )

    message: str | list[str]
    status_code: int
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
