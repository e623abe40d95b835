from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["VoiceCost"]


@_attrs_define(repr=False)
class VoiceCost(Model):
    """VoiceCost

    Attributes:
        type_: This is the type of cost, always 'voice' for this class.
        voice: Any JSON object: free-form data the API stores and returns as given.
        characters: This is the number of characters that were generated during the call. These should be total
            characters used in the call for single assistant calls, while squad calls will have multiple voice
            costs one for each assistant that was used.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VoiceCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("voice", "voice"),
        ("characters", "characters"),
        ("cost", "cost"),
    )

    type_: Literal["voice"]
    voice: dict[str, Any]
    characters: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
