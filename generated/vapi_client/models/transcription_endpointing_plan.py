from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TranscriptionEndpointingPlan"]


@_attrs_define(repr=False)
class TranscriptionEndpointingPlan(Model):
    """TranscriptionEndpointingPlan

    Attributes:
        on_punctuation_seconds: The minimum number of seconds to wait after transcription ending with punctuation before sending a
            request to the model. Defaults to 0.1.

            This setting exists because the transcriber punctuates the transcription when it's more confident
            that customer has completed a thought.

            @default 0.1
        on_no_punctuation_seconds: The minimum number of seconds to wait after transcription ending without punctuation before sending
            a request to the model. Defaults to 1.5.

            This setting exists to catch the cases where the transcriber was not confident enough to punctuate
            the transcription, but the customer is done and has been silent for a long time.

            @default 1.5
        on_number_seconds: The minimum number of seconds to wait after transcription ending with a number before sending a
            request to the model. Defaults to 0.4.

            This setting exists because the transcriber will sometimes punctuate the transcription ending with a
            number, even though the customer hasn't uttered the full number. This happens commonly for long
            numbers when the customer reads the number in chunks.

            @default 0.5
    """

    _schema: ClassVar[str] = "TranscriptionEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("onPunctuationSeconds", "on_punctuation_seconds"),
        ("onNoPunctuationSeconds", "on_no_punctuation_seconds"),
        ("onNumberSeconds", "on_number_seconds"),
    )

    on_punctuation_seconds: float | Unset = UNSET
    on_no_punctuation_seconds: float | Unset = UNSET
    on_number_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
