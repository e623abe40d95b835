# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["HandoffDestinationDynamic"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class HandoffDestinationDynamic(Model):
    """HandoffDestinationDynamic

    Attributes:
        type_:
        server: This is where Vapi will send the handoff-destination-request webhook in a dynamic handoff.

            The order of precedence is:

            1. tool.server.url
            2. assistant.server.url
            3. phoneNumber.server.url
            4. org.server.url
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "HandoffDestinationDynamic"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("server", "server"),
        ("description", "description"),
    )

    type_: Literal["dynamic"]
    server: Server | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_HandoffDestinationDynamic(data: dict[str, Any], strict: bool) -> HandoffDestinationDynamic | dict[str, Any]:
    """HandoffDestinationDynamic from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "dynamic" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "server" in data:
        v = data["server"]
        p1 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("Server", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_HandoffDestinationDynamic:
            return HandoffDestinationDynamic(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = HandoffDestinationDynamic(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_HandoffDestinationDynamic}
            return obj
    return {"type": p0, "server": p1, "description": p2}


_KNOWN_HandoffDestinationDynamic = frozenset(("type", "server", "description"))


def _to_dict_HandoffDestinationDynamic(self: HandoffDestinationDynamic) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


HandoffDestinationDynamic._fast_load = _load_HandoffDestinationDynamic
setattr(HandoffDestinationDynamic, "to_dict", _to_dict_HandoffDestinationDynamic)  # noqa: B010 - replaces Model.to_dict
