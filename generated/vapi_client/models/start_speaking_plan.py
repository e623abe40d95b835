from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_custom_endpointing_rule import AssistantCustomEndpointingRule
    from ..models.both_custom_endpointing_rule import BothCustomEndpointingRule
    from ..models.custom_endpointing_model_smart_endpointing_plan import CustomEndpointingModelSmartEndpointingPlan
    from ..models.customer_custom_endpointing_rule import CustomerCustomEndpointingRule
    from ..models.livekit_smart_endpointing_plan import LivekitSmartEndpointingPlan
    from ..models.transcription_endpointing_plan import TranscriptionEndpointingPlan
    from ..models.unknown_variants import UnknownCustomEndpointingRule
    from ..models.vapi_smart_endpointing_plan import VapiSmartEndpointingPlan


__all__ = ["StartSpeakingPlan"]


@_attrs_define(repr=False)
class StartSpeakingPlan(Model):
    """StartSpeakingPlan

    Attributes:
        wait_seconds: This is how long assistant waits before speaking. Defaults to 0.4.

            This is the minimum it will wait but if there is latency is the pipeline, this minimum will be
            exceeded. This is intended as a stopgap in case the pipeline is moving too fast.

            Example:
            - If model generates tokens and voice generates bytes within 100ms, the pipeline still waits 300ms
            before outputting speech.

            Usage:
            - If the customer is taking long pauses, set this to a higher value.
            - If the assistant is accidentally jumping in too much, set this to a higher value.

            @default 0.4
        smart_endpointing_enabled:
        smart_endpointing_plan: This is the plan for smart endpointing. Pick between Vapi smart endpointing, LiveKit, or custom
            endpointing model (or nothing). We strongly recommend using livekit endpointing when working in
            English. LiveKit endpointing is not supported in other languages, yet.

            If this is set, it will override and take precedence over `transcriptionEndpointingPlan`.
            This plan will still be overridden by any matching `customEndpointingRules`.

            If this is not set, the system will automatically use the transcriber's built-in endpointing
            capabilities if available.
        custom_endpointing_rules: These are the custom endpointing rules to set an endpointing timeout based on a regex on the
            customer's speech or the assistant's last message.

            Usage:
            - If you have yes/no questions like "are you interested in a loan?", you can set a shorter timeout.
            - If you have questions where the customer may pause to look up information like "what's my account
            number?", you can set a longer timeout.
            - If you want to wait longer while customer is enumerating a list of numbers, you can set a longer
            timeout.

            These rules have the highest precedence and will override both `smartEndpointingPlan` and
            `transcriptionEndpointingPlan` when a rule is matched.

            The rules are evaluated in order and the first one that matches will be used.

            Order of precedence for endpointing:
            1. customEndpointingRules (if any match)
            2. smartEndpointingPlan (if set)
            3. transcriptionEndpointingPlan

            @default []
        transcription_endpointing_plan:
    """

    _schema: ClassVar[str] = "StartSpeakingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("waitSeconds", "wait_seconds"),
        ("smartEndpointingEnabled", "smart_endpointing_enabled"),
        ("smartEndpointingPlan", "smart_endpointing_plan"),
        ("customEndpointingRules", "custom_endpointing_rules"),
        ("transcriptionEndpointingPlan", "transcription_endpointing_plan"),
    )

    wait_seconds: float | Unset = UNSET
    smart_endpointing_enabled: bool | Literal["livekit"] | Unset = UNSET
    smart_endpointing_plan: (
        VapiSmartEndpointingPlan | LivekitSmartEndpointingPlan | CustomEndpointingModelSmartEndpointingPlan | Unset
    ) = UNSET
    custom_endpointing_rules: (
        list[
            AssistantCustomEndpointingRule
            | CustomerCustomEndpointingRule
            | BothCustomEndpointingRule
            | UnknownCustomEndpointingRule
        ]
        | Unset
    ) = UNSET
    transcription_endpointing_plan: TranscriptionEndpointingPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
