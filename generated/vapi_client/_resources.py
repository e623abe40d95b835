# Generated from openapi.yaml by `nox -s generate`: do not edit.
"""The client's resources, one per tag of the spec: one method per operation, sync and async, each with a
`with_raw_response` view whose methods are the resource's own (see `_operations._raw`). Generated from
openapi.yaml.

Each method checks what it is given before any network I/O (a body dict strictly, a query parameter
against its schema) and sends the request through the client, which retries safely and raises only
`vapi_client.VapiError`s. Keyword body fields are merged over `body`; None means "not sent".
"""

from __future__ import annotations

import builtins
import datetime
import warnings
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ._operations._raw import RawView, async_raw_method, raw_method
from ._operations._resource import (
    AsyncResource,
    Destination,
    Headers,
    Json,
    ResourceSettings,
    SyncResource,
    Timeout,
    Validate,
)

if TYPE_CHECKING:
    from . import models
    from ._http._transport import AsyncTransport, SyncTransport
    from .models import unions

__all__ = [
    "AsyncResources",
    "SyncResources",
    "AsyncCallsResource",
    "AsyncCallsResourceWithRawResponse",
    "CallsResource",
    "CallsResourceWithRawResponse",
]

# used in generated annotations and bodies
_ = (builtins, datetime, warnings, Any, AsyncIterator, Iterator, Literal, Mapping, Sequence, overload)


class CallsResource(SyncResource):
    """Phone and web calls handled by a Vapi assistant, squad or workflow.

    Methods: create, create_phone_call, create_web_call, delete, download_assistant_recording,
    download_call_logs, download_customer_recording, download_mono_recording, download_pcap,
    download_stereo_recording, download_video_recording, get, list, list_all, update.
    """

    @property
    def with_raw_response(self) -> CallsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return CallsResourceWithRawResponse(CallsResource(self._transport, self._settings, raw=True))

    @overload
    def create(
        self,
        body: models.CreateCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json],
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.CallBatchResponse: ...

    @overload
    def create(
        self,
        body: None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call: ...

    @overload
    def create(
        self,
        body: models.CreateCallDTO | Json,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse: ...

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Call (POST /call).

        Create Call.

        Returns `CallBatchResponse` when `customers` is given, else `Call`; with a
        `body` holding `customers` the answer is typed as either.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call | models.CallBatchResponse", self._run("calls.create", locals()))

    @overload
    def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json],
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.CallBatchResponse: ...

    @overload
    def create_phone_call(
        self,
        body: None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call: ...

    @overload
    def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse: ...

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Phone Call (POST /call/phone).

        Place one outbound phone call (the seed-era operation). Deprecated: use POST /call, which takes the
        same fields and can also create a batch.

        Returns `CallBatchResponse` when `customers` is given, else `Call`; with a
        `body` holding `customers` the answer is typed as either.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        warnings.warn(
            "create_phone_call() sends the deprecated POST /call/phone; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call | models.CallBatchResponse", self._run("calls.create_phone_call", locals()))

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
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
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        warnings.warn(
            "create_web_call() sends the deprecated POST /call/web; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call", self._run("calls.create_web_call", locals()))

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
            id: The id of the call to delete.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            ids: These are the Call IDs to be bulk deleted. If provided, the call ID if any in the request query will
                be ignored When requesting a bulk delete, updates when a call is deleted will be
                sent as a webhook to the server URL configured in the Org settings. It may take up
                to a few hours to complete the bulk delete, and will be asynchronous.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", self._run("calls.delete", locals()))

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_assistant_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_call_logs", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_customer_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_mono_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_pcap", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_stereo_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return self._download("calls.download_video_recording", locals())

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
            id: The unique identifier for the resource.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", self._run("calls.get", locals()))

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
    ) -> builtins.list[models.Call]:
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
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("builtins.list[models.Call]", self._run("calls.list", locals()))

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
            id: The unique identifier for the resource.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            name: This is the name of the call. This is just for your own reference.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", self._run("calls.update", locals()))

    def list_all(
        self,
        *,
        page_size: int = 100,
        id: str | None = None,
        assistant_id: str | None = None,
        phone_number_id: str | None = None,
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
    ) -> Iterator[models.Call]:
        """Everything `list()` matches, newest first, fetched lazily page by page.

        Pages by `createdAt` (the API has no cursor): each page asks for what was created at or before
        the oldest one seen, and skips the ones already returned, so items sharing a timestamp are
        neither skipped nor repeated. `page_size` (1..1000) is the `limit` of each request; the other
        arguments are those of `list()`.
        """
        return self._paged(self.list, page_size, locals())


class CallsResourceWithRawResponse(RawView[CallsResource]):
    """`client.calls.with_raw_response`: the methods of `CallsResource` but the downloads
    (they stream), each with the same parameters, returning a `RawResponse` (status_code, headers, content,
    parsed). Typed from the resource's methods: see `_operations._raw`."""

    create = raw_method(CallsResource.create)
    create_phone_call = raw_method(CallsResource.create_phone_call)
    create_web_call = raw_method(CallsResource.create_web_call)
    delete = raw_method(CallsResource.delete)
    get = raw_method(CallsResource.get)
    list = raw_method(CallsResource.list)
    update = raw_method(CallsResource.update)


class AsyncCallsResource(AsyncResource):
    """Phone and web calls handled by a Vapi assistant, squad or workflow.

    Methods: create, create_phone_call, create_web_call, delete, download_assistant_recording,
    download_call_logs, download_customer_recording, download_mono_recording, download_pcap,
    download_stereo_recording, download_video_recording, get, list, list_all, update. Awaitable.
    """

    @property
    def with_raw_response(self) -> AsyncCallsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, bytes, parsed result).

        A create whose outcome is unknown raises `CallCreationUncertainError` here: there is no
        response to show, so it is not reconciled."""
        return AsyncCallsResourceWithRawResponse(AsyncCallsResource(self._transport, self._settings, raw=True))

    @overload
    async def create(
        self,
        body: models.CreateCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json],
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.CallBatchResponse: ...

    @overload
    async def create(
        self,
        body: None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call: ...

    @overload
    async def create(
        self,
        body: models.CreateCallDTO | Json,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse: ...

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Call (POST /call).

        Create Call.

        Returns `CallBatchResponse` when `customers` is given, else `Call`; with a
        `body` holding `customers` the answer is typed as either.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call | models.CallBatchResponse", await self._run("calls.create", locals()))

    @overload
    async def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: Sequence[models.CreateCustomerDTO | Json],
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.CallBatchResponse: ...

    @overload
    async def create_phone_call(
        self,
        body: None = None,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call: ...

    @overload
    async def create_phone_call(
        self,
        body: models.CreateOutboundCallDTO | Json,
        *,
        assistant_version: str | None = None,
        transport: unions.Transport | Json | None = None,
        customers: None = None,
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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse: ...

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
        validate: Validate = None,
    ) -> models.Call | models.CallBatchResponse:
        """Create Phone Call (POST /call/phone).

        Place one outbound phone call (the seed-era operation). Deprecated: use POST /call, which takes the
        same fields and can also create a batch.

        Returns `CallBatchResponse` when `customers` is given, else `Call`; with a
        `body` holding `customers` the answer is typed as either.

        Deprecated: use `create()`.

        Sent once unless Vapi provably never received it (connection not opened) or answered 429;
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        warnings.warn(
            "create_phone_call() sends the deprecated POST /call/phone; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call | models.CallBatchResponse", await self._run("calls.create_phone_call", locals()))

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
        request_id: str | None = None,
        attempted_since: datetime.datetime | None = None,
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
        raises `CallCreationUncertainError` when the call may or may not have been placed. Carries a
        request id (`request_id`) by which a call whose response was lost is found.

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
            request_id: The id the call is created with and found by (e.g. your job id; a batch's customers
                get `<id>/<index>`); choose it up front to look for the call after an interruption. Default:
                the one set by hand in a dict (`assistantOverrides.metadata.vapiClientRequestId`), else a
                fresh one; an id copied from a response (a parsed model, `to_dict()`) is never reused.
            attempted_since: Resume a create that may have been sent before, as early as this (timezone-aware)
                time, under `request_id` (required with it): first look for a call carrying that id and what
                the body says, created since then (less the clock skew); found, it is returned and nothing is
                sent; not found, the create is sent once. None (the default): no lookup.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        warnings.warn(
            "create_web_call() sends the deprecated POST /call/web; use create() instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast("models.Call", await self._run("calls.create_web_call", locals()))

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
            id: The id of the call to delete.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            ids: These are the Call IDs to be bulk deleted. If provided, the call ID if any in the request query will
                be ignored When requesting a bulk delete, updates when a call is deleted will be
                sent as a webhook to the server URL configured in the Org settings. It may take up
                to a few hours to complete the bulk delete, and will be asynchronous.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", await self._run("calls.delete", locals()))

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_assistant_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_call_logs", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_customer_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_mono_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_pcap", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_stereo_recording", locals())

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
            id: Call ID
            to: Where to write the file: a path (written in full or not at all) or a writable binary object.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return await self._download("calls.download_video_recording", locals())

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
            id: The unique identifier for the resource.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", await self._run("calls.get", locals()))

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
    ) -> builtins.list[models.Call]:
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
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("builtins.list[models.Call]", await self._run("calls.list", locals()))

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
            id: The unique identifier for the resource.
            body: The whole body, as a model or a dict; keyword fields are merged over it.
            name: This is the name of the call. This is just for your own reference.
            timeout: Seconds (or an `httpx.Timeout`) for this request; default: the client's.
            max_retries: Retries for this request; default: the client's.
            extra_headers: Headers added to this request.
            validate: "warn" sends a body that does not match this spec as given, with a warning per
                mismatch; default: the client's ("strict": refused).
        """
        return cast("models.Call", await self._run("calls.update", locals()))

    def list_all(
        self,
        *,
        page_size: int = 100,
        id: str | None = None,
        assistant_id: str | None = None,
        phone_number_id: str | None = None,
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
    ) -> AsyncIterator[models.Call]:
        """Everything `list()` matches, newest first, fetched lazily page by page (`async for`).

        Pages by `createdAt` (the API has no cursor): each page asks for what was created at or before
        the oldest one seen, and skips the ones already returned, so items sharing a timestamp are
        neither skipped nor repeated. `page_size` (1..1000) is the `limit` of each request; the other
        arguments are those of `list()`.
        """
        return self._paged(self.list, page_size, locals())


class AsyncCallsResourceWithRawResponse(RawView[AsyncCallsResource]):
    """`client.calls.with_raw_response`: the methods of `AsyncCallsResource` but the downloads
    (they stream), each with the same parameters, returning a `RawResponse` (status_code, headers, content,
    parsed). Typed from the resource's methods: see `_operations._raw`."""

    create = async_raw_method(AsyncCallsResource.create)
    create_phone_call = async_raw_method(AsyncCallsResource.create_phone_call)
    create_web_call = async_raw_method(AsyncCallsResource.create_web_call)
    delete = async_raw_method(AsyncCallsResource.delete)
    get = async_raw_method(AsyncCallsResource.get)
    list = async_raw_method(AsyncCallsResource.list)
    update = async_raw_method(AsyncCallsResource.update)


class SyncResources:
    """The resources of `VapiClient`, one attribute each, made on first use."""

    _transport: SyncTransport
    _resource_settings: ResourceSettings

    @cached_property
    def calls(self) -> CallsResource:
        """Phone and web calls handled by a Vapi assistant, squad or workflow."""
        return CallsResource(self._transport, self._resource_settings)


class AsyncResources:
    """The resources of `AsyncVapiClient`, one attribute each, made on first use."""

    _transport: AsyncTransport
    _resource_settings: ResourceSettings

    @cached_property
    def calls(self) -> AsyncCallsResource:
        """Phone and web calls handled by a Vapi assistant, squad or workflow."""
        return AsyncCallsResource(self._transport, self._resource_settings)
