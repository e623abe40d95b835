from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["CreateDtmfToolDTO"]


@_attrs_define(repr=False)
class CreateDtmfToolDTO(Model):
    """CreateDtmfToolDTO

    Attributes:
        type_: The type of tool. "dtmf" for DTMF tool.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        sip_info_dtmf_enabled: This enables sending DTMF tones via SIP INFO messages instead of RFC 2833 (RTP events). When
            enabled, DTMF digits will be sent using the SIP INFO method, which can be more reliable in some
            network configurations. Only relevant when using the `vapi.sip` transport.
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateDtmfToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("sipInfoDtmfEnabled", "sip_info_dtmf_enabled"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["dtmf"]
    messages: (
        list[
            ToolMessageStart
            | ToolMessageComplete
            | ToolMessageFailed
            | ToolMessageDelayed
            | UnknownBashToolWithToolCallMessages
        ]
        | Unset
    ) = UNSET
    sip_info_dtmf_enabled: bool | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
