# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

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
    from ..models.security_filter_plan_mode import SecurityFilterPlanMode, _SecurityFilterPlanModeValues


__all__ = ["SecurityFilterPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SecurityFilterPlan(Model):
    """SecurityFilterPlan

    Attributes:
        enabled: Whether the security filter is enabled.
            @default false
        filters: Array of security filter types to apply.
            If array is not empty, only those security filters are run.
        mode: Mode of operation when a security threat is detected.
            - 'sanitize': Remove or replace the threatening content
            - 'reject': Replace the entire transcript with replacement text
            - 'replace': Replace threatening patterns with replacement text
            @default 'sanitize'
        replacement_text: Text to use when replacing filtered content.
            @default '[FILTERED]'
    """

    _schema: ClassVar[str] = "SecurityFilterPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("filters", "filters"),
        ("mode", "mode"),
        ("replacementText", "replacement_text"),
    )

    enabled: bool | Unset = UNSET
    filters: list[dict[str, Any]] | Unset = UNSET
    mode: SecurityFilterPlanMode | _SecurityFilterPlanModeValues | Unset = UNSET
    replacement_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SecurityFilterPlan(data: dict[str, Any], strict: bool) -> SecurityFilterPlan | dict[str, Any]:
    """SecurityFilterPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "filters" in data:
        v = data["filters"]
        p1 = v[:] if type(v) is list and all(type(e) is dict for e in v) else _S
        if p1 is _S:
            slow = True
    if "mode" in data:
        v = data["mode"]
        p2 = _MEMBERS["SecurityFilterPlanMode"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and not strict:
            p2 = _h.open_member("SecurityFilterPlanMode", v)
        if p2 is _S:
            slow = True
    if "replacementText" in data:
        v = data["replacementText"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SecurityFilterPlan:
            return SecurityFilterPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SecurityFilterPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SecurityFilterPlan}
            return obj
    return {"enabled": p0, "filters": p1, "mode": p2, "replacementText": p3}


_KNOWN_SecurityFilterPlan = frozenset(("enabled", "filters", "mode", "replacementText"))


def _to_dict_SecurityFilterPlan(self: SecurityFilterPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.filters
    if v is not UNSET:
        out["filters"] = _h.fresh(v)
    v = self.mode
    if v is not UNSET:
        out["mode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.replacement_text
    if v is not UNSET:
        out["replacementText"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SecurityFilterPlan._fast_load = _load_SecurityFilterPlan
setattr(SecurityFilterPlan, "to_dict", _to_dict_SecurityFilterPlan)  # noqa: B010 - replaces Model.to_dict
