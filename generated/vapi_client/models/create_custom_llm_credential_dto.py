# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_2_authentication_plan import OAuth2AuthenticationPlan


__all__ = ["CreateCustomLLMCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateCustomLLMCredentialDTO(Model):
    """CreateCustomLLMCredentialDTO

    Attributes:
        provider:
        api_key: This is not returned in the API.
        authentication_plan: This is the authentication plan. Currently supports OAuth2 RFC 6749. To use Bearer authentication,
            use apiKey
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCustomLLMCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("apiKey", "api_key"),
        ("authenticationPlan", "authentication_plan"),
        ("name", "name"),
    )

    provider: Literal["custom-llm"]
    api_key: str
    authentication_plan: OAuth2AuthenticationPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateCustomLLMCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateCustomLLMCredentialDTO | dict[str, Any]:
    """CreateCustomLLMCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "custom-llm" else _S
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
    if "authenticationPlan" in data:
        v = data["authenticationPlan"]
        p2 = _FAST["OAuth2AuthenticationPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("OAuth2AuthenticationPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateCustomLLMCredentialDTO:
            return CreateCustomLLMCredentialDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateCustomLLMCredentialDTO(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateCustomLLMCredentialDTO}
            return obj
    return {"provider": p0, "apiKey": p1, "authenticationPlan": p2, "name": p3}


_KNOWN_CreateCustomLLMCredentialDTO = frozenset(("provider", "apiKey", "authenticationPlan", "name"))


def _to_dict_CreateCustomLLMCredentialDTO(self: CreateCustomLLMCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_key
    if v is not UNSET:
        out["apiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.authentication_plan
    if v is not UNSET:
        out["authenticationPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateCustomLLMCredentialDTO._fast_load = _load_CreateCustomLLMCredentialDTO
setattr(CreateCustomLLMCredentialDTO, "to_dict", _to_dict_CreateCustomLLMCredentialDTO)  # noqa: B010 - replaces Model.to_dict
