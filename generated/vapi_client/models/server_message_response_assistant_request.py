from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


@_attrs_define(repr=False)
class ServerMessageResponseAssistantRequest(Model):
    """ServerMessageResponseAssistantRequest

    Attributes:
        destination:
        assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
            `assistant` instead.

            To start a call with:
            - Assistant, use `assistantId` or `assistant`
            - Squad, use `squadId` or `squad`
            - Workflow, use `workflowId` or `workflow`
        assistant:
        assistant_overrides:
        squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad:
        squad_overrides:
        workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow:
        workflow_overrides:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
