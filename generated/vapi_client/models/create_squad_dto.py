from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.squad_member_dto import SquadMemberDTO


__all__ = ["CreateSquadDTO"]


@_attrs_define(repr=False)
class CreateSquadDTO(Model):
    """A group of assistants that can hand a call over to one another.

    Attributes:
        members: Assistants in the squad; the first member starts the call.
    """

    _schema: ClassVar[str] = "CreateSquadDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("members", "members"),)

    members: list[SquadMemberDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
