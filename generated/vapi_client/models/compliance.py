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
    from ..models.recording_consent import RecordingConsent


__all__ = ["Compliance"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Compliance(Model):
    """Compliance

    Attributes:
        recording_consent: This is the recording consent of the call. Configure in
            `assistant.compliancePlan.recordingConsentPlan`.
    """

    _schema: ClassVar[str] = "Compliance"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("recordingConsent", "recording_consent"),)

    recording_consent: RecordingConsent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Compliance(data: dict[str, Any], strict: bool) -> Compliance | dict[str, Any]:
    """Compliance from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "recordingConsent" in data:
        v = data["recordingConsent"]
        p0 = _FAST["RecordingConsent"](v, strict) if type(v) is dict else _S
        if type(p0) is dict:  # loaded in part: the generic loader finishes it
            p0 = _R("RecordingConsent", p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Compliance:
            return Compliance(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Compliance(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Compliance}
            return obj
    return {"recordingConsent": p0}


_KNOWN_Compliance = frozenset(("recordingConsent",))


def _to_dict_Compliance(self: Compliance) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.recording_consent
    if v is not UNSET:
        out["recordingConsent"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Compliance._fast_load = _load_Compliance
setattr(Compliance, "to_dict", _to_dict_Compliance)  # noqa: B010 - replaces Model.to_dict
