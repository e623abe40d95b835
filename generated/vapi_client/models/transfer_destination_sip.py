from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.transfer_plan import TransferPlan
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferDestinationSip"]


@_attrs_define(repr=False)
class TransferDestinationSip(Model):
    """TransferDestinationSip

    Attributes:
        type_:
        sip_uri: This is the SIP URI to transfer the call to.
        message: This is spoken to the customer before connecting them to the destination.

            Usage:
            - If this is not provided and transfer tool messages is not provided, default is "Transferring the
            call now".
            - If set to "", nothing is spoken. This is useful when you want to silently transfer. This is
            especially useful when transferring between assistants in a squad. In this scenario, you likely also
            want to set `assistant.firstMessageMode=assistant-speaks-first-with-model-generated-message` for the
            destination assistant.

            This accepts a string or a ToolMessageStart class. Latter is useful if you want to specify multiple
            messages for different languages through the `contents` field.
        caller_id: This is the caller ID to use when transferring the call to the `sipUri`.

            Usage:
            - If not provided, the caller ID will be determined by the SIP infrastructure.
            - Set to '{{customer.number}}' to always use the customer's number as the caller ID.
            - Set to '{{phoneNumber.number}}' to always use the phone number of the assistant as the caller ID.
            - Set to any E164 number to always use that number as the caller ID.

            Only applicable when `transferPlan.sipVerb='dial'`. Not applicable for SIP REFER.
        transfer_plan:
        sip_headers: Any JSON object: free-form data the API stores and returns as given.
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "TransferDestinationSip"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("sipUri", "sip_uri"),
        ("message", "message"),
        ("callerId", "caller_id"),
        ("transferPlan", "transfer_plan"),
        ("sipHeaders", "sip_headers"),
        ("description", "description"),
    )

    type_: Literal["sip"]
    sip_uri: str
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    caller_id: str | Unset = UNSET
    transfer_plan: TransferPlan | Unset = UNSET
    sip_headers: dict[str, Any] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
