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
    from ..models.message_target_role import MessageTargetRole, _MessageTargetRoleValues


__all__ = ["MessageTarget"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MessageTarget(Model):
    """MessageTarget

    Attributes:
        role: This is the role of the message to target.

            If not specified, will find the position in the message history ignoring role (effectively `any`).
        position: This is the position of the message to target.
            - Negative numbers: Count from end (-1 = most recent, -2 = second most recent)
            - 0: First/oldest message in history
            - Positive numbers: Specific position (0-indexed from start)

            @default -1 (most recent message)
    """

    _schema: ClassVar[str] = "MessageTarget"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("position", "position"),
    )

    role: MessageTargetRole | _MessageTargetRoleValues | Unset = UNSET
    position: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MessageTarget(data: dict[str, Any], strict: bool) -> MessageTarget | dict[str, Any]:
    """MessageTarget from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = _MEMBERS["MessageTargetRole"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("MessageTargetRole", v)
        if p0 is _S:
            slow = True
    if "position" in data:
        v = data["position"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_MessageTarget:
            return MessageTarget(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MessageTarget(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MessageTarget}
            return obj
    return {"role": p0, "position": p1}


_KNOWN_MessageTarget = frozenset(("role", "position"))


def _to_dict_MessageTarget(self: MessageTarget) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.position
    if v is not UNSET:
        out["position"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MessageTarget._fast_load = _load_MessageTarget
setattr(MessageTarget, "to_dict", _to_dict_MessageTarget)  # noqa: B010 - replaces Model.to_dict
