# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.cartesia_generation_config_experimental import CartesiaGenerationConfigExperimental


__all__ = ["CartesiaGenerationConfig"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CartesiaGenerationConfig(Model):
    """CartesiaGenerationConfig

    Attributes:
        speed: Fine-grained speed control for sonic-3. Only available for sonic-3 model.
        volume: Fine-grained volume control for sonic-3. Only available for sonic-3 model.
        experimental: Experimental model controls for sonic-3. These are subject to breaking changes.
    """

    _schema: ClassVar[str] = "CartesiaGenerationConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("speed", "speed"),
        ("volume", "volume"),
        ("experimental", "experimental"),
    )

    speed: float | Unset = UNSET
    volume: float | Unset = UNSET
    experimental: CartesiaGenerationConfigExperimental | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CartesiaGenerationConfig(data: dict[str, Any], strict: bool) -> CartesiaGenerationConfig | dict[str, Any]:
    """CartesiaGenerationConfig from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "speed" in data:
        v = data["speed"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.6 and v <= 1.5 else _S
        if p0 is _S:
            slow = True
    if "volume" in data:
        v = data["volume"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 2 else _S
        if p1 is _S:
            slow = True
    if "experimental" in data:
        v = data["experimental"]
        p2 = _FAST["CartesiaGenerationConfigExperimental"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("CartesiaGenerationConfigExperimental", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CartesiaGenerationConfig:
            return CartesiaGenerationConfig(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CartesiaGenerationConfig(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CartesiaGenerationConfig}
            return obj
    return {"speed": p0, "volume": p1, "experimental": p2}


_KNOWN_CartesiaGenerationConfig = frozenset(("speed", "volume", "experimental"))


def _to_dict_CartesiaGenerationConfig(self: CartesiaGenerationConfig) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.volume
    if v is not UNSET:
        out["volume"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.experimental
    if v is not UNSET:
        out["experimental"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CartesiaGenerationConfig._fast_load = _load_CartesiaGenerationConfig
setattr(CartesiaGenerationConfig, "to_dict", _to_dict_CartesiaGenerationConfig)  # noqa: B010 - replaces Model.to_dict
