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

__all__ = ["UpdateCallDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class UpdateCallDTO(Model):
    """UpdateCallDTO

    Attributes:
        name: This is the name of the call. This is just for your own reference.
    """

    _schema: ClassVar[str] = "UpdateCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("name", "name"),)

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_UpdateCallDTO(data: dict[str, Any], strict: bool) -> UpdateCallDTO | dict[str, Any]:
    """UpdateCallDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str and len(v) <= 40 else _S
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_UpdateCallDTO:
            return UpdateCallDTO(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = UpdateCallDTO(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_UpdateCallDTO}
            return obj
    return {"name": p0}


_KNOWN_UpdateCallDTO = frozenset(("name",))


def _to_dict_UpdateCallDTO(self: UpdateCallDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


UpdateCallDTO._fast_load = _load_UpdateCallDTO
setattr(UpdateCallDTO, "to_dict", _to_dict_UpdateCallDTO)  # noqa: B010 - replaces Model.to_dict
