# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.create_workflow_dto import CreateWorkflowDTO
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination
    from ..models.workflow_overrides import WorkflowOverrides


__all__ = ["ServerMessageResponseAssistantRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseAssistantRequest(Model):
    """ServerMessageResponseAssistantRequest

    Attributes:
        destination: This is the destination to transfer the inbound call to. This will immediately transfer without
            using any assistants.

            If this is sent, `assistantId`, `assistant`, `squadId`, and `squad` are ignored.
        assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
            `assistant` instead.

            To start a call with:
            - Assistant, use `assistantId` or `assistant`
            - Squad, use `squadId` or `squad`
            - Workflow, use `workflowId` or `workflow`
        assistant: This is the assistant that will be used for the call. To use an existing assistant, use
            `assistantId` instead.

            To start a call with:
            - Assistant, use `assistant`
            - Squad, use `squad`
            - Workflow, use `workflow`
        assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
        squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables.
            This will apply to all members of the squad.
        workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
        error: This is the error if the call shouldn't be accepted. This is spoken to the customer.

            If this is sent, `assistantId`, `assistant`, `squadId`, `squad`, and `destination` are ignored.
    """

    _schema: ClassVar[str] = "ServerMessageResponseAssistantRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("squadOverrides", "squad_overrides"),
        ("workflowId", "workflow_id"),
        ("workflow", "workflow"),
        ("workflowOverrides", "workflow_overrides"),
        ("error", "error"),
    )

    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    assistant_id: str | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    workflow_id: str | Unset = UNSET
    workflow: CreateWorkflowDTO | Unset = UNSET
    workflow_overrides: WorkflowOverrides | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Destination = _h.alternatives("Destination")


def _load_ServerMessageResponseAssistantRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseAssistantRequest | dict[str, Any]:
    """ServerMessageResponseAssistantRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "destination" in data:
        v = data["destination"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_Destination[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p0 = _S
        else:
            p0 = alternative2[1](v, strict)
            if type(p0) is dict:
                p0 = _R(alternative2[0], p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p2 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("CreateAssistantDTO", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p3 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("AssistantOverrides", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "squad" in data:
        v = data["squad"]
        p5 = _FAST["CreateSquadDTO"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("CreateSquadDTO", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
        p6 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("AssistantOverrides", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "workflowId" in data:
        v = data["workflowId"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "workflow" in data:
        v = data["workflow"]
        p8 = _FAST["CreateWorkflowDTO"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("CreateWorkflowDTO", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "workflowOverrides" in data:
        v = data["workflowOverrides"]
        p9 = _FAST["WorkflowOverrides"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("WorkflowOverrides", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "error" in data:
        v = data["error"]
        p10 = v if type(v) is str else _S
        if p10 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseAssistantRequest:
            return ServerMessageResponseAssistantRequest(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseAssistantRequest(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseAssistantRequest
            }
            return obj
    return {
        "destination": p0,
        "assistantId": p1,
        "assistant": p2,
        "assistantOverrides": p3,
        "squadId": p4,
        "squad": p5,
        "squadOverrides": p6,
        "workflowId": p7,
        "workflow": p8,
        "workflowOverrides": p9,
        "error": p10,
    }


_KNOWN_ServerMessageResponseAssistantRequest = frozenset(
    (
        "destination",
        "assistantId",
        "assistant",
        "assistantOverrides",
        "squadId",
        "squad",
        "squadOverrides",
        "workflowId",
        "workflow",
        "workflowOverrides",
        "error",
    )
)


def _to_dict_ServerMessageResponseAssistantRequest(self: ServerMessageResponseAssistantRequest) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_id
    if v is not UNSET:
        out["squadId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.squad
    if v is not UNSET:
        out["squad"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_overrides
    if v is not UNSET:
        out["squadOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.workflow_id
    if v is not UNSET:
        out["workflowId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.workflow
    if v is not UNSET:
        out["workflow"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.workflow_overrides
    if v is not UNSET:
        out["workflowOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.error
    if v is not UNSET:
        out["error"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseAssistantRequest._fast_load = _load_ServerMessageResponseAssistantRequest
setattr(ServerMessageResponseAssistantRequest, "to_dict", _to_dict_ServerMessageResponseAssistantRequest)  # noqa: B010 - replaces Model.to_dict
