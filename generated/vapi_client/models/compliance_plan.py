# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_consent_plan_stay_on_line import RecordingConsentPlanStayOnLine
    from ..models.recording_consent_plan_verbal import RecordingConsentPlanVerbal
    from ..models.security_filter_plan import SecurityFilterPlan
    from ..models.unknown_variants import UnknownRecordingConsentPlan


__all__ = ["CompliancePlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        security_filter_plan: This is the security filter plan for the assistant. It allows filtering of transcripts for security
            threats before sending to LLM.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_RecordingConsentPlan = _h.alternatives("RecordingConsentPlan")


def _load_CompliancePlan(data: dict[str, Any], strict: bool) -> CompliancePlan | dict[str, Any]:
    """CompliancePlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "hipaaEnabled" in data:
        v = data["hipaaEnabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "pciEnabled" in data:
        v = data["pciEnabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if "securityFilterPlan" in data:
        v = data["securityFilterPlan"]
        p2 = _FAST["SecurityFilterPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("SecurityFilterPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "recordingConsentPlan" in data:
        v = data["recordingConsentPlan"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_RecordingConsentPlan[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative2[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative2[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CompliancePlan:
            return CompliancePlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CompliancePlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CompliancePlan}
            return obj
    return {"hipaaEnabled": p0, "pciEnabled": p1, "securityFilterPlan": p2, "recordingConsentPlan": p3}


_KNOWN_CompliancePlan = frozenset(("hipaaEnabled", "pciEnabled", "securityFilterPlan", "recordingConsentPlan"))


def _to_dict_CompliancePlan(self: CompliancePlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.hipaa_enabled
    if v is not UNSET:
        out["hipaaEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pci_enabled
    if v is not UNSET:
        out["pciEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.security_filter_plan
    if v is not UNSET:
        out["securityFilterPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.recording_consent_plan
    if v is not UNSET:
        out["recordingConsentPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CompliancePlan._fast_load = _load_CompliancePlan
setattr(CompliancePlan, "to_dict", _to_dict_CompliancePlan)  # noqa: B010 - replaces Model.to_dict
