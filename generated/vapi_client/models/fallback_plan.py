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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.fallback_azure_voice import FallbackAzureVoice
    from ..models.fallback_cartesia_voice import FallbackCartesiaVoice
    from ..models.fallback_custom_voice import FallbackCustomVoice
    from ..models.fallback_deepgram_voice import FallbackDeepgramVoice
    from ..models.fallback_eleven_labs_voice import FallbackElevenLabsVoice
    from ..models.fallback_hume_voice import FallbackHumeVoice
    from ..models.fallback_inworld_voice import FallbackInworldVoice
    from ..models.fallback_lmnt_voice import FallbackLMNTVoice
    from ..models.fallback_microsoft_voice import FallbackMicrosoftVoice
    from ..models.fallback_neuphonic_voice import FallbackNeuphonicVoice
    from ..models.fallback_open_ai_voice import FallbackOpenAIVoice
    from ..models.fallback_play_ht_voice import FallbackPlayHTVoice
    from ..models.fallback_rime_ai_voice import FallbackRimeAIVoice
    from ..models.fallback_sesame_voice import FallbackSesameVoice
    from ..models.fallback_smallest_ai_voice import FallbackSmallestAIVoice
    from ..models.fallback_tavus_voice import FallbackTavusVoice
    from ..models.fallback_vapi_voice import FallbackVapiVoice
    from ..models.fallback_well_said_voice import FallbackWellSaidVoice
    from ..models.fallback_xai_voice import FallbackXaiVoice
    from ..models.unknown_variants import UnknownFallbackPlanVoices


__all__ = ["FallbackPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackPlan(Model):
    """FallbackPlan

    Attributes:
        voices: This is the list of voices to fallback to in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "FallbackPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("voices", "voices"),)

    voices: list[
        FallbackAzureVoice
        | FallbackCartesiaVoice
        | FallbackHumeVoice
        | FallbackCustomVoice
        | FallbackDeepgramVoice
        | FallbackElevenLabsVoice
        | FallbackVapiVoice
        | FallbackLMNTVoice
        | FallbackOpenAIVoice
        | FallbackPlayHTVoice
        | FallbackWellSaidVoice
        | FallbackRimeAIVoice
        | FallbackSmallestAIVoice
        | FallbackTavusVoice
        | FallbackNeuphonicVoice
        | FallbackSesameVoice
        | FallbackInworldVoice
        | FallbackXaiVoice
        | FallbackMicrosoftVoice
        | UnknownFallbackPlanVoices
    ]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_FallbackPlanVoices = _h.alternatives("FallbackPlanVoices")
_FallbackPlan_items_8 = _h.Items(("union", "FallbackPlanVoices"))


def _load_FallbackPlan(data: dict[str, Any], strict: bool) -> FallbackPlan | dict[str, Any]:
    """FallbackPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "voices" in data:
        v = data["voices"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("provider") if type(e1) is dict else None
                alternative7 = _alternatives_FallbackPlanVoices[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_FallbackPlan_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackPlan:
            return FallbackPlan(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackPlan(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackPlan}
            return obj
    return {"voices": p0}


_KNOWN_FallbackPlan = frozenset(("voices",))


def _to_dict_FallbackPlan(self: FallbackPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.voices
    if v is not UNSET:
        out["voices"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackPlan._fast_load = _load_FallbackPlan
setattr(FallbackPlan, "to_dict", _to_dict_FallbackPlan)  # noqa: B010 - replaces Model.to_dict
