# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["AssistantActivation"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AssistantActivation(Model):
    """AssistantActivation

    Attributes:
        assistant_name: This is the name of the assistant that was active during the call.
        assistant_version: This is the version label (e.g. `v3`) of the assistant active when
            the activation row was recorded. `null` for inline assistants,
            orgs not on assistant versioning, and parent assistants that have
            not yet been published under it.
        assistant_id: This is the ID of the assistant that was active during the call.
    """

    _schema: ClassVar[str] = "AssistantActivation"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantName", "assistant_name"),
        ("assistantVersion", "assistant_version"),
        ("assistantId", "assistant_id"),
    )

    assistant_name: str
    assistant_version: str | None | Unset = UNSET
    assistant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AssistantActivation(data: dict[str, Any], strict: bool) -> AssistantActivation | dict[str, Any]:
    """AssistantActivation from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "assistantName" in data:
        v = data["assistantName"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p1 = None
        else:
            p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssistantActivation:
            return AssistantActivation(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssistantActivation(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AssistantActivation}
            return obj
    return {"assistantName": p0, "assistantVersion": p1, "assistantId": p2}


_KNOWN_AssistantActivation = frozenset(("assistantName", "assistantVersion", "assistantId"))


def _to_dict_AssistantActivation(self: AssistantActivation) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.assistant_name
    if v is not UNSET:
        out["assistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssistantActivation._fast_load = _load_AssistantActivation
setattr(AssistantActivation, "to_dict", _to_dict_AssistantActivation)  # noqa: B010 - replaces Model.to_dict
