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
    from ..models.assistant_custom_endpointing_rule import AssistantCustomEndpointingRule
    from ..models.both_custom_endpointing_rule import BothCustomEndpointingRule
    from ..models.custom_endpointing_model_smart_endpointing_plan import CustomEndpointingModelSmartEndpointingPlan
    from ..models.customer_custom_endpointing_rule import CustomerCustomEndpointingRule
    from ..models.livekit_smart_endpointing_plan import LivekitSmartEndpointingPlan
    from ..models.transcription_endpointing_plan import TranscriptionEndpointingPlan
    from ..models.unknown_variants import UnknownCustomEndpointingRule
    from ..models.vapi_smart_endpointing_plan import VapiSmartEndpointingPlan


__all__ = ["StartSpeakingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class StartSpeakingPlan(Model):
    """StartSpeakingPlan

    Attributes:
        wait_seconds: This is how long assistant waits before speaking. Defaults to 0.4.

            This is the minimum it will wait but if there is latency is the pipeline, this minimum will be
            exceeded. This is intended as a stopgap in case the pipeline is moving too fast.

            Example:
            - If model generates tokens and voice generates bytes within 100ms, the pipeline still waits 300ms
            before outputting speech.

            Usage:
            - If the customer is taking long pauses, set this to a higher value.
            - If the assistant is accidentally jumping in too much, set this to a higher value.

            @default 0.4
        smart_endpointing_enabled:
        smart_endpointing_plan: This is the plan for smart endpointing. Pick between Vapi smart endpointing, LiveKit, or custom
            endpointing model (or nothing). We strongly recommend using livekit endpointing when working in
            English. LiveKit endpointing is not supported in other languages, yet.

            If this is set, it will override and take precedence over `transcriptionEndpointingPlan`.
            This plan will still be overridden by any matching `customEndpointingRules`.

            If this is not set, the system will automatically use the transcriber's built-in endpointing
            capabilities if available.
        custom_endpointing_rules: These are the custom endpointing rules to set an endpointing timeout based on a regex on the
            customer's speech or the assistant's last message.

            Usage:
            - If you have yes/no questions like "are you interested in a loan?", you can set a shorter timeout.
            - If you have questions where the customer may pause to look up information like "what's my account
            number?", you can set a longer timeout.
            - If you want to wait longer while customer is enumerating a list of numbers, you can set a longer
            timeout.

            These rules have the highest precedence and will override both `smartEndpointingPlan` and
            `transcriptionEndpointingPlan` when a rule is matched.

            The rules are evaluated in order and the first one that matches will be used.

            Order of precedence for endpointing:
            1. customEndpointingRules (if any match)
            2. smartEndpointingPlan (if set)
            3. transcriptionEndpointingPlan

            @default []
        transcription_endpointing_plan: This determines how a customer speech is considered done (endpointing) using the transcription of
            customer's speech.

            Once an endpoint is triggered, the request is sent to `assistant.model`.

            Note: This plan is only used if `smartEndpointingPlan` is not set and transcriber does not have
            built-in endpointing capabilities. If both are provided, `smartEndpointingPlan` takes precedence.
            This plan will also be overridden by any matching `customEndpointingRules`.
    """

    _schema: ClassVar[str] = "StartSpeakingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("waitSeconds", "wait_seconds"),
        ("smartEndpointingEnabled", "smart_endpointing_enabled"),
        ("smartEndpointingPlan", "smart_endpointing_plan"),
        ("customEndpointingRules", "custom_endpointing_rules"),
        ("transcriptionEndpointingPlan", "transcription_endpointing_plan"),
    )

    wait_seconds: float | Unset = UNSET
    smart_endpointing_enabled: bool | Literal["livekit"] | Unset = UNSET
    smart_endpointing_plan: (
        VapiSmartEndpointingPlan | LivekitSmartEndpointingPlan | CustomEndpointingModelSmartEndpointingPlan | Unset
    ) = UNSET
    custom_endpointing_rules: (
        list[
            AssistantCustomEndpointingRule
            | CustomerCustomEndpointingRule
            | BothCustomEndpointingRule
            | UnknownCustomEndpointingRule
        ]
        | Unset
    ) = UNSET
    transcription_endpointing_plan: TranscriptionEndpointingPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_StartSpeakingPlan_one_of_1 = _h.OneOf(("boolean",), ("const", "livekit"))
_StartSpeakingPlan_one_of_2 = _h.OneOf(
    ("model", "VapiSmartEndpointingPlan"),
    ("model", "LivekitSmartEndpointingPlan"),
    ("model", "CustomEndpointingModelSmartEndpointingPlan"),
)
_alternatives_CustomEndpointingRule = _h.alternatives("CustomEndpointingRule")
_StartSpeakingPlan_items_10 = _h.Items(("union", "CustomEndpointingRule"))


def _load_StartSpeakingPlan(data: dict[str, Any], strict: bool) -> StartSpeakingPlan | dict[str, Any]:
    """StartSpeakingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "waitSeconds" in data:
        v = data["waitSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 5 else _S
        if p0 is _S:
            slow = True
    if "smartEndpointingEnabled" in data:
        v = data["smartEndpointingEnabled"]
        p1 = _StartSpeakingPlan_one_of_1(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "smartEndpointingPlan" in data:
        v = data["smartEndpointingPlan"]
        p2 = _StartSpeakingPlan_one_of_2(v, strict)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "customEndpointingRules" in data:
        v = data["customEndpointingRules"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                tag8 = e3.get("type") if type(e3) is dict else None
                alternative9 = _alternatives_CustomEndpointingRule[tag8] if type(tag8) is str else None
                if alternative9 is None:  # not an object, or a tag this spec does not know
                    x4 = _S
                else:
                    x4 = alternative9[1](e3, strict)
                    if type(x4) is dict:
                        x4 = _R(alternative9[0], x4)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p3 = _R(_StartSpeakingPlan_items_10, out5) if resume7 else out5
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "transcriptionEndpointingPlan" in data:
        v = data["transcriptionEndpointingPlan"]
        p4 = _FAST["TranscriptionEndpointingPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("TranscriptionEndpointingPlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_StartSpeakingPlan:
            return StartSpeakingPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = StartSpeakingPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_StartSpeakingPlan}
            return obj
    return {
        "waitSeconds": p0,
        "smartEndpointingEnabled": p1,
        "smartEndpointingPlan": p2,
        "customEndpointingRules": p3,
        "transcriptionEndpointingPlan": p4,
    }


_KNOWN_StartSpeakingPlan = frozenset(
    (
        "waitSeconds",
        "smartEndpointingEnabled",
        "smartEndpointingPlan",
        "customEndpointingRules",
        "transcriptionEndpointingPlan",
    )
)


def _to_dict_StartSpeakingPlan(self: StartSpeakingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.wait_seconds
    if v is not UNSET:
        out["waitSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.smart_endpointing_enabled
    if v is not UNSET:
        out["smartEndpointingEnabled"] = _h.dump_json(v)
    v = self.smart_endpointing_plan
    if v is not UNSET:
        out["smartEndpointingPlan"] = _h.dump_json(v)
    v = self.custom_endpointing_rules
    if v is not UNSET:
        out["customEndpointingRules"] = (
            [i11.to_dict() if hasattr(i11, "to_dict") else _h.fresh(i11) for i11 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.transcription_endpointing_plan
    if v is not UNSET:
        out["transcriptionEndpointingPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


StartSpeakingPlan._fast_load = _load_StartSpeakingPlan
setattr(StartSpeakingPlan, "to_dict", _to_dict_StartSpeakingPlan)  # noqa: B010 - replaces Model.to_dict
