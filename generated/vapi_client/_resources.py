"""`client.calls`: one method per operation of the spec, sync and async. Generated from openapi.yaml.

Each method checks what it is given before any network I/O (a body dict strictly, a query parameter
against its schema) and sends the request through the client, which retries safely and raises only
`vapi_client.VapiError`s. Keyword body fields are merged over `body`; None means "not sent".
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ._resource import AsyncResource, Destination, Headers, Json, SyncResource, Timeout, Validate

if TYPE_CHECKING:
    from . import models
    from .models import unions

__all__ = ["AsyncCallsResource", "CallsResource"]

_ = (datetime, warnings, Any, Literal, Mapping, Sequence)  # used in generated annotations and bodies


class CallsResource(SyncResource):
    """Calls: create, create_phone_call, create_web_call, delete, download_assistant_recording, download_call_logs, download_customer_recording, download_mono_recording, download_pcap, download_stereo_recording, download_video_recording, get, list, update.

    Every method takes `timeout`, `max_retries`, `extra_headers` and `validate` ("warn": send a tag or
    enum value this spec does not know, with a warning); `with_raw_response` gives the
    status, headers and bytes of the response beside the parsed result.
    """

    def create(
        self,
        body: models.CreateCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json] | None = None,
        name: str | None = None,
        schedule_plan: models.SchedulePlan | Json | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: models.ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: models.CreateCustomerDTO | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Call (POST /call).

        Create Call.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            transport: This is the transport of the call.
            customers: This is used to issue batch calls to multiple customers.
            name: This is the name of the call. This is just for your own reference.
            schedule_plan: This is the schedule plan of the call.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            phone_number: This is the phone number that will be used for the call. To use an existing number, use
                `phoneNumberId` instead.
            customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.
            customer: This is the customer that will be called. To call an existing customer, use `customerId` instead.
        """
        return cast("models.Call | models.CallBatchResponse", self._run("create", locals()))

    def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json] | None = None,
        name: str | None = None,
        schedule_plan: models.SchedulePlan | Json | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: models.ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: models.CreateCustomerDTO | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Phone Call (POST /call/phone).

        Place one outbound phone call (the seed-era operation). Deprecated: use POST /call, which takes the
        same fields and can also create a batch.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            transport: This is the transport of the call.
            customers: This is used to issue batch calls to multiple customers.
            name: This is the name of the call. This is just for your own reference.
            schedule_plan: This is the schedule plan of the call.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            phone_number: This is the phone number that will be used for the call. To use an existing number, use
                `phoneNumberId` instead.
            customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.
            customer: This is the customer that will be called. To call an existing customer, use `customerId` instead.
        """
        warnings.warn(
            "create_phone_call() sends the deprecated POST /call/phone; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call | models.CallBatchResponse", self._run("create_phone_call", locals()))

    def create_web_call(
        self,
        body: models.CreateWebCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        room_delete_on_user_leave_enabled: bool | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Create Web Call (POST /call/web).

        Create a web call and return the room to join (the seed-era operation, still used by the Web SDK).
        Deprecated for server code: POST /call creates calls of every transport.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            room_delete_on_user_leave_enabled: Default: True.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
        """
        warnings.warn(
            "create_web_call() sends the deprecated POST /call/web; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call", self._run("create_web_call", locals()))

    def delete(
        self,
        id: str,
        body: models.DeleteCallDTO | Json | None = None,
        *,
        ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Delete Call (DELETE /call/{id}).

        Delete Call.

        Args:
            id: The call's id.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            ids: These are the Call IDs to be bulk deleted. If provided, the call ID if any in the request query will
                be ignored When requesting a bulk delete, updates when a call is deleted will be
                sent as a webhook to the server URL configured in the Org settings. It may take up
                to a few hours to complete the bulk delete, and will be asynchronous.
        """
        return cast("models.Call", self._run("delete", locals()))

    def download_assistant_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Assistant Recording (GET /call/{id}/assistant-recording).

        Download Call Assistant Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_assistant_recording", locals())

    def download_call_logs(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Logs (GET /call/{id}/call-logs).

        Download Call Logs.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_call_logs", locals())

    def download_customer_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Customer Recording (GET /call/{id}/customer-recording).

        Download Call Customer Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_customer_recording", locals())

    def download_mono_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Mono Recording (GET /call/{id}/mono-recording).

        Download Call Mono Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_mono_recording", locals())

    def download_pcap(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Packet Capture (pcap) (GET /call/{id}/pcap).

        Download Call Packet Capture (pcap).

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_pcap", locals())

    def download_stereo_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Stereo Recording (GET /call/{id}/stereo-recording).

        Download Call Stereo Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_stereo_recording", locals())

    def download_video_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Video Recording (GET /call/{id}/video-recording).

        Download Call Video Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return self._download("download_video_recording", locals())

    def get(
        self,
        id: str,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Get Call (GET /call/{id}).

        Get Call.

        Args:
            id: The call's id.
        """
        return cast("models.Call", self._run("get", locals()))

    def list(
        self,
        *,
        id: str | None = None,
        assistant_id: str | None = None,
        phone_number_id: str | None = None,
        limit: int | float | None = None,
        created_at_gt: datetime.datetime | str | None = None,
        created_at_lt: datetime.datetime | str | None = None,
        created_at_ge: datetime.datetime | str | None = None,
        created_at_le: datetime.datetime | str | None = None,
        updated_at_gt: datetime.datetime | str | None = None,
        updated_at_lt: datetime.datetime | str | None = None,
        updated_at_ge: datetime.datetime | str | None = None,
        updated_at_le: datetime.datetime | str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> list[models.Call]:
        """List Calls (GET /call).

        List Calls.

        Args:
            id: This is the unique identifier for the call.
            assistant_id: This will return calls with the specified assistantId.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            limit: This is the maximum number of items to return. Defaults to 100.
            created_at_gt: This will return items where the createdAt is greater than the specified value.
            created_at_lt: This will return items where the createdAt is less than the specified value.
            created_at_ge: This will return items where the createdAt is greater than or equal to the specified value.
            created_at_le: This will return items where the createdAt is less than or equal to the specified value.
            updated_at_gt: This will return items where the updatedAt is greater than the specified value.
            updated_at_lt: This will return items where the updatedAt is less than the specified value.
            updated_at_ge: This will return items where the updatedAt is greater than or equal to the specified value.
            updated_at_le: This will return items where the updatedAt is less than or equal to the specified value.
        """
        return cast("list[models.Call]", self._run("list", locals()))

    def update(
        self,
        id: str,
        body: models.UpdateCallDTO | Json | None = None,
        *,
        name: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Update Call (PATCH /call/{id}).

        Update Call.

        Args:
            id: The call's id.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            name: This is the name of the call. This is just for your own reference.
        """
        return cast("models.Call", self._run("update", locals()))


class AsyncCallsResource(AsyncResource):
    """Calls (awaitable): create, create_phone_call, create_web_call, delete, download_assistant_recording, download_call_logs, download_customer_recording, download_mono_recording, download_pcap, download_stereo_recording, download_video_recording, get, list, update.

    Every method takes `timeout`, `max_retries`, `extra_headers` and `validate` ("warn": send a tag or
    enum value this spec does not know, with a warning); `with_raw_response` gives the
    status, headers and bytes of the response beside the parsed result.
    """

    async def create(
        self,
        body: models.CreateCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json] | None = None,
        name: str | None = None,
        schedule_plan: models.SchedulePlan | Json | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: models.ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: models.CreateCustomerDTO | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Call (POST /call).

        Create Call.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            transport: This is the transport of the call.
            customers: This is used to issue batch calls to multiple customers.
            name: This is the name of the call. This is just for your own reference.
            schedule_plan: This is the schedule plan of the call.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            phone_number: This is the phone number that will be used for the call. To use an existing number, use
                `phoneNumberId` instead.
            customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.
            customer: This is the customer that will be called. To call an existing customer, use `customerId` instead.
        """
        return cast("models.Call | models.CallBatchResponse", await self._run("create", locals()))

    async def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json] | None = None,
        name: str | None = None,
        schedule_plan: models.SchedulePlan | Json | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: models.ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: models.CreateCustomerDTO | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Phone Call (POST /call/phone).

        Place one outbound phone call (the seed-era operation). Deprecated: use POST /call, which takes the
        same fields and can also create a batch.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            transport: This is the transport of the call.
            customers: This is used to issue batch calls to multiple customers.
            name: This is the name of the call. This is just for your own reference.
            schedule_plan: This is the schedule plan of the call.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            phone_number: This is the phone number that will be used for the call. To use an existing number, use
                `phoneNumberId` instead.
            customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.
            customer: This is the customer that will be called. To call an existing customer, use `customerId` instead.
        """
        warnings.warn(
            "create_phone_call() sends the deprecated POST /call/phone; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call | models.CallBatchResponse", await self._run("create_phone_call", locals()))

    async def create_web_call(
        self,
        body: models.CreateWebCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        room_delete_on_user_leave_enabled: bool | None = None,
        assistant_id: str | None = None,
        assistant: models.CreateAssistantDTO | Json | None = None,
        assistant_overrides: models.AssistantOverrides | Json | None = None,
        squad_id: str | None = None,
        squad: models.CreateSquadDTO | Json | None = None,
        squad_overrides: models.AssistantOverrides | Json | None = None,
        workflow_id: str | None = None,
        workflow: models.CreateWorkflowDTO | Json | None = None,
        workflow_overrides: models.WorkflowOverrides | Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Create Web Call (POST /call/web).

        Create a web call and return the room to join (the seed-era operation, still used by the Web SDK).
        Deprecated for server code: POST /call creates calls of every transport.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed.

        Args:
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            assistant_version: This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit
                to follow the latest version.
            room_delete_on_user_leave_enabled: Default: True.
            assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
                `assistant` instead.
            assistant: This is the assistant that will be used for the call. To use an existing assistant, use
                `assistantId` instead.
            assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
            squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.
            squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.
            squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables. This
                will apply to all members of the squad.
            workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
                instead.
            workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
                instead.
            workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
        """
        warnings.warn(
            "create_web_call() sends the deprecated POST /call/web; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call", await self._run("create_web_call", locals()))

    async def delete(
        self,
        id: str,
        body: models.DeleteCallDTO | Json | None = None,
        *,
        ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Delete Call (DELETE /call/{id}).

        Delete Call.

        Args:
            id: The call's id.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            ids: These are the Call IDs to be bulk deleted. If provided, the call ID if any in the request query will
                be ignored When requesting a bulk delete, updates when a call is deleted will be
                sent as a webhook to the server URL configured in the Org settings. It may take up
                to a few hours to complete the bulk delete, and will be asynchronous.
        """
        return cast("models.Call", await self._run("delete", locals()))

    async def download_assistant_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Assistant Recording (GET /call/{id}/assistant-recording).

        Download Call Assistant Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_assistant_recording", locals())

    async def download_call_logs(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Logs (GET /call/{id}/call-logs).

        Download Call Logs.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_call_logs", locals())

    async def download_customer_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Customer Recording (GET /call/{id}/customer-recording).

        Download Call Customer Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_customer_recording", locals())

    async def download_mono_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Mono Recording (GET /call/{id}/mono-recording).

        Download Call Mono Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_mono_recording", locals())

    async def download_pcap(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Packet Capture (pcap) (GET /call/{id}/pcap).

        Download Call Packet Capture (pcap).

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_pcap", locals())

    async def download_stereo_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Stereo Recording (GET /call/{id}/stereo-recording).

        Download Call Stereo Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_stereo_recording", locals())

    async def download_video_recording(
        self,
        id: str,
        to: Destination,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> int:
        """Download Call Video Recording (GET /call/{id}/video-recording).

        Download Call Video Recording.

        Streams the file to `to` (a path, or a binary file object) and returns the number of bytes
        written. A redirect to the storage host is followed without the API key.

        Args:
            id: The call's id.
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
        """
        return await self._download("download_video_recording", locals())

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Get Call (GET /call/{id}).

        Get Call.

        Args:
            id: The call's id.
        """
        return cast("models.Call", await self._run("get", locals()))

    async def list(
        self,
        *,
        id: str | None = None,
        assistant_id: str | None = None,
        phone_number_id: str | None = None,
        limit: int | float | None = None,
        created_at_gt: datetime.datetime | str | None = None,
        created_at_lt: datetime.datetime | str | None = None,
        created_at_ge: datetime.datetime | str | None = None,
        created_at_le: datetime.datetime | str | None = None,
        updated_at_gt: datetime.datetime | str | None = None,
        updated_at_lt: datetime.datetime | str | None = None,
        updated_at_ge: datetime.datetime | str | None = None,
        updated_at_le: datetime.datetime | str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> list[models.Call]:
        """List Calls (GET /call).

        List Calls.

        Args:
            id: This is the unique identifier for the call.
            assistant_id: This will return calls with the specified assistantId.
            phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
                `phoneNumber` instead.
            limit: This is the maximum number of items to return. Defaults to 100.
            created_at_gt: This will return items where the createdAt is greater than the specified value.
            created_at_lt: This will return items where the createdAt is less than the specified value.
            created_at_ge: This will return items where the createdAt is greater than or equal to the specified value.
            created_at_le: This will return items where the createdAt is less than or equal to the specified value.
            updated_at_gt: This will return items where the updatedAt is greater than the specified value.
            updated_at_lt: This will return items where the updatedAt is less than the specified value.
            updated_at_ge: This will return items where the updatedAt is greater than or equal to the specified value.
            updated_at_le: This will return items where the updatedAt is less than or equal to the specified value.
        """
        return cast("list[models.Call]", await self._run("list", locals()))

    async def update(
        self,
        id: str,
        body: models.UpdateCallDTO | Json | None = None,
        *,
        name: str | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call:
        """Update Call (PATCH /call/{id}).

        Update Call.

        Args:
            id: The call's id.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            name: This is the name of the call. This is just for your own reference.
        """
        return cast("models.Call", await self._run("update", locals()))
