# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["DeleteCallDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_DeleteCallDTO(data: dict[str, Any], strict: bool) -> DeleteCallDTO | dict[str, Any]:
    """DeleteCallDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "ids" in data:
        v = data["ids"]
        p0 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_DeleteCallDTO:
            return DeleteCallDTO(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = DeleteCallDTO(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_DeleteCallDTO}
            return obj
    return {"ids": p0}


_KNOWN_DeleteCallDTO = frozenset(("ids",))


def _to_dict_DeleteCallDTO(self: DeleteCallDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.ids
    if v is not UNSET:
        out["ids"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


DeleteCallDTO._fast_load = _load_DeleteCallDTO
setattr(DeleteCallDTO, "to_dict", _to_dict_DeleteCallDTO)  # noqa: B010 - replaces Model.to_dict
