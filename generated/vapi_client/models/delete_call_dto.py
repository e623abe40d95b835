from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["DeleteCallDTO"]


@_attrs_define(repr=False)
class DeleteCallDTO(Model):
    """DeleteCallDTO

    Attributes:
        ids: These are the Call IDs to be bulk deleted.
            If provided, the call ID if any in the request query will be ignored
            When requesting a bulk delete, updates when a call is deleted will be sent as a webhook to the
            server URL configured in the Org settings.
            It may take up to a few hours to complete the bulk delete, and will be asynchronous.
    """

    _schema: ClassVar[str] = "DeleteCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("ids", "ids"),)

    ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
