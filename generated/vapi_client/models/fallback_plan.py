from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

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


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
