# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_consent_type import RecordingConsentType, _RecordingConsentTypeValues


__all__ = ["RecordingConsent"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class RecordingConsent(Model):
    """RecordingConsent

    Attributes:
        type_: This is the type of recording consent.
        granted_at: This is the date and time the recording consent was granted.
            If not specified, it means the recording consent was not granted.
    """

    _schema: ClassVar[str] = "RecordingConsent"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("grantedAt", "granted_at"),
    )

    type_: RecordingConsentType | _RecordingConsentTypeValues
    granted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_RecordingConsent(data: dict[str, Any], strict: bool) -> RecordingConsent | dict[str, Any]:
    """RecordingConsent from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = _MEMBERS["RecordingConsentType"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("RecordingConsentType", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "grantedAt" in data:
        v = data["grantedAt"]
        p1 = _h.datetime_or_slow(v)
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_RecordingConsent:
            return RecordingConsent(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = RecordingConsent(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_RecordingConsent}
            return obj
    return {"type": p0, "grantedAt": p1}


_KNOWN_RecordingConsent = frozenset(("type", "grantedAt"))


def _to_dict_RecordingConsent(self: RecordingConsent) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.granted_at
    if v is not UNSET:
        out["grantedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


RecordingConsent._fast_load = _load_RecordingConsent
setattr(RecordingConsent, "to_dict", _to_dict_RecordingConsent)  # noqa: B010 - replaces Model.to_dict
