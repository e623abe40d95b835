from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_consent_plan_stay_on_line import RecordingConsentPlanStayOnLine
    from ..models.recording_consent_plan_verbal import RecordingConsentPlanVerbal
    from ..models.security_filter_plan import SecurityFilterPlan
    from ..models.unknown_variants import UnknownRecordingConsentPlan


__all__ = ["CompliancePlan"]


@_attrs_define(repr=False)
class CompliancePlan(Model):
    """CompliancePlan

    Attributes:
        hipaa_enabled: When this is enabled, logs, recordings, and transcriptions will be stored in HIPAA-compliant
            storage. Defaults to false. Only HIPAA-compliant providers will be available for LLM, Voice, and
            Transcriber respectively. This setting is only honored if the organization is on an Enterprise
            subscription or has purchased the HIPAA add-on.
        pci_enabled: When this is enabled, the user will be restricted to use PCI-compliant providers, and no logs or
            transcripts are stored.
            At the end of the call, you will receive an end-of-call-report message to store on your server.
            Defaults to false.
        security_filter_plan:
        recording_consent_plan:
    """

    _schema: ClassVar[str] = "CompliancePlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hipaaEnabled", "hipaa_enabled"),
        ("pciEnabled", "pci_enabled"),
        ("securityFilterPlan", "security_filter_plan"),
        ("recordingConsentPlan", "recording_consent_plan"),
    )

    hipaa_enabled: bool | Unset = UNSET
    pci_enabled: bool | Unset = UNSET
    security_filter_plan: SecurityFilterPlan | Unset = UNSET
    recording_consent_plan: (
        RecordingConsentPlanStayOnLine | RecordingConsentPlanVerbal | UnknownRecordingConsentPlan | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
