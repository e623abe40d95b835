from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ServerMessageResponseHandoffDestinationRequest"]


@_attrs_define(repr=False)
class ServerMessageResponseHandoffDestinationRequest(Model):
    """ServerMessageResponseHandoffDestinationRequest

    Attributes:
        destination: Any JSON object: free-form data the API stores and returns as given.
        result: This is the local tool result message returned for the handoff tool call.
        error: This is the error message if the handoff should not be made.
    """

    _schema: ClassVar[str] = "ServerMessageResponseHandoffDestinationRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("result", "result"),
        ("error", "error"),
    )

    destination: dict[str, Any]
    result: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
