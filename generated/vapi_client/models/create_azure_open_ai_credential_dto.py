# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_azure_credential_dto_region import (
        CreateAzureCredentialDTORegion,
        _CreateAzureCredentialDTORegionValues,
    )
    from ..models.create_azure_open_ai_credential_dto_models import (
        CreateAzureOpenAICredentialDTOModels,
        _CreateAzureOpenAICredentialDTOModelsValues,
    )


__all__ = ["CreateAzureOpenAICredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateAzureOpenAICredentialDTO(Model):
    """CreateAzureOpenAICredentialDTO

    Attributes:
        provider:
        region:
        models:
        open_ai_key: This is not returned in the API.
        open_ai_endpoint:
        ocp_apim_subscription_key: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAzureOpenAICredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("region", "region"),
        ("models", "models"),
        ("openAIKey", "open_ai_key"),
        ("openAIEndpoint", "open_ai_endpoint"),
        ("ocpApimSubscriptionKey", "ocp_apim_subscription_key"),
        ("name", "name"),
    )

    provider: Literal["azure-openai"]
    region: CreateAzureCredentialDTORegion | _CreateAzureCredentialDTORegionValues
    models: list[CreateAzureOpenAICredentialDTOModels | _CreateAzureOpenAICredentialDTOModelsValues]
    open_ai_key: str
    open_ai_endpoint: str
    ocp_apim_subscription_key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CreateAzureOpenAICredentialDTO_items_6 = _h.Items(("enum", "CreateAzureOpenAICredentialDTOModels", False))


def _load_CreateAzureOpenAICredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateAzureOpenAICredentialDTO | dict[str, Any]:
    """CreateAzureOpenAICredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "azure-openai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "region" in data:
        v = data["region"]
        p1 = _MEMBERS["CreateAzureCredentialDTORegion"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("CreateAzureCredentialDTORegion", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "models" in data:
        v = data["models"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["CreateAzureOpenAICredentialDTOModels"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("CreateAzureOpenAICredentialDTOModels", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_CreateAzureOpenAICredentialDTO_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if "openAIKey" in data:
        v = data["openAIKey"]
        p3 = v if type(v) is str and len(v) <= 10000 else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "openAIEndpoint" in data:
        v = data["openAIEndpoint"]
        p4 = v if type(v) is str and len(v) <= 10000 else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "ocpApimSubscriptionKey" in data:
        v = data["ocpApimSubscriptionKey"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateAzureOpenAICredentialDTO:
            return CreateAzureOpenAICredentialDTO(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateAzureOpenAICredentialDTO(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CreateAzureOpenAICredentialDTO
            }
            return obj
    return {
        "provider": p0,
        "region": p1,
        "models": p2,
        "openAIKey": p3,
        "openAIEndpoint": p4,
        "ocpApimSubscriptionKey": p5,
        "name": p6,
    }


_KNOWN_CreateAzureOpenAICredentialDTO = frozenset(
    ("provider", "region", "models", "openAIKey", "openAIEndpoint", "ocpApimSubscriptionKey", "name")
)


def _to_dict_CreateAzureOpenAICredentialDTO(self: CreateAzureOpenAICredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.models
    if v is not UNSET:
        out["models"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.open_ai_key
    if v is not UNSET:
        out["openAIKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.ocp_apim_subscription_key
    if v is not UNSET:
        out["ocpApimSubscriptionKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.open_ai_endpoint
    if v is not UNSET:
        out["openAIEndpoint"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateAzureOpenAICredentialDTO._fast_load = _load_CreateAzureOpenAICredentialDTO
setattr(CreateAzureOpenAICredentialDTO, "to_dict", _to_dict_CreateAzureOpenAICredentialDTO)  # noqa: B010 - replaces Model.to_dict
