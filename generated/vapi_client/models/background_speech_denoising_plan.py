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
    from ..models.fourier_denoising_plan import FourierDenoisingPlan
    from ..models.smart_denoising_plan import SmartDenoisingPlan


__all__ = ["BackgroundSpeechDenoisingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class BackgroundSpeechDenoisingPlan(Model):
    """BackgroundSpeechDenoisingPlan

    Attributes:
        smart_denoising_plan: Whether smart denoising using Krisp is enabled.
        fourier_denoising_plan: Whether Fourier denoising is enabled. Note that this is experimental and may not work as expected.

            This can be combined with smart denoising, and will be run afterwards.
    """

    _schema: ClassVar[str] = "BackgroundSpeechDenoisingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("smartDenoisingPlan", "smart_denoising_plan"),
        ("fourierDenoisingPlan", "fourier_denoising_plan"),
    )

    smart_denoising_plan: SmartDenoisingPlan | Unset = UNSET
    fourier_denoising_plan: FourierDenoisingPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_BackgroundSpeechDenoisingPlan(
    data: dict[str, Any], strict: bool
) -> BackgroundSpeechDenoisingPlan | dict[str, Any]:
    """BackgroundSpeechDenoisingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "smartDenoisingPlan" in data:
        v = data["smartDenoisingPlan"]
        p0 = _FAST["SmartDenoisingPlan"](v, strict) if type(v) is dict else _S
        if type(p0) is dict:  # loaded in part: the generic loader finishes it
            p0 = _R("SmartDenoisingPlan", p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "fourierDenoisingPlan" in data:
        v = data["fourierDenoisingPlan"]
        p1 = _FAST["FourierDenoisingPlan"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("FourierDenoisingPlan", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BackgroundSpeechDenoisingPlan:
            return BackgroundSpeechDenoisingPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BackgroundSpeechDenoisingPlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BackgroundSpeechDenoisingPlan}
            return obj
    return {"smartDenoisingPlan": p0, "fourierDenoisingPlan": p1}


_KNOWN_BackgroundSpeechDenoisingPlan = frozenset(("smartDenoisingPlan", "fourierDenoisingPlan"))


def _to_dict_BackgroundSpeechDenoisingPlan(self: BackgroundSpeechDenoisingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.smart_denoising_plan
    if v is not UNSET:
        out["smartDenoisingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.fourier_denoising_plan
    if v is not UNSET:
        out["fourierDenoisingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BackgroundSpeechDenoisingPlan._fast_load = _load_BackgroundSpeechDenoisingPlan
setattr(BackgroundSpeechDenoisingPlan, "to_dict", _to_dict_BackgroundSpeechDenoisingPlan)  # noqa: B010 - replaces Model.to_dict
