from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["HandoffDestinationDynamic"]


@_attrs_define(repr=False)
class HandoffDestinationDynamic(Model):
    """HandoffDestinationDynamic

    Attributes:
        type_:
        server:
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "HandoffDestinationDynamic"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("server", "server"),
        ("description", "description"),
    )

    type_: Literal["dynamic"]
    server: Server | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
