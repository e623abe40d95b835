# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["SpkiPemPublicKeyConfig"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SpkiPemPublicKeyConfig(Model):
    """SpkiPemPublicKeyConfig

    Attributes:
        format_: The format of the public key.
        pem: The PEM-encoded public key.
        name: Optional name of the key for identification purposes.
    """

    _schema: ClassVar[str] = "SpkiPemPublicKeyConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format_"),
        ("pem", "pem"),
        ("name", "name"),
    )

    format_: Literal["spki-pem"]
    pem: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SpkiPemPublicKeyConfig(data: dict[str, Any], strict: bool) -> SpkiPemPublicKeyConfig | dict[str, Any]:
    """SpkiPemPublicKeyConfig from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "format" in data:
        v = data["format"]
        p0 = v if type(v) is str and v == "spki-pem" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "pem" in data:
        v = data["pem"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str and len(v) <= 100 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SpkiPemPublicKeyConfig:
            return SpkiPemPublicKeyConfig(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SpkiPemPublicKeyConfig(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SpkiPemPublicKeyConfig}
            return obj
    return {"format": p0, "pem": p1, "name": p2}


_KNOWN_SpkiPemPublicKeyConfig = frozenset(("format", "pem", "name"))


def _to_dict_SpkiPemPublicKeyConfig(self: SpkiPemPublicKeyConfig) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.format_
    if v is not UNSET:
        out["format"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pem
    if v is not UNSET:
        out["pem"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SpkiPemPublicKeyConfig._fast_load = _load_SpkiPemPublicKeyConfig
setattr(SpkiPemPublicKeyConfig, "to_dict", _to_dict_SpkiPemPublicKeyConfig)  # noqa: B010 - replaces Model.to_dict
