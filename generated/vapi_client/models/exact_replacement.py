from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ExactReplacement"]


@_attrs_define(repr=False)
class ExactReplacement(Model):
    """ExactReplacement

    Attributes:
        type_: This is the exact replacement type. You can use this to replace a specific word or phrase with a
            different word or phrase.

            Usage:
            - Replace "hello" with "hi": { type: 'exact', key: 'hello', value: 'hi' }
            - Replace "good morning" with "good day": { type: 'exact', key: 'good morning', value: 'good day' }
            - Replace a specific name: { type: 'exact', key: 'John Doe', value: 'Jane Smith' }
            - Replace an acronym: { type: 'exact', key: 'AI', value: 'Artificial Intelligence' }
            - Replace a company name with its phonetic pronunciation: { type: 'exact', key: 'Vapi', value:
            'Vappy' }
        key: This is the key to replace.
        value: This is the value that will replace the match.
        replace_all_enabled: This option let's you control whether to replace all instances of the key or only the first one. By
            default, it only replaces the first instance.
            Examples:
            - For { type: 'exact', key: 'hello', value: 'hi', replaceAllEnabled: false }. Before: "hello world,
            hello universe" | After: "hi world, hello universe"
            - For { type: 'exact', key: 'hello', value: 'hi', replaceAllEnabled: true }. Before: "hello world,
            hello universe" | After: "hi world, hi universe"
            @default false
    """

    _schema: ClassVar[str] = "ExactReplacement"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("value", "value"),
        ("replaceAllEnabled", "replace_all_enabled"),
    )

    type_: Literal["exact"]
    key: str
    value: str
    replace_all_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
