# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["CreateEmailCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateEmailCredentialDTO(Model):
    """CreateEmailCredentialDTO

    Attributes:
        provider:
        email: The recipient email address for alerts
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateEmailCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("email", "email"),
        ("name", "name"),
    )

    provider: Literal["email"]
    email: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateEmailCredentialDTO(data: dict[str, Any], strict: bool) -> CreateEmailCredentialDTO | dict[str, Any]:
    """CreateEmailCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "email" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "email" in data:
        v = data["email"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str and len(v) <= 40 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateEmailCredentialDTO:
            return CreateEmailCredentialDTO(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateEmailCredentialDTO(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateEmailCredentialDTO}
            return obj
    return {"provider": p0, "email": p1, "name": p2}


_KNOWN_CreateEmailCredentialDTO = frozenset(("provider", "email", "name"))


def _to_dict_CreateEmailCredentialDTO(self: CreateEmailCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.email
    if v is not UNSET:
        out["email"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateEmailCredentialDTO._fast_load = _load_CreateEmailCredentialDTO
setattr(CreateEmailCredentialDTO, "to_dict", _to_dict_CreateEmailCredentialDTO)  # noqa: B010 - replaces Model.to_dict
