# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["ErrorResponse"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ErrorResponse_one_of_1 = _h.OneOf(("string", {}), ("array", ("string", {}), {}))


def _load_ErrorResponse(data: dict[str, Any], strict: bool) -> ErrorResponse | dict[str, Any]:
    """ErrorResponse from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "message" in data:
        v = data["message"]
        p0 = _ErrorResponse_one_of_1(v, strict)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "statusCode" in data:
        v = data["statusCode"]
        p1 = v if type(v) is int else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "error" in data:
        v = data["error"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ErrorResponse:
            return ErrorResponse(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ErrorResponse(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ErrorResponse}
            return obj
    return {"message": p0, "statusCode": p1, "error": p2}


_KNOWN_ErrorResponse = frozenset(("message", "statusCode", "error"))


def _to_dict_ErrorResponse(self: ErrorResponse) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.status_code
    if v is not UNSET:
        out["statusCode"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ErrorResponse._fast_load = _load_ErrorResponse
setattr(ErrorResponse, "to_dict", _to_dict_ErrorResponse)  # noqa: B010 - replaces Model.to_dict
