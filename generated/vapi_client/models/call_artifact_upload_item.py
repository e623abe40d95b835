from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.call_artifact_upload_item_type import CallArtifactUploadItemType


__all__ = ["CallArtifactUploadItem"]


@_attrs_define(repr=False)
class CallArtifactUploadItem(Model):
    """CallArtifactUploadItem

    Attributes:
        type_:
        success: Whether this artifact was stored successfully in your own configured storage.
    """

    _schema: ClassVar[str] = "CallArtifactUploadItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("success", "success"),
    )

    type_: CallArtifactUploadItemType
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
