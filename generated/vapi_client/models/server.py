from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["Server"]


@_attrs_define(repr=False)
class Server(Model):
    """A webhook endpoint that receives requests, with an optional verification secret.

    Attributes:
        url: URL the requests are sent to.
        secret: Secret sent in the x-vapi-secret header so your server can verify requests.
    """

    _schema: ClassVar[str] = "Server"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("secret", "secret"),
    )

    url: str
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
