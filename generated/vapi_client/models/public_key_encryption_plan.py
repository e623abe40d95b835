# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.spki_pem_public_key_config import SpkiPemPublicKeyConfig
    from ..models.unknown_variants import UnknownPublicKey


__all__ = ["PublicKeyEncryptionPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PublicKeyEncryptionPlan(Model):
    """PublicKeyEncryptionPlan

    Attributes:
        type_: The type of encryption plan.
        algorithm: The encryption algorithm to use.
        public_key: The public key configuration.
    """

    _schema: ClassVar[str] = "PublicKeyEncryptionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("algorithm", "algorithm"),
        ("publicKey", "public_key"),
    )

    type_: Literal["public-key"]
    algorithm: Literal["RSA-OAEP-256"]
    public_key: SpkiPemPublicKeyConfig | UnknownPublicKey
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PublicKey = _h.alternatives("PublicKey")


def _load_PublicKeyEncryptionPlan(data: dict[str, Any], strict: bool) -> PublicKeyEncryptionPlan | dict[str, Any]:
    """PublicKeyEncryptionPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "public-key" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "algorithm" in data:
        v = data["algorithm"]
        p1 = v if type(v) is str and v == "RSA-OAEP-256" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "publicKey" in data:
        v = data["publicKey"]
        tag1 = v.get("format") if type(v) is dict else None
        alternative2 = _alternatives_PublicKey[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_PublicKeyEncryptionPlan:
            return PublicKeyEncryptionPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = PublicKeyEncryptionPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_PublicKeyEncryptionPlan}
            return obj
    return {"type": p0, "algorithm": p1, "publicKey": p2}


_KNOWN_PublicKeyEncryptionPlan = frozenset(("type", "algorithm", "publicKey"))


def _to_dict_PublicKeyEncryptionPlan(self: PublicKeyEncryptionPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.algorithm
    if v is not UNSET:
        out["algorithm"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.public_key
    if v is not UNSET:
        out["publicKey"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


PublicKeyEncryptionPlan._fast_load = _load_PublicKeyEncryptionPlan
setattr(PublicKeyEncryptionPlan, "to_dict", _to_dict_PublicKeyEncryptionPlan)  # noqa: B010 - replaces Model.to_dict
