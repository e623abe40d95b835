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
    from ..models.fallback_assembly_ai_transcriber import FallbackAssemblyAITranscriber
    from ..models.fallback_azure_speech_transcriber import FallbackAzureSpeechTranscriber
    from ..models.fallback_cartesia_transcriber import FallbackCartesiaTranscriber
    from ..models.fallback_custom_transcriber import FallbackCustomTranscriber
    from ..models.fallback_deepgram_transcriber import FallbackDeepgramTranscriber
    from ..models.fallback_eleven_labs_transcriber import FallbackElevenLabsTranscriber
    from ..models.fallback_gladia_transcriber import FallbackGladiaTranscriber
    from ..models.fallback_google_transcriber import FallbackGoogleTranscriber
    from ..models.fallback_open_ai_transcriber import FallbackOpenAITranscriber
    from ..models.fallback_soniox_transcriber import FallbackSonioxTranscriber
    from ..models.fallback_speechmatics_transcriber import FallbackSpeechmaticsTranscriber
    from ..models.fallback_talkscriber_transcriber import FallbackTalkscriberTranscriber
    from ..models.fallback_xai_transcriber import FallbackXaiTranscriber
    from ..models.unknown_variants import UnknownFallbackTranscriberPlanTranscribers


__all__ = ["FallbackTranscriberPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackTranscriberPlan(Model):
    """FallbackTranscriberPlan

    Attributes:
        transcribers:
    """

    _schema: ClassVar[str] = "FallbackTranscriberPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("transcribers", "transcribers"),)

    transcribers: (
        list[
            FallbackAssemblyAITranscriber
            | FallbackAzureSpeechTranscriber
            | FallbackCustomTranscriber
            | FallbackDeepgramTranscriber
            | FallbackElevenLabsTranscriber
            | FallbackGladiaTranscriber
            | FallbackGoogleTranscriber
            | FallbackTalkscriberTranscriber
            | FallbackSpeechmaticsTranscriber
            | FallbackOpenAITranscriber
            | FallbackCartesiaTranscriber
            | FallbackSonioxTranscriber
            | FallbackXaiTranscriber
            | UnknownFallbackTranscriberPlanTranscribers
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_FallbackTranscriberPlanTranscribers = _h.alternatives("FallbackTranscriberPlanTranscribers")
_FallbackTranscriberPlan_items_8 = _h.Items(("union", "FallbackTranscriberPlanTranscribers"))


def _load_FallbackTranscriberPlan(data: dict[str, Any], strict: bool) -> FallbackTranscriberPlan | dict[str, Any]:
    """FallbackTranscriberPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "transcribers" in data:
        v = data["transcribers"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("provider") if type(e1) is dict else None
                alternative7 = _alternatives_FallbackTranscriberPlanTranscribers[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_FallbackTranscriberPlan_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackTranscriberPlan:
            return FallbackTranscriberPlan(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackTranscriberPlan(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackTranscriberPlan}
            return obj
    return {"transcribers": p0}


_KNOWN_FallbackTranscriberPlan = frozenset(("transcribers",))


def _to_dict_FallbackTranscriberPlan(self: FallbackTranscriberPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.transcribers
    if v is not UNSET:
        out["transcribers"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackTranscriberPlan._fast_load = _load_FallbackTranscriberPlan
setattr(FallbackTranscriberPlan, "to_dict", _to_dict_FallbackTranscriberPlan)  # noqa: B010 - replaces Model.to_dict
