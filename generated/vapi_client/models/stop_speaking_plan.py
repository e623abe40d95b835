from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["StopSpeakingPlan"]


@_attrs_define(repr=False)
class StopSpeakingPlan(Model):
    """StopSpeakingPlan

    Attributes:
        num_words: This is the number of words that the customer has to say before the assistant will stop talking.

            Words like "stop", "actually", "no", etc. will always interrupt immediately regardless of this
            value.

            Words like "okay", "yeah", "right" will never interrupt.

            When set to 0, `voiceSeconds` is used in addition to the transcriptions to determine the customer
            has started speaking.

            Defaults to 0.

            @default 0
        voice_seconds: This is the seconds customer has to speak before the assistant stops talking. This uses the VAD
            (Voice Activity Detection) spike to determine if the customer has started speaking.

            Considerations:
            - A lower value might be more responsive but could potentially pick up non-speech sounds.
            - A higher value reduces false positives but might slightly delay the detection of speech onset.

            This is only used if `numWords` is set to 0.

            Defaults to 0.2

            @default 0.2
        backoff_seconds: This is the seconds to wait before the assistant will start talking again after being interrupted.

            Defaults to 1.

            @default 1
        acknowledgement_phrases: These are the phrases that will never interrupt the assistant, even if numWords threshold is met.
            These are typically acknowledgement or backchanneling phrases.
        interruption_phrases: These are the phrases that will always interrupt the assistant immediately, regardless of numWords.
            These are typically phrases indicating disagreement or desire to stop.
    """

    _schema: ClassVar[str] = "StopSpeakingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("numWords", "num_words"),
        ("voiceSeconds", "voice_seconds"),
        ("backoffSeconds", "backoff_seconds"),
        ("acknowledgementPhrases", "acknowledgement_phrases"),
        ("interruptionPhrases", "interruption_phrases"),
    )

    num_words: float | Unset = UNSET
    voice_seconds: float | Unset = UNSET
    backoff_seconds: float | Unset = UNSET
    acknowledgement_phrases: list[str] | Unset = UNSET
    interruption_phrases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
