from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
