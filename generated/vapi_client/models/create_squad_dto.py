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
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.squad_member_dto import SquadMemberDTO


__all__ = ["CreateSquadDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateSquadDTO(Model):
    """CreateSquadDTO

    Attributes:
        members: This is the list of assistants that make up the squad.

            The call will start with the first assistant in the list.
        name: This is the name of the squad.
        members_overrides: This can be used to override all the assistants' settings and provide values for their template
            variables.

            Both `membersOverrides` and `members[n].assistantOverrides` can be used together. First,
            `members[n].assistantOverrides` is applied. Then, `membersOverrides` is applied as a global
            override.
    """

    _schema: ClassVar[str] = "CreateSquadDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("members", "members"),
        ("name", "name"),
        ("membersOverrides", "members_overrides"),
    )

    members: list[SquadMemberDTO]
    name: str | Unset = UNSET
    members_overrides: AssistantOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CreateSquadDTO_items_6 = _h.Items(("model", "SquadMemberDTO"))


def _load_CreateSquadDTO(data: dict[str, Any], strict: bool) -> CreateSquadDTO | dict[str, Any]:
    """CreateSquadDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "members" in data:
        v = data["members"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["SquadMemberDTO"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("SquadMemberDTO", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_CreateSquadDTO_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "membersOverrides" in data:
        v = data["membersOverrides"]
        p2 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("AssistantOverrides", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateSquadDTO:
            return CreateSquadDTO(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateSquadDTO(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateSquadDTO}
            return obj
    return {"members": p0, "name": p1, "membersOverrides": p2}


_KNOWN_CreateSquadDTO = frozenset(("members", "name", "membersOverrides"))


def _to_dict_CreateSquadDTO(self: CreateSquadDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.members
    if v is not UNSET:
        out["members"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.members_overrides
    if v is not UNSET:
        out["membersOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateSquadDTO._fast_load = _load_CreateSquadDTO
setattr(CreateSquadDTO, "to_dict", _to_dict_CreateSquadDTO)  # noqa: B010 - replaces Model.to_dict
