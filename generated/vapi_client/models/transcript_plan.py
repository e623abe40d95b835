from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TranscriptPlan"]


@_attrs_define(repr=False)
class TranscriptPlan(Model):
    """TranscriptPlan

    Attributes:
        enabled: This determines whether the transcript is stored in `call.artifact.transcript`. Defaults to true.

            @default true
        assistant_name: This is the name of the assistant in the transcript. Defaults to 'AI'.

            Usage:
            - If you want to change the name of the assistant in the transcript, set this. Example, here is what
            the transcript would look like with `assistantName` set to 'Buyer':
            ```
            User: Hello, how are you?
            Buyer: I'm fine.
            User: Do you want to buy a car?
            Buyer: No.
            ```

            @default 'AI'
        user_name: This is the name of the user in the transcript. Defaults to 'User'.

            Usage:
            - If you want to change the name of the user in the transcript, set this. Example, here is what the
            transcript would look like with `userName` set to 'Seller':
            ```
            Seller: Hello, how are you?
            AI: I'm fine.
            Seller: Do you want to buy a car?
            AI: No.
            ```

            @default 'User'
    """

    _schema: ClassVar[str] = "TranscriptPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("assistantName", "assistant_name"),
        ("userName", "user_name"),
    )

    enabled: bool | Unset = UNSET
    assistant_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
