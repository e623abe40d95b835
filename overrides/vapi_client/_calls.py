"""`client.calls`: the Calls API as typed methods, for the sync and async clients.

Requests are built by the generated endpoint modules (`_get_kwargs`) and success bodies
parsed by them (`_parse_response`); this module only checks what the caller passed
(before any network I/O) and hands the request to the client, which sends and retries.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _json_guard
from ._exceptions import ResponseValidationError, ValidationError
from ._model import Model
from ._requests import Operation, RequestOptions
from .api.calls import create_phone_call, create_web_call, delete_call, get_call, list_calls, update_call
from .client import Client
from .models.call import Call
from .models.create_assistant_dto import CreateAssistantDTO
from .models.create_customer_dto import CreateCustomerDTO
from .models.create_outbound_call_dto import CreateOutboundCallDTO
from .models.create_squad_dto import CreateSquadDTO
from .models.create_web_call_dto import CreateWebCallDTO
from .models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
from .models.override_assistant_dto import OverrideAssistantDTO
from .models.update_call_dto import UpdateCallDTO
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient

M = TypeVar("M", bound=Model)
T = TypeVar("T")
DateFilter = datetime | str | None
Headers = Mapping[str, str] | None
Timeout = float | httpx.Timeout | None
Json = Mapping[str, Any]

# The generated parsers consult a client only for `raise_on_unexpected_status`; this one
# never sends anything (False: an undocumented status yields None, which we report).
_PARSE_CONTEXT = Client(base_url="")


class CallsResource:
    """Calls on a `VapiClient`. Every method accepts `timeout`, `max_retries` and `extra_headers`."""

    def __init__(self, client: VapiClient) -> None:
        self._client = client

    def create_phone_call(
        self,
        body: CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_id: str | None = None,
        assistant: CreateAssistantDTO | Json | None = None,
        assistant_overrides: OverrideAssistantDTO | Json | None = None,
        squad_id: str | None = None,
        squad: CreateSquadDTO | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: CreateCustomerDTO | Json | None = None,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Place an outbound phone call. Keyword fields are merged over `body`.

        Retried only when Vapi provably never received it (connection not opened) or on 429.
        Raises `CallCreationUncertainError` when the call may or may not have been placed.
        """
        return self._client._execute(*_request(phone_call_operation, locals()))

    def create_web_call(
        self,
        body: CreateWebCallDTO | Json | None = None,
        *,
        assistant_id: str | None = None,
        assistant: CreateAssistantDTO | Json | None = None,
        assistant_overrides: OverrideAssistantDTO | Json | None = None,
        squad_id: str | None = None,
        squad: CreateSquadDTO | Json | None = None,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Start a web (browser) call. Retried like `create_phone_call`."""
        return self._client._execute(*_request(web_call_operation, locals()))

    def list(
        self,
        *,
        assistant_id: str | None = None,
        limit: float | None = None,
        created_at_gt: DateFilter = None,
        created_at_lt: DateFilter = None,
        created_at_ge: DateFilter = None,
        created_at_le: DateFilter = None,
        updated_at_gt: DateFilter = None,
        updated_at_lt: DateFilter = None,
        updated_at_ge: DateFilter = None,
        updated_at_le: DateFilter = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> builtins.list[Call]:
        """Calls, newest first. Date filters take timezone-aware datetimes or ISO 8601 strings."""
        return self._client._execute(*_request(list_operation, locals()))

    def get(
        self, id: str, *, timeout: Timeout = None, max_retries: int | None = None, extra_headers: Headers = None
    ) -> Call:
        """One call by id."""
        return self._client._execute(*_request(get_operation, locals()))

    def update(
        self,
        id: str,
        body: UpdateCallDTO | Json | None = None,
        *,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Change a call's editable fields (its metadata). Keyword fields are merged over `body`."""
        return self._client._execute(*_request(update_operation, locals()))

    def delete(
        self, id: str, *, timeout: Timeout = None, max_retries: int | None = None, extra_headers: Headers = None
    ) -> Call:
        """Delete a call's stored data; returns the call as it was."""
        return self._client._execute(*_request(delete_operation, locals()))


class AsyncCallsResource:
    """Calls on an `AsyncVapiClient`: the same methods as `CallsResource`, awaitable."""

    def __init__(self, client: AsyncVapiClient) -> None:
        self._client = client

    async def create_phone_call(
        self,
        body: CreateOutboundCallDTO | Json | None = None,
        *,
        assistant_id: str | None = None,
        assistant: CreateAssistantDTO | Json | None = None,
        assistant_overrides: OverrideAssistantDTO | Json | None = None,
        squad_id: str | None = None,
        squad: CreateSquadDTO | Json | None = None,
        phone_number_id: str | None = None,
        phone_number: ImportTwilioPhoneNumberDTO | Json | None = None,
        customer_id: str | None = None,
        customer: CreateCustomerDTO | Json | None = None,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Place an outbound phone call; see `CallsResource.create_phone_call`."""
        return await self._client._execute(*_request(phone_call_operation, locals()))

    async def create_web_call(
        self,
        body: CreateWebCallDTO | Json | None = None,
        *,
        assistant_id: str | None = None,
        assistant: CreateAssistantDTO | Json | None = None,
        assistant_overrides: OverrideAssistantDTO | Json | None = None,
        squad_id: str | None = None,
        squad: CreateSquadDTO | Json | None = None,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Start a web (browser) call; see `CallsResource.create_web_call`."""
        return await self._client._execute(*_request(web_call_operation, locals()))

    async def list(
        self,
        *,
        assistant_id: str | None = None,
        limit: float | None = None,
        created_at_gt: DateFilter = None,
        created_at_lt: DateFilter = None,
        created_at_ge: DateFilter = None,
        created_at_le: DateFilter = None,
        updated_at_gt: DateFilter = None,
        updated_at_lt: DateFilter = None,
        updated_at_ge: DateFilter = None,
        updated_at_le: DateFilter = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> builtins.list[Call]:
        """Calls, newest first; see `CallsResource.list`."""
        return await self._client._execute(*_request(list_operation, locals()))

    async def get(
        self, id: str, *, timeout: Timeout = None, max_retries: int | None = None, extra_headers: Headers = None
    ) -> Call:
        """One call by id."""
        return await self._client._execute(*_request(get_operation, locals()))

    async def update(
        self,
        id: str,
        body: UpdateCallDTO | Json | None = None,
        *,
        metadata: Json | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        extra_headers: Headers = None,
    ) -> Call:
        """Change a call's metadata; see `CallsResource.update`."""
        return await self._client._execute(*_request(update_operation, locals()))

    async def delete(
        self, id: str, *, timeout: Timeout = None, max_retries: int | None = None, extra_headers: Headers = None
    ) -> Call:
        """Delete a call's stored data; returns the call as it was."""
        return await self._client._execute(*_request(delete_operation, locals()))


#: openapi.yaml, GET /call, parameter limit: minimum 0, maximum 1000.
_LIST_LIMIT_MAX = 1000


# --- operations: the generated request builders and parsers, shared by both resources -------


def _request(build: Callable[..., Operation[T]], params: dict[str, Any]) -> tuple[Operation[T], RequestOptions]:
    """Split a resource method's parameters into the operation and the per-call options.

    `params` is the method's `locals()` taken as its first statement, so it holds exactly the
    parameters. The methods spell out every parameter for editors and `help()`; passing them
    on by name keeps each sync/async pair a one-line wrapper around the same builder.
    """
    params = {name: value for name, value in params.items() if name != "self"}
    options = RequestOptions(params.pop("timeout"), params.pop("max_retries"), params.pop("extra_headers"))
    return build(**params), options


def phone_call_operation(body: CreateOutboundCallDTO | Json | None, **fields: Any) -> Operation[Call]:
    """POST /call/phone; `fields` are the keyword fields (Python names), merged over `body`."""
    dto = body_model(CreateOutboundCallDTO, body, fields)
    return Operation(
        create_phone_call._get_kwargs(body=dto),
        lambda response: _call(create_phone_call._parse_response(client=_PARSE_CONTEXT, response=response), response),
        creates_call=True,
    )


def web_call_operation(body: CreateWebCallDTO | Json | None, **fields: Any) -> Operation[Call]:
    """POST /call/web; `fields` are the keyword fields (Python names), merged over `body`."""
    dto = body_model(CreateWebCallDTO, body, fields)
    return Operation(
        create_web_call._get_kwargs(body=dto),
        lambda response: _call(create_web_call._parse_response(client=_PARSE_CONTEXT, response=response), response),
        creates_call=True,
    )


def list_operation(*, assistant_id: str | None, limit: float | None, **dates: DateFilter) -> Operation[list[Call]]:
    """GET /call; `dates` are the created_at_*/updated_at_* filters (the generated function's names)."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, (int, float))):
        raise ValidationError("limit", f"expected a number, got {type(limit).__name__}")
    if limit is not None and not 0 <= limit <= _LIST_LIMIT_MAX:  # NaN fails both comparisons
        raise ValidationError("limit", f"must be a number from 0 to {_LIST_LIMIT_MAX}, got {limit!r}")
    if assistant_id is not None and not isinstance(assistant_id, str):
        raise ValidationError("assistant_id", f"expected a string, got {type(assistant_id).__name__}")
    kwargs = list_calls._get_kwargs(
        assistant_id=UNSET if assistant_id is None else assistant_id,
        limit=UNSET if limit is None else limit,  # unset: the server's default, not "100.0"
        **{name: _datetime_filter(name, value) for name, value in dates.items()},
    )

    def parse(response: httpx.Response) -> list[Call]:
        parsed = list_calls._parse_response(client=_PARSE_CONTEXT, response=response)
        if isinstance(parsed, list):
            return parsed
        raise _undocumented(response)

    return Operation(kwargs, parse)


def get_operation(id: str) -> Operation[Call]:
    return Operation(
        get_call._get_kwargs(_call_id(id)),
        lambda response: _call(get_call._parse_response(client=_PARSE_CONTEXT, response=response), response),
    )


def update_operation(id: str, body: UpdateCallDTO | Json | None, metadata: Json | None = None) -> Operation[Call]:
    dto = body_model(UpdateCallDTO, body, {"metadata": metadata})
    return Operation(
        update_call._get_kwargs(_call_id(id), body=dto),
        lambda response: _call(update_call._parse_response(client=_PARSE_CONTEXT, response=response), response),
    )


def delete_operation(id: str) -> Operation[Call]:
    return Operation(
        delete_call._get_kwargs(_call_id(id)),
        lambda response: _call(delete_call._parse_response(client=_PARSE_CONTEXT, response=response), response),
    )


# --- checking what the caller passed, before any I/O ------------------------------------


def body_model(model: type[M], body: M | Json | None, fields: Mapping[str, Any]) -> M:
    """`body` as a checked model, with the non-None keyword `fields` (Python names) merged over it.

    A dict is parsed strictly and a model validated, so a mistake raises `ValidationError`
    naming the field path before anything is sent.
    """
    json_names = {py_name: json_name for json_name, py_name in model._json_fields}
    given = _to_json({json_names[name]: value for name, value in fields.items() if value is not None})
    if isinstance(body, model) and not given:
        body.validate()
        return body
    if body is None:
        data: dict[str, Any] = {}
    elif isinstance(body, Model):
        if not isinstance(body, model):
            raise TypeError(f"body must be a {model.__name__} or a dict, not a {type(body).__name__}")
        data = body.to_dict()
    elif isinstance(body, Mapping):
        data = _to_json(body)
    else:
        raise TypeError(f"body must be a {model.__name__} or a dict, not {type(body).__name__}")
    data.update(given)
    return model.from_dict(data, strict=True)


def _to_json(value: Any) -> Any:
    """Plain JSON from a value that may hold models (e.g. a dict with a `CreateCustomerDTO` inside)."""
    return _json_guard.plain(value)


def _datetime_filter(name: str, value: DateFilter) -> datetime | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(name, f"{value!r} is not an ISO 8601 date-time") from None
    if not isinstance(value, datetime):
        raise ValidationError(name, f"expected a datetime or ISO 8601 string, got {type(value).__name__}")
    if value.tzinfo is None:
        # Vapi compares against UTC; a naive local time would silently shift the window.
        raise ValidationError(name, "the datetime has no timezone: pass e.g. datetime.now(timezone.utc)")
    return value


def _call_id(id: str) -> str:
    if not isinstance(id, str) or not id:
        raise ValidationError("id", "expected a non-empty call id string")
    if not _json_guard.encodable(id):
        raise ValidationError("id", "holds a lone surrogate, which cannot be encoded as UTF-8")
    if not id.strip("."):
        # "/call/.." would be read as "/", and "/call/." as "/call": the request would hit another resource.
        raise ValidationError("id", f"{id!r} is not a call id: an id of only dots would change the URL's path")
    return id


def _call(parsed: object, response: httpx.Response) -> Call:
    if isinstance(parsed, Call):
        return parsed
    raise _undocumented(response)


def _undocumented(response: httpx.Response) -> ResponseValidationError:
    return ResponseValidationError(
        f"{response.status_code} is a success status this operation does not document", response=response
    )
