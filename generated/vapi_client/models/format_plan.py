from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exact_replacement import ExactReplacement
    from ..models.format_plan_formatters_enabled import FormatPlanFormattersEnabled
    from ..models.regex_replacement import RegexReplacement
    from ..models.unknown_variants import UnknownReplacement


__all__ = ["FormatPlan"]


@_attrs_define(repr=False)
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
    formatters_enabled: list[FormatPlanFormattersEnabled] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
