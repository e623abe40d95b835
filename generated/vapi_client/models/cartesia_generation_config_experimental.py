# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["CartesiaGenerationConfigExperimental"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CartesiaGenerationConfigExperimental(Model):
    """CartesiaGenerationConfigExperimental

    Attributes:
        accent_localization: Toggle accent localization for sonic-3: 0 (disabled, default) or 1 (enabled). When enabled, the
            voice adapts to match the transcript language accent while preserving vocal characteristics.
    """

    _schema: ClassVar[str] = "CartesiaGenerationConfigExperimental"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("accentLocalization", "accent_localization"),)

    accent_localization: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CartesiaGenerationConfigExperimental(
    data: dict[str, Any], strict: bool
) -> CartesiaGenerationConfigExperimental | dict[str, Any]:
    """CartesiaGenerationConfigExperimental from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "accentLocalization" in data:
        v = data["accentLocalization"]
        p0 = v if type(v) is int and v >= 0 and v <= 1 else _S
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CartesiaGenerationConfigExperimental:
            return CartesiaGenerationConfigExperimental(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CartesiaGenerationConfigExperimental(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CartesiaGenerationConfigExperimental
            }
            return obj
    return {"accentLocalization": p0}


_KNOWN_CartesiaGenerationConfigExperimental = frozenset(("accentLocalization",))


def _to_dict_CartesiaGenerationConfigExperimental(self: CartesiaGenerationConfigExperimental) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.accent_localization
    if v is not UNSET:
        out["accentLocalization"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CartesiaGenerationConfigExperimental._fast_load = _load_CartesiaGenerationConfigExperimental
setattr(CartesiaGenerationConfigExperimental, "to_dict", _to_dict_CartesiaGenerationConfigExperimental)  # noqa: B010 - replaces Model.to_dict
