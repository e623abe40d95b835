from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_voice import AzureVoice
    from ..models.cartesia_voice import CartesiaVoice
    from ..models.custom_voice import CustomVoice
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.hume_voice import HumeVoice
    from ..models.inworld_voice import InworldVoice
    from ..models.lmnt_voice import LMNTVoice
    from ..models.microsoft_voice import MicrosoftVoice
    from ..models.minimax_voice import MinimaxVoice
    from ..models.neuphonic_voice import NeuphonicVoice
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.recording_consent_plan_stay_on_line_first_message_mode import (
        RecordingConsentPlanStayOnLineFirstMessageMode,
    )
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.sesame_voice import SesameVoice
    from ..models.smallest_ai_voice import SmallestAIVoice
    from ..models.tavus_voice import TavusVoice
    from ..models.unknown_variants import UnknownVoice
    from ..models.vapi_voice import VapiVoice
    from ..models.well_said_voice import WellSaidVoice
    from ..models.xai_voice import XaiVoice


__all__ = ["RecordingConsentPlanVerbal"]


@_attrs_define(repr=False)
class RecordingConsentPlanVerbal(Model):
    """RecordingConsentPlanVerbal

    Attributes:
        message: This is the message asking for consent to record the call.
            If the type is `stay-on-line`, the message should ask the user to hang up if they do not consent.
            If the type is `verbal`, the message should ask the user to verbally consent or decline.
        type_: This is the type of recording consent plan. This type assumes consent is granted if the user
            verbally consents or declines.
        voice:
        first_message_mode:
        decline_tool: Any JSON object: free-form data the API stores and returns as given.
        decline_tool_id: ID of existing tool to execute if user verbally declines recording consent
    """

    _schema: ClassVar[str] = "RecordingConsentPlanVerbal"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("type", "type_"),
        ("voice", "voice"),
        ("firstMessageMode", "first_message_mode"),
        ("declineTool", "decline_tool"),
        ("declineToolId", "decline_tool_id"),
    )

    message: str
    type_: Literal["verbal"]
    voice: (
        AzureVoice
        | CartesiaVoice
        | CustomVoice
        | DeepgramVoice
        | ElevenLabsVoice
        | HumeVoice
        | LMNTVoice
        | NeuphonicVoice
        | OpenAIVoice
        | PlayHTVoice
        | WellSaidVoice
        | RimeAIVoice
        | SmallestAIVoice
        | TavusVoice
        | VapiVoice
        | SesameVoice
        | InworldVoice
        | MinimaxVoice
        | XaiVoice
        | MicrosoftVoice
        | UnknownVoice
        | Unset
    ) = UNSET
    first_message_mode: RecordingConsentPlanStayOnLineFirstMessageMode | Unset = UNSET
    decline_tool: dict[str, Any] | Unset = UNSET
    decline_tool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
