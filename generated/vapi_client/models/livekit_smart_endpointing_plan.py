from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
    )


__all__ = ["LivekitSmartEndpointingPlan"]


@_attrs_define(repr=False)
class LivekitSmartEndpointingPlan(Model):
    """LivekitSmartEndpointingPlan

    Attributes:
        provider:
        wait_function: This expression describes how long the bot will wait to start speaking based on the likelihood that
            the user has reached an endpoint.

            This is a millisecond valued function. It maps probabilities (real numbers on [0,1]) to milliseconds
            that the bot should wait before speaking ([0, \\infty]). Any negative values that are returned are
            set to zero (the bot can't start talking in the past).

            A probability of zero represents very high confidence that the caller has stopped speaking, and
            would like the bot to speak to them. A probability of one represents very high confidence that the
            caller is still speaking.

            Under the hood, this is parsed into a mathjs expression. Whatever you use to write your expression
            needs to be valid with respect to mathjs

            @default "20 + 500 * sqrt(x) + 2500 * x^3"
    """

    _schema: ClassVar[str] = "LivekitSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("waitFunction", "wait_function"),
    )

    provider: CustomEndpointingModelSmartEndpointingPlanProvider
    wait_function: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
