# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.vapi_pronunciation_dictionary_locator_provider import (
        VapiPronunciationDictionaryLocatorProvider,
        _VapiPronunciationDictionaryLocatorProviderValues,
    )


__all__ = ["VapiPronunciationDictionaryLocator"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiPronunciationDictionaryLocator(Model):
    """VapiPronunciationDictionaryLocator

    Attributes:
        pronunciation_dict_id: The pronunciation dictionary ID
        version_id: Version ID (only used by ElevenLabs, ignored for Cartesia)
        provider: Provider that hosts this pronunciation dictionary
    """

    _schema: ClassVar[str] = "VapiPronunciationDictionaryLocator"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pronunciationDictId", "pronunciation_dict_id"),
        ("versionId", "version_id"),
        ("provider", "provider"),
    )

    pronunciation_dict_id: str
    version_id: str | Unset = UNSET
    provider: VapiPronunciationDictionaryLocatorProvider | _VapiPronunciationDictionaryLocatorProviderValues | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiPronunciationDictionaryLocator(
    data: dict[str, Any], strict: bool
) -> VapiPronunciationDictionaryLocator | dict[str, Any]:
    """VapiPronunciationDictionaryLocator from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "pronunciationDictId" in data:
        v = data["pronunciationDictId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "versionId" in data:
        v = data["versionId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "provider" in data:
        v = data["provider"]
        p2 = _MEMBERS["VapiPronunciationDictionaryLocatorProvider"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("VapiPronunciationDictionaryLocatorProvider", v)
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiPronunciationDictionaryLocator:
            return VapiPronunciationDictionaryLocator(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiPronunciationDictionaryLocator(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_VapiPronunciationDictionaryLocator
            }
            return obj
    return {"pronunciationDictId": p0, "versionId": p1, "provider": p2}


_KNOWN_VapiPronunciationDictionaryLocator = frozenset(("pronunciationDictId", "versionId", "provider"))


def _to_dict_VapiPronunciationDictionaryLocator(self: VapiPronunciationDictionaryLocator) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.pronunciation_dict_id
    if v is not UNSET:
        out["pronunciationDictId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.version_id
    if v is not UNSET:
        out["versionId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiPronunciationDictionaryLocator._fast_load = _load_VapiPronunciationDictionaryLocator
setattr(VapiPronunciationDictionaryLocator, "to_dict", _to_dict_VapiPronunciationDictionaryLocator)  # noqa: B010 - replaces Model.to_dict
