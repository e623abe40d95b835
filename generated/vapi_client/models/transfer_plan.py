from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_engineering_plan_all import ContextEngineeringPlanAll
    from ..models.context_engineering_plan_last_n_messages import ContextEngineeringPlanLastNMessages
    from ..models.context_engineering_plan_none import ContextEngineeringPlanNone
    from ..models.custom_message import CustomMessage
    from ..models.summary_plan import SummaryPlan
    from ..models.transfer_artifact_mode import TransferArtifactMode
    from ..models.transfer_fallback_plan import TransferFallbackPlan
    from ..models.transfer_plan_sip_verb import TransferPlanSipVerb
    from ..models.unknown_variants import UnknownMessage, UnknownTransferPlanContextEngineeringPlan


__all__ = ["TransferPlan"]


@_attrs_define(repr=False)
class TransferPlan(Model):
    """TransferPlan

    Attributes:
        mode:
        message: This is the message the assistant will deliver to the destination party before connecting the
            customer.

            Usage:
            - Used only when `mode` is `blind-transfer-add-summary-to-sip-header`, `warm-transfer-say-message`,
            `warm-transfer-wait-for-operator-to-speak-first-and-then-say-message`, or `warm-transfer-
            experimental`.
        timeout: This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-
            message/summary

            @default 60
        sip_verb:
        dial_timeout: This sets the timeout for the dial operation in seconds. This is the duration the call will ring
            before timing out.

            Only applicable when `sipVerb='dial'`. Not applicable for SIP REFER or BYE.

            @default 60
        hold_audio_url: This is the URL to an audio file played while the customer is on hold during transfer.

            Usage:
            - Used only when `mode` is `warm-transfer-experimental`.
            - Used when transferring calls to play hold audio for the customer.
            - Must be a publicly accessible URL to an audio file.
            - Supported formats: MP3 and WAV.
            - If not provided, the default hold audio will be used.
        transfer_complete_audio_url: This is the URL to an audio file played after the warm transfer message or summary is delivered to
            the destination party.
            It can be used to play a custom sound like 'beep' to notify that the transfer is complete.

            Usage:
            - Used only when `mode` is `warm-transfer-experimental`.
            - Used when transferring calls to play hold audio for the destination party.
            - Must be a publicly accessible URL to an audio file.
            - Supported formats: MP3 and WAV.
        context_engineering_plan:
        twiml: This is the TwiML instructions to execute on the destination call leg before connecting the
            customer.

            Usage:
            - Used only when `mode` is `warm-transfer-twiml`.
            - Supports only `Play`, `Say`, `Gather`, `Hangup` and `Pause` verbs.
            - Maximum length is 4096 characters.

            Example:
            ```
            <Say voice="alice" language="en-US">Hello, transferring a customer to you.</Say>
            <Pause length="2"/>
            <Say>They called about billing questions.</Say>
            ```
        summary_plan:
        sip_headers_in_refer_to_enabled: This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params.

            @default false
        fallback_plan:
    """

    _schema: ClassVar[str] = "TransferPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("message", "message"),
        ("timeout", "timeout"),
        ("sipVerb", "sip_verb"),
        ("dialTimeout", "dial_timeout"),
        ("holdAudioUrl", "hold_audio_url"),
        ("transferCompleteAudioUrl", "transfer_complete_audio_url"),
        ("contextEngineeringPlan", "context_engineering_plan"),
        ("twiml", "twiml"),
        ("summaryPlan", "summary_plan"),
        ("sipHeadersInReferToEnabled", "sip_headers_in_refer_to_enabled"),
        ("fallbackPlan", "fallback_plan"),
    )

    mode: TransferArtifactMode
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    timeout: float | Unset = UNSET
    sip_verb: TransferPlanSipVerb | Unset = UNSET
    dial_timeout: float | Unset = UNSET
    hold_audio_url: str | Unset = UNSET
    transfer_complete_audio_url: str | Unset = UNSET
    context_engineering_plan: (
        ContextEngineeringPlanLastNMessages
        | ContextEngineeringPlanNone
        | ContextEngineeringPlanAll
        | UnknownTransferPlanContextEngineeringPlan
        | Unset
    ) = UNSET
    twiml: str | Unset = UNSET
    summary_plan: SummaryPlan | Unset = UNSET
    sip_headers_in_refer_to_enabled: bool | Unset = UNSET
    fallback_plan: TransferFallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
