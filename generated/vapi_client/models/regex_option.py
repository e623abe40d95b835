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
    from ..models.regex_option_type import RegexOptionType, _RegexOptionTypeValues


__all__ = ["RegexOption"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class RegexOption(Model):
    """RegexOption

    Attributes:
        type_: This is the type of the regex option. Options are:
            - `ignore-case`: Ignores the case of the text being matched. Add
            - `whole-word`: Matches whole words only.
            - `multi-line`: Matches across multiple lines.
        enabled: This is whether to enable the option.

            @default false
    """

    _schema: ClassVar[str] = "RegexOption"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("enabled", "enabled"),
    )

    type_: RegexOptionType | _RegexOptionTypeValues
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_RegexOption(data: dict[str, Any], strict: bool) -> RegexOption | dict[str, Any]:
    """RegexOption from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = _MEMBERS["RegexOptionType"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("RegexOptionType", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "enabled" in data:
        v = data["enabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_RegexOption:
            return RegexOption(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = RegexOption(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_RegexOption}
            return obj
    return {"type": p0, "enabled": p1}


_KNOWN_RegexOption = frozenset(("type", "enabled"))


def _to_dict_RegexOption(self: RegexOption) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


RegexOption._fast_load = _load_RegexOption
setattr(RegexOption, "to_dict", _to_dict_RegexOption)  # noqa: B010 - replaces Model.to_dict
