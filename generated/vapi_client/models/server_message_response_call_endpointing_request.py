from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ServerMessageResponseCallEndpointingRequest"]


@_attrs_define(repr=False)
class ServerMessageResponseCallEndpointingRequest(Model):
    """ServerMessageResponseCallEndpointingRequest

    Attributes:
        timeout_seconds: This is the timeout in seconds to wait before considering the user's speech as finished.
    """

    _schema: ClassVar[str] = "ServerMessageResponseCallEndpointingRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("timeoutSeconds", "timeout_seconds"),)

    timeout_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
