# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_request_tool_dto import CreateApiRequestToolDTO
    from ..models.create_bash_tool_dto import CreateBashToolDTO
    from ..models.create_code_tool_dto import CreateCodeToolDTO
    from ..models.create_computer_tool_dto import CreateComputerToolDTO
    from ..models.create_dtmf_tool_dto import CreateDtmfToolDTO
    from ..models.create_end_call_tool_dto import CreateEndCallToolDTO
    from ..models.create_function_tool_dto import CreateFunctionToolDTO
    from ..models.create_go_high_level_calendar_availability_tool_dto import (
        CreateGoHighLevelCalendarAvailabilityToolDTO,
    )
    from ..models.create_go_high_level_calendar_event_create_tool_dto import CreateGoHighLevelCalendarEventCreateToolDTO
    from ..models.create_go_high_level_contact_create_tool_dto import CreateGoHighLevelContactCreateToolDTO
    from ..models.create_go_high_level_contact_get_tool_dto import CreateGoHighLevelContactGetToolDTO
    from ..models.create_google_calendar_check_availability_tool_dto import CreateGoogleCalendarCheckAvailabilityToolDTO
    from ..models.create_google_calendar_create_event_tool_dto import CreateGoogleCalendarCreateEventToolDTO
    from ..models.create_google_sheets_row_append_tool_dto import CreateGoogleSheetsRowAppendToolDTO
    from ..models.create_handoff_tool_dto import CreateHandoffToolDTO
    from ..models.create_mcp_tool_dto import CreateMcpToolDTO
    from ..models.create_query_tool_dto import CreateQueryToolDTO
    from ..models.create_sip_request_tool_dto import CreateSipRequestToolDTO
    from ..models.create_slack_send_message_tool_dto import CreateSlackSendMessageToolDTO
    from ..models.create_sms_tool_dto import CreateSmsToolDTO
    from ..models.create_text_editor_tool_dto import CreateTextEditorToolDTO
    from ..models.create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from ..models.create_voicemail_tool_dto import CreateVoicemailToolDTO
    from ..models.unknown_variants import UnknownTool


__all__ = ["ToolNode"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolNode(Model):
    """ToolNode

    Attributes:
        type_: This is the Tool node. This can be used to call a tool in your workflow.

            The flow is:
            - Workflow starts the tool node
            - Model is called to extract parameters needed by the tool from the conversation history
            - Tool is called with the parameters
            - Server returns a response
            - Workflow continues with the response
        name:
        tool: This is the tool to call. To use an existing tool, send `toolId` instead.
        tool_id: This is the tool to call. To use a transient tool, send `tool` instead.
        is_start: This is whether or not the node is the start of the workflow.
        metadata: This is for metadata you want to store on the task.
    """

    _schema: ClassVar[str] = "ToolNode"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("name", "name"),
        ("tool", "tool"),
        ("toolId", "tool_id"),
        ("isStart", "is_start"),
        ("metadata", "metadata"),
    )

    type_: Literal["tool"]
    name: str
    tool: (
        CreateApiRequestToolDTO
        | CreateBashToolDTO
        | CreateCodeToolDTO
        | CreateComputerToolDTO
        | CreateDtmfToolDTO
        | CreateEndCallToolDTO
        | CreateFunctionToolDTO
        | CreateGoHighLevelCalendarAvailabilityToolDTO
        | CreateGoHighLevelCalendarEventCreateToolDTO
        | CreateGoHighLevelContactCreateToolDTO
        | CreateGoHighLevelContactGetToolDTO
        | CreateGoogleCalendarCheckAvailabilityToolDTO
        | CreateGoogleCalendarCreateEventToolDTO
        | CreateGoogleSheetsRowAppendToolDTO
        | CreateHandoffToolDTO
        | CreateMcpToolDTO
        | CreateQueryToolDTO
        | CreateSlackSendMessageToolDTO
        | CreateSmsToolDTO
        | CreateTextEditorToolDTO
        | CreateTransferCallToolDTO
        | CreateSipRequestToolDTO
        | CreateVoicemailToolDTO
        | UnknownTool
        | Unset
    ) = UNSET
    tool_id: str | Unset = UNSET
    is_start: bool | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Tool = _h.alternatives("Tool")


def _load_ToolNode(data: dict[str, Any], strict: bool) -> ToolNode | dict[str, Any]:
    """ToolNode from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "tool" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "tool" in data:
        v = data["tool"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_Tool[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "toolId" in data:
        v = data["toolId"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "isStart" in data:
        v = data["isStart"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p5 = v if type(v) is dict else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolNode:
            return ToolNode(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolNode(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolNode}
            return obj
    return {"type": p0, "name": p1, "tool": p2, "toolId": p3, "isStart": p4, "metadata": p5}


_KNOWN_ToolNode = frozenset(("type", "name", "tool", "toolId", "isStart", "metadata"))


def _to_dict_ToolNode(self: ToolNode) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tool
    if v is not UNSET:
        out["tool"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.tool_id
    if v is not UNSET:
        out["toolId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.is_start
    if v is not UNSET:
        out["isStart"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolNode._fast_load = _load_ToolNode
setattr(ToolNode, "to_dict", _to_dict_ToolNode)  # noqa: B010 - replaces Model.to_dict
