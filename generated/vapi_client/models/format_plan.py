# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exact_replacement import ExactReplacement
    from ..models.format_plan_formatters_enabled import FormatPlanFormattersEnabled, _FormatPlanFormattersEnabledValues
    from ..models.regex_replacement import RegexReplacement
    from ..models.unknown_variants import UnknownReplacement


__all__ = ["FormatPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FormatPlan(Model):
    """FormatPlan

    Attributes:
        enabled: This determines whether the chunk is formatted before being sent to the voice provider. This helps
            with enunciation. This includes phone numbers, emails and addresses. Default `true`.

            Usage:
            - To rely on the voice provider's formatting logic, set this to `false`.

            If `voice.chunkPlan.enabled` is `false`, this is automatically `false` since there's no chunk to
            format.

            @default true
        number_to_digits_cutoff: This is the cutoff after which a number is converted to individual digits instead of being spoken as
            words.

            Example:
            - If cutoff 2025, "12345" is converted to "1 2 3 4 5" while "1200" is converted to "twelve hundred".

            Usage:
            - If your use case doesn't involve IDs like zip codes, set this to a high value.
            - If your use case involves IDs that are shorter than 5 digits, set this to a lower value.

            @default 2025
        replacements: These are the custom replacements you can make to the chunk before it is sent to the voice provider.

            Usage:
            - To replace a specific word or phrase with a different word or phrase, use the `ExactReplacement`
            type. Eg. `{ type: 'exact', key: 'hello', value: 'hi' }`
            - To replace a word or phrase that matches a pattern, use the `RegexReplacement` type. Eg. `{ type:
            'regex', regex: '\\\\b[a-zA-Z]{5}\\\\b', value: 'hi' }`

            @default []
        formatters_enabled: List of formatters to apply. If not provided, all default formatters will be applied.
            If provided, only the specified formatters will be applied.
            Note: Some essential formatters like angle bracket removal will always be applied.
            @default undefined
    """

    _schema: ClassVar[str] = "FormatPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("numberToDigitsCutoff", "number_to_digits_cutoff"),
        ("replacements", "replacements"),
        ("formattersEnabled", "formatters_enabled"),
    )

    enabled: bool | Unset = UNSET
    number_to_digits_cutoff: float | Unset = UNSET
    replacements: list[ExactReplacement | RegexReplacement | UnknownReplacement] | Unset = UNSET
    formatters_enabled: list[FormatPlanFormattersEnabled | _FormatPlanFormattersEnabledValues] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Replacement = _h.alternatives("Replacement")
_FormatPlan_items_8 = _h.Items(("union", "Replacement"))
_FormatPlan_items_14 = _h.Items(("enum", "FormatPlanFormattersEnabled", False))


def _load_FormatPlan(data: dict[str, Any], strict: bool) -> FormatPlan | dict[str, Any]:
    """FormatPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "numberToDigitsCutoff" in data:
        v = data["numberToDigitsCutoff"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p1 is _S:
            slow = True
    if "replacements" in data:
        v = data["replacements"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_Replacement[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_FormatPlan_items_8, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "formattersEnabled" in data:
        v = data["formattersEnabled"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _MEMBERS["FormatPlanFormattersEnabled"].get(e9, _S) if type(e9) is str else _S
                if x10 is _S and type(e9) is str and not strict:
                    x10 = _h.open_member("FormatPlanFormattersEnabled", e9)
                if x10 is _S:
                    resume13 = True
                out11.append(x10)
            p3 = _R(_FormatPlan_items_14, out11) if resume13 else out11
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FormatPlan:
            return FormatPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FormatPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FormatPlan}
            return obj
    return {"enabled": p0, "numberToDigitsCutoff": p1, "replacements": p2, "formattersEnabled": p3}


_KNOWN_FormatPlan = frozenset(("enabled", "numberToDigitsCutoff", "replacements", "formattersEnabled"))


def _to_dict_FormatPlan(self: FormatPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.number_to_digits_cutoff
    if v is not UNSET:
        out["numberToDigitsCutoff"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.replacements
    if v is not UNSET:
        out["replacements"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.formatters_enabled
    if v is not UNSET:
        out["formattersEnabled"] = (
            [i16._value_ if isinstance(i16, _h.Enum) else _h.fresh(i16) for i16 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FormatPlan._fast_load = _load_FormatPlan
setattr(FormatPlan, "to_dict", _to_dict_FormatPlan)  # noqa: B010 - replaces Model.to_dict
