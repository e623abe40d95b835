from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.bash_tool_with_tool_call import BashToolWithToolCall
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.computer_tool_with_tool_call import ComputerToolWithToolCall
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.function_tool_with_tool_call import FunctionToolWithToolCall
    from ..models.ghl_tool_with_tool_call import GhlToolWithToolCall
    from ..models.google_calendar_create_event_tool_with_tool_call import GoogleCalendarCreateEventToolWithToolCall
    from ..models.make_tool_with_tool_call import MakeToolWithToolCall
    from ..models.text_editor_tool_with_tool_call import TextEditorToolWithToolCall
    from ..models.tool_call import ToolCall
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownToolWithToolCallList


__all__ = ["ServerMessageToolCalls"]


@_attrs_define(repr=False)
class ServerMessageToolCalls(Model):
    """ServerMessageToolCalls

    Attributes:
        type_: This is the type of the message. "tool-calls" is sent to call a tool.
        tool_with_tool_call_list: This is the list of tools calls that the model is requesting along with the original tool
            configuration.
        tool_call_list: This is the list of tool calls that the model is requesting.
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        timestamp: This is the timestamp of the message.
        artifact:
        assistant:
        customer:
        call:
        chat:
    """

    _schema: ClassVar[str] = "ServerMessageToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("toolWithToolCallList", "tool_with_tool_call_list"),
        ("toolCallList", "tool_call_list"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["tool-calls"]
    tool_with_tool_call_list: list[
        FunctionToolWithToolCall
        | GhlToolWithToolCall
        | MakeToolWithToolCall
        | BashToolWithToolCall
        | ComputerToolWithToolCall
        | TextEditorToolWithToolCall
        | GoogleCalendarCreateEventToolWithToolCall
        | UnknownToolWithToolCallList
    ]
    tool_call_list: list[ToolCall]
    phone_number: (
        CreateByoPhoneNumberDTO
        | CreateTwilioPhoneNumberDTO
        | CreateVonagePhoneNumberDTO
        | CreateVapiPhoneNumberDTO
        | CreateTelnyxPhoneNumberDTO
        | UnknownPhoneNumber
        | Unset
    ) = UNSET
    assistant_version: str | None | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
