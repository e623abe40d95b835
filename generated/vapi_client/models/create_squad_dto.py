from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.squad_member_dto import SquadMemberDTO


__all__ = ["CreateSquadDTO"]


@_attrs_define(repr=False)
class CreateSquadDTO(Model):
    """CreateSquadDTO

    Attributes:
        members: This is the list of assistants that make up the squad.

            The call will start with the first assistant in the list.
        name: This is the name of the squad.
        members_overrides:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
