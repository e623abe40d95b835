# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_hook_action import ToolCallHookAction
    from ..models.unknown_variants import UnknownSessionCreatedHookDo


__all__ = ["SessionCreatedHook"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SessionCreatedHook(Model):
    """SessionCreatedHook

    Attributes:
        on: This is the event that triggers this hook
        do: This is the set of actions to perform when the hook triggers.
        name: Optional name for this hook instance.
            If no name is provided, the hook will be auto generated as UUID.

            @default UUID
    """

    _schema: ClassVar[str] = "SessionCreatedHook"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
        ("name", "name"),
    )

    on: Literal["session.created"]
    do: list[ToolCallHookAction | UnknownSessionCreatedHookDo]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_SessionCreatedHookDo = _h.alternatives("SessionCreatedHookDo")
_SessionCreatedHook_items_8 = _h.Items(("union", "SessionCreatedHookDo"))


def _load_SessionCreatedHook(data: dict[str, Any], strict: bool) -> SessionCreatedHook | dict[str, Any]:
    """SessionCreatedHook from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "on" in data:
        v = data["on"]
        p0 = v if type(v) is str and v == "session.created" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "do" in data:
        v = data["do"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_SessionCreatedHookDo[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_SessionCreatedHook_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str and len(v) <= 1000 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SessionCreatedHook:
            return SessionCreatedHook(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SessionCreatedHook(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SessionCreatedHook}
            return obj
    return {"on": p0, "do": p1, "name": p2}


_KNOWN_SessionCreatedHook = frozenset(("on", "do", "name"))


def _to_dict_SessionCreatedHook(self: SessionCreatedHook) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.on
    if v is not UNSET:
        out["on"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.do
    if v is not UNSET:
        out["do"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SessionCreatedHook._fast_load = _load_SessionCreatedHook
setattr(SessionCreatedHook, "to_dict", _to_dict_SessionCreatedHook)  # noqa: B010 - replaces Model.to_dict
