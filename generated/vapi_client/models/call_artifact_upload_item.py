# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.call_artifact_upload_item_type import CallArtifactUploadItemType, _CallArtifactUploadItemTypeValues


__all__ = ["CallArtifactUploadItem"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CallArtifactUploadItem(Model):
    """CallArtifactUploadItem

    Attributes:
        type_: The artifact this result refers to.
        success: Whether this artifact was stored successfully in your own configured storage.
    """

    _schema: ClassVar[str] = "CallArtifactUploadItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("success", "success"),
    )

    type_: CallArtifactUploadItemType | _CallArtifactUploadItemTypeValues
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CallArtifactUploadItem(data: dict[str, Any], strict: bool) -> CallArtifactUploadItem | dict[str, Any]:
    """CallArtifactUploadItem from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = _MEMBERS["CallArtifactUploadItemType"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("CallArtifactUploadItemType", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "success" in data:
        v = data["success"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallArtifactUploadItem:
            return CallArtifactUploadItem(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallArtifactUploadItem(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallArtifactUploadItem}
            return obj
    return {"type": p0, "success": p1}


_KNOWN_CallArtifactUploadItem = frozenset(("type", "success"))


def _to_dict_CallArtifactUploadItem(self: CallArtifactUploadItem) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.success
    if v is not UNSET:
        out["success"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallArtifactUploadItem._fast_load = _load_CallArtifactUploadItem
setattr(CallArtifactUploadItem, "to_dict", _to_dict_CallArtifactUploadItem)  # noqa: B010 - replaces Model.to_dict
