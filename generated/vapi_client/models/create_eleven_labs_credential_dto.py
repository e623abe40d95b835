# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eleven_labs_credential_dto_api_url import (
        CreateElevenLabsCredentialDTOApiUrl,
        _CreateElevenLabsCredentialDTOApiUrlValues,
    )


__all__ = ["CreateElevenLabsCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateElevenLabsCredentialDTO(Model):
    """CreateElevenLabsCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        api_url: ElevenLabs-only API environment for this key: the global endpoint or the EU data residency endpoint.
            In EU deployments, new credentials must explicitly use the EU data residency endpoint; existing
            credentials may omit this field on update to retain their saved endpoint. Outside EU deployments,
            Vapi detects an omitted endpoint automatically and null on update clears and re-detects the
            endpoint.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateElevenLabsCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("apiUrl", "api_url"),
        ("name", "name"),
    )

    provider: Literal["11labs"]
    api_key: str
    api_url: CreateElevenLabsCredentialDTOApiUrl | _CreateElevenLabsCredentialDTOApiUrlValues | None | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateElevenLabsCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateElevenLabsCredentialDTO | dict[str, Any]:
    """CreateElevenLabsCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "11labs" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "apiKey" in data:
        v = data["apiKey"]
        p1 = v if type(v) is str and len(v) <= 10000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "apiUrl" in data:
        v = data["apiUrl"]
        if v is None:
            p2 = None
        else:
            p2 = _MEMBERS["CreateElevenLabsCredentialDTOApiUrl"].get(v, _S) if type(v) is str else _S
            if p2 is _S and type(v) is str and not strict:
                p2 = _h.open_member("CreateElevenLabsCredentialDTOApiUrl", v)
        if p2 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateElevenLabsCredentialDTO:
            return CreateElevenLabsCredentialDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateElevenLabsCredentialDTO(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateElevenLabsCredentialDTO}
            return obj
    return {"provider": p0, "apiKey": p1, "apiUrl": p2, "name": p3}


_KNOWN_CreateElevenLabsCredentialDTO = frozenset(("provider", "apiKey", "apiUrl", "name"))


def _to_dict_CreateElevenLabsCredentialDTO(self: CreateElevenLabsCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_key
    if v is not UNSET:
        out["apiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_url
    if v is not UNSET:
        out["apiUrl"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateElevenLabsCredentialDTO._fast_load = _load_CreateElevenLabsCredentialDTO
setattr(CreateElevenLabsCredentialDTO, "to_dict", _to_dict_CreateElevenLabsCredentialDTO)  # noqa: B010 - replaces Model.to_dict
