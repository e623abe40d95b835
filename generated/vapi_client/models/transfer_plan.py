# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_engineering_plan_all import ContextEngineeringPlanAll
    from ..models.context_engineering_plan_last_n_messages import ContextEngineeringPlanLastNMessages
    from ..models.context_engineering_plan_none import ContextEngineeringPlanNone
    from ..models.custom_message import CustomMessage
    from ..models.summary_plan import SummaryPlan
    from ..models.transfer_artifact_mode import TransferArtifactMode, _TransferArtifactModeValues
    from ..models.transfer_fallback_plan import TransferFallbackPlan
    from ..models.transfer_plan_sip_verb import TransferPlanSipVerb, _TransferPlanSipVerbValues
    from ..models.unknown_variants import UnknownMessage, UnknownTransferPlanContextEngineeringPlan


__all__ = ["TransferPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferPlan(Model):
    """TransferPlan

    Attributes:
        mode: This configures how transfer is executed and the experience of the destination party receiving the
            call.

            Usage:
            - `blind-transfer`: The assistant forwards the call to the destination without any message or
            summary.
            - `blind-transfer-add-summary-to-sip-header`: The assistant forwards the call to the destination and
            adds a SIP header X-Transfer-Summary to the call to include the summary.
            - `warm-transfer-say-message`: The assistant dials the destination, delivers the `message` to the
            destination party, connects the customer, and leaves the call.
            - `warm-transfer-say-summary`: The assistant dials the destination, provides a summary of the call
            to the destination party, connects the customer, and leaves the call.
            - `warm-transfer-wait-for-operator-to-speak-first-and-then-say-message`: The assistant dials the
            destination, waits for the operator to speak, delivers the `message` to the destination party, and
            then connects the customer.
            - `warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary`: The assistant dials the
            destination, waits for the operator to speak, provides a summary of the call to the destination
            party, and then connects the customer.
            - `warm-transfer-twiml`: The assistant dials the destination, executes the twiml instructions on the
            destination call leg, connects the customer, and leaves the call.
            - `warm-transfer-experimental`: The assistant puts the customer on hold, dials the destination, and
            if the destination answers (and is human), delivers a message or summary before connecting the
            customer. If the destination is unreachable or not human (e.g., with voicemail detection), the
            assistant delivers the `fallbackMessage` to the customer and optionally ends the call.

            @default 'blind-transfer'
        message: This is the message the assistant will deliver to the destination party before connecting the
            customer.

            Usage:
            - Used only when `mode` is `blind-transfer-add-summary-to-sip-header`, `warm-transfer-say-message`,
            `warm-transfer-wait-for-operator-to-speak-first-and-then-say-message`, or `warm-transfer-
            experimental`.
        timeout: This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-
            message/summary

            @default 60
        sip_verb: This specifies the SIP verb to use while transferring the call.
            - 'refer': Uses SIP REFER to transfer the call (default)
            - 'bye': Ends current call with SIP BYE
            - 'dial': Uses SIP DIAL to transfer the call
        dial_timeout: This sets the timeout for the dial operation in seconds. This is the duration the call will ring
            before timing out.

            Only applicable when `sipVerb='dial'`. Not applicable for SIP REFER or BYE.

            @default 60
        hold_audio_url: This is the URL to an audio file played while the customer is on hold during transfer.

            Usage:
            - Used only when `mode` is `warm-transfer-experimental`.
            - Used when transferring calls to play hold audio for the customer.
            - Must be a publicly accessible URL to an audio file.
            - Supported formats: MP3 and WAV.
            - If not provided, the default hold audio will be used.
        transfer_complete_audio_url: This is the URL to an audio file played after the warm transfer message or summary is delivered to
            the destination party.
            It can be used to play a custom sound like 'beep' to notify that the transfer is complete.

            Usage:
            - Used only when `mode` is `warm-transfer-experimental`.
            - Used when transferring calls to play hold audio for the destination party.
            - Must be a publicly accessible URL to an audio file.
            - Supported formats: MP3 and WAV.
        context_engineering_plan: This is the plan for manipulating the message context before initiating the warm transfer.
            Usage:
            - Used only when `mode` is `warm-transfer-experimental`.
            - These messages will automatically be added to the transferAssistant's system message.
            - If 'none', we will not add any transcript to the transferAssistant's system message.
            - If you want to provide your own messages, use transferAssistant.model.messages instead.

            @default { type: 'all' }
        twiml: This is the TwiML instructions to execute on the destination call leg before connecting the
            customer.

            Usage:
            - Used only when `mode` is `warm-transfer-twiml`.
            - Supports only `Play`, `Say`, `Gather`, `Hangup` and `Pause` verbs.
            - Maximum length is 4096 characters.

            Example:
            ```
            <Say voice="alice" language="en-US">Hello, transferring a customer to you.</Say>
            <Pause length="2"/>
            <Say>They called about billing questions.</Say>
            ```
        summary_plan: This is the plan for generating a summary of the call to present to the destination party.

            Usage:
            - Used only when `mode` is `blind-transfer-add-summary-to-sip-header` or `warm-transfer-say-summary`
            or `warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary` or `warm-transfer-
            experimental`.
        sip_headers_in_refer_to_enabled: This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params.

            @default false
        fallback_plan: This configures the fallback plan when the transfer fails (destination unreachable, busy, or not
            human).

            Usage:
            - Used when `mode` is `warm-transfer-experimental`. If not provided, a default message will be used.
            - Used for SIP cold transfers (`blind-transfer` modes) when transfer outcome detection and fallback
              are enabled for the organization: on a failed transfer, the assistant speaks `message`, then ends
              the call or continues with the customer per `endCallEnabled`.
    """

    _schema: ClassVar[str] = "TransferPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("message", "message"),
        ("timeout", "timeout"),
        ("sipVerb", "sip_verb"),
        ("dialTimeout", "dial_timeout"),
        ("holdAudioUrl", "hold_audio_url"),
        ("transferCompleteAudioUrl", "transfer_complete_audio_url"),
        ("contextEngineeringPlan", "context_engineering_plan"),
        ("twiml", "twiml"),
        ("summaryPlan", "summary_plan"),
        ("sipHeadersInReferToEnabled", "sip_headers_in_refer_to_enabled"),
        ("fallbackPlan", "fallback_plan"),
    )

    mode: TransferArtifactMode | _TransferArtifactModeValues
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    timeout: float | Unset = UNSET
    sip_verb: TransferPlanSipVerb | _TransferPlanSipVerbValues | Unset = UNSET
    dial_timeout: float | Unset = UNSET
    hold_audio_url: str | Unset = UNSET
    transfer_complete_audio_url: str | Unset = UNSET
    context_engineering_plan: (
        ContextEngineeringPlanLastNMessages
        | ContextEngineeringPlanNone
        | ContextEngineeringPlanAll
        | UnknownTransferPlanContextEngineeringPlan
        | Unset
    ) = UNSET
    twiml: str | Unset = UNSET
    summary_plan: SummaryPlan | Unset = UNSET
    sip_headers_in_refer_to_enabled: bool | Unset = UNSET
    fallback_plan: TransferFallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TransferPlan_one_of_1 = _h.OneOf(("union", "Message"), ("string", {}))
_alternatives_TransferPlanContextEngineeringPlan = _h.alternatives("TransferPlanContextEngineeringPlan")


def _load_TransferPlan(data: dict[str, Any], strict: bool) -> TransferPlan | dict[str, Any]:
    """TransferPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    slow = False
    if "mode" in data:
        v = data["mode"]
        p0 = _MEMBERS["TransferArtifactMode"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and not strict:
            p0 = _h.open_member("TransferArtifactMode", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p1 = _TransferPlan_one_of_1(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "timeout" in data:
        v = data["timeout"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 600 else _S
        if p2 is _S:
            slow = True
    if "sipVerb" in data:
        v = data["sipVerb"]
        p3 = _MEMBERS["TransferPlanSipVerb"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and not strict:
            p3 = _h.open_member("TransferPlanSipVerb", v)
        if p3 is _S:
            slow = True
    if "dialTimeout" in data:
        v = data["dialTimeout"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 600 else _S
        if p4 is _S:
            slow = True
    if "holdAudioUrl" in data:
        v = data["holdAudioUrl"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "transferCompleteAudioUrl" in data:
        v = data["transferCompleteAudioUrl"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "contextEngineeringPlan" in data:
        v = data["contextEngineeringPlan"]
        tag2 = v.get("type") if type(v) is dict else None
        alternative3 = _alternatives_TransferPlanContextEngineeringPlan[tag2] if type(tag2) is str else None
        if alternative3 is None:  # not an object, or a tag this spec does not know
            p7 = _S
        else:
            p7 = alternative3[1](v, strict)
            if type(p7) is dict:
                p7 = _R(alternative3[0], p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "twiml" in data:
        v = data["twiml"]
        p8 = v if type(v) is str and len(v) <= 4096 else _S
        if p8 is _S:
            slow = True
    if "summaryPlan" in data:
        v = data["summaryPlan"]
        p9 = _FAST["SummaryPlan"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("SummaryPlan", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "sipHeadersInReferToEnabled" in data:
        v = data["sipHeadersInReferToEnabled"]
        p10 = v if (v is True or v is False) else _S
        if p10 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p11 = _FAST["TransferFallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("TransferFallbackPlan", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferPlan:
            return TransferPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferPlan}
            return obj
    return {
        "mode": p0,
        "message": p1,
        "timeout": p2,
        "sipVerb": p3,
        "dialTimeout": p4,
        "holdAudioUrl": p5,
        "transferCompleteAudioUrl": p6,
        "contextEngineeringPlan": p7,
        "twiml": p8,
        "summaryPlan": p9,
        "sipHeadersInReferToEnabled": p10,
        "fallbackPlan": p11,
    }


_KNOWN_TransferPlan = frozenset(
    (
        "mode",
        "message",
        "timeout",
        "sipVerb",
        "dialTimeout",
        "holdAudioUrl",
        "transferCompleteAudioUrl",
        "contextEngineeringPlan",
        "twiml",
        "summaryPlan",
        "sipHeadersInReferToEnabled",
        "fallbackPlan",
    )
)


def _to_dict_TransferPlan(self: TransferPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.mode
    if v is not UNSET:
        out["mode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.timeout
    if v is not UNSET:
        out["timeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sip_verb
    if v is not UNSET:
        out["sipVerb"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.dial_timeout
    if v is not UNSET:
        out["dialTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.hold_audio_url
    if v is not UNSET:
        out["holdAudioUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transfer_complete_audio_url
    if v is not UNSET:
        out["transferCompleteAudioUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.context_engineering_plan
    if v is not UNSET:
        out["contextEngineeringPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.twiml
    if v is not UNSET:
        out["twiml"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary_plan
    if v is not UNSET:
        out["summaryPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.sip_headers_in_refer_to_enabled
    if v is not UNSET:
        out["sipHeadersInReferToEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferPlan._fast_load = _load_TransferPlan
setattr(TransferPlan, "to_dict", _to_dict_TransferPlan)  # noqa: B010 - replaces Model.to_dict
