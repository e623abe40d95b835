# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_experimental_controls_emotion import (
        CartesiaExperimentalControlsEmotion,
        _CartesiaExperimentalControlsEmotionValues,
    )
    from ..models.cartesia_experimental_controls_speed import (
        CartesiaExperimentalControlsSpeed,
        _CartesiaExperimentalControlsSpeedValues,
    )


__all__ = ["CartesiaExperimentalControls"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CartesiaExperimentalControls(Model):
    """CartesiaExperimentalControls

    Attributes:
        speed:
        emotion:
    """

    _schema: ClassVar[str] = "CartesiaExperimentalControls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("speed", "speed"),
        ("emotion", "emotion"),
    )

    speed: CartesiaExperimentalControlsSpeed | _CartesiaExperimentalControlsSpeedValues | float | Unset = UNSET
    emotion: CartesiaExperimentalControlsEmotion | _CartesiaExperimentalControlsEmotionValues | list[str] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CartesiaExperimentalControls_one_of_1 = _h.OneOf(
    ("enum", "CartesiaExperimentalControlsSpeed", False), ("number", {"minimum": -1, "maximum": 1})
)
_CartesiaExperimentalControls_one_of_2 = _h.OneOf(
    ("enum", "CartesiaExperimentalControlsEmotion", False), ("array", ("string", {}), {})
)


def _load_CartesiaExperimentalControls(
    data: dict[str, Any], strict: bool
) -> CartesiaExperimentalControls | dict[str, Any]:
    """CartesiaExperimentalControls from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "speed" in data:
        v = data["speed"]
        p0 = _CartesiaExperimentalControls_one_of_1(v, strict)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "emotion" in data:
        v = data["emotion"]
        p1 = _CartesiaExperimentalControls_one_of_2(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CartesiaExperimentalControls:
            return CartesiaExperimentalControls(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CartesiaExperimentalControls(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CartesiaExperimentalControls}
            return obj
    return {"speed": p0, "emotion": p1}


_KNOWN_CartesiaExperimentalControls = frozenset(("speed", "emotion"))


def _to_dict_CartesiaExperimentalControls(self: CartesiaExperimentalControls) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.speed
    if v is not UNSET:
        out["speed"] = _h.dump_json(v)
    v = self.emotion
    if v is not UNSET:
        out["emotion"] = _h.dump_json(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CartesiaExperimentalControls._fast_load = _load_CartesiaExperimentalControls
setattr(CartesiaExperimentalControls, "to_dict", _to_dict_CartesiaExperimentalControls)  # noqa: B010 - replaces Model.to_dict
