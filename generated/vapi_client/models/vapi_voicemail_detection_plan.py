from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_voicemail_detection_plan_type import GoogleVoicemailDetectionPlanType
    from ..models.voicemail_detection_backoff_plan import VoicemailDetectionBackoffPlan


__all__ = ["VapiVoicemailDetectionPlan"]


@_attrs_define(repr=False)
class VapiVoicemailDetectionPlan(Model):
    """VapiVoicemailDetectionPlan

    Attributes:
        provider: This is the provider to use for voicemail detection.
        beep_max_await_seconds: This is the maximum duration from the start of the call that we will wait for a voicemail beep,
            before speaking our message

            - If we detect a voicemail beep before this, we will speak the message at that point.

            - Setting too low a value means that the bot will start speaking its voicemail message too early. If
            it does so before the actual beep, it will get cut off. You should definitely tune this to your use
            case.

            @default 30
            @min 0
            @max 60
        backoff_plan:
        type_:
    """

    _schema: ClassVar[str] = "VapiVoicemailDetectionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("beepMaxAwaitSeconds", "beep_max_await_seconds"),
        ("backoffPlan", "backoff_plan"),
        ("type", "type_"),
    )

    provider: Literal["vapi"]
    beep_max_await_seconds: float | Unset = UNSET
    backoff_plan: VoicemailDetectionBackoffPlan | Unset = UNSET
    type_: GoogleVoicemailDetectionPlanType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
